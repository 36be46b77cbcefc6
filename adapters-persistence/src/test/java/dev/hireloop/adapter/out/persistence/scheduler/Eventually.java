package dev.hireloop.adapter.out.persistence.scheduler;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** A bounded polling wait for asynchronous outcomes. It fails the test at the deadline; it never asserts speed. */
final class Eventually {
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final long POLL_MILLIS = 50;

  private Eventually() {}

  static void waitUntil(String what, BooleanSupplier condition, Supplier<String> state) {
    waitUntil(DEFAULT_TIMEOUT, what, condition, state);
  }

  static void waitUntil(Duration timeout, String what, BooleanSupplier condition, Supplier<String> state) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        fail("Waited " + timeout.toSeconds() + " s for " + what + "; now: " + state.get());
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("Interrupted while waiting for " + what);
      }
    }
  }
}
