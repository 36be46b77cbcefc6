package dev.hireloop.testing;

import dev.hireloop.port.out.system.IdGenerator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Repeatable ids for tests: {@code 00000000-0000-4000-8000-000000000001}, {@code …002}, … Generators with
 * different prefixes never produce the same id (the prefix fills the first twelve hex digits). Thread-safe.
 */
public final class SequentialIds implements IdGenerator {
  private static final long MAX_PREFIX = (1L << 48) - 1;

  private final long prefix;
  private final AtomicLong counter = new AtomicLong();

  public SequentialIds() {
    this(0);
  }

  public SequentialIds(long prefix) {
    if (prefix < 0 || prefix > MAX_PREFIX) {
      throw new IllegalArgumentException("prefix must fit in 48 bits");
    }
    this.prefix = prefix;
  }

  /** The {@code n}-th id (1-based) that a generator with prefix 0 returns. */
  public static UUID id(long n) {
    return id(0, n);
  }

  public static UUID id(long prefix, long n) {
    // version 4 / IETF variant bits set, so the ids look like ordinary random UUIDs to every consumer
    return new UUID((prefix << 16) | 0x4000L, 0x8000_0000_0000_0000L | n);
  }

  @Override
  public UUID next() {
    return id(prefix, counter.incrementAndGet());
  }

  /** How many ids this generator has handed out. */
  public long issued() {
    return counter.get();
  }
}
