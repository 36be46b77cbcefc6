package dev.hireloop.adapter.out.persistence.scheduler;

import dev.hireloop.domain.audit.Actor;
import dev.hireloop.domain.audit.AuditEntry;
import dev.hireloop.domain.audit.AuditEntryId;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.port.out.events.EventHandler;
import dev.hireloop.port.out.persistence.AuditLog;
import dev.hireloop.port.out.system.IdGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A test handler whose effect is real: an audit entry appended through the store's {@link AuditLog}, inside the
 * delivery's transaction. A failing attempt appends its entry too and then throws, so an effect that survives
 * a failure shows up as a second entry. It also records how often each event was attempted and whether two
 * attempts of the same event ever overlapped.
 */
final class EffectHandler implements EventHandler {
  static final String EFFECT_ACTION = "test.effect";

  private final String name;
  private final Predicate<DomainEvent> takes;
  private final AuditLog auditLog;
  private final IdGenerator ids;
  private final Clock clock;
  private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final Map<UUID, AtomicInteger> running = new ConcurrentHashMap<>();
  private final AtomicInteger overlaps = new AtomicInteger();
  private volatile int failFirstAttempts;
  private volatile boolean broken;
  private volatile Duration work = Duration.ZERO;

  EffectHandler(String name, Predicate<DomainEvent> takes, AuditLog auditLog, IdGenerator ids, Clock clock) {
    this.name = name;
    this.takes = takes;
    this.auditLog = auditLog;
    this.ids = ids;
    this.clock = clock;
  }

  /** Every event's first {@code count} attempts fail (after writing their effect). */
  EffectHandler failingFirstAttempts(int count) {
    failFirstAttempts = count;
    return this;
  }

  /** While broken, every attempt fails. */
  EffectHandler broken(boolean value) {
    broken = value;
    return this;
  }

  /** Each attempt takes this long, so that deliveries are in flight when a test stops a dispatcher. */
  EffectHandler working(Duration value) {
    work = value;
    return this;
  }

  int attempts(UUID eventId) {
    AtomicInteger count = attempts.get(eventId);
    return count == null ? 0 : count.get();
  }

  int overlaps() {
    return overlaps.get();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean handles(DomainEvent event) {
    return takes.test(event);
  }

  @Override
  public void handle(DomainEvent event) {
    UUID eventId = event.eventId();
    int attempt = attempts.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
    AtomicInteger runningNow = running.computeIfAbsent(eventId, id -> new AtomicInteger());
    if (runningNow.incrementAndGet() > 1) {
      overlaps.incrementAndGet();
    }
    try {
      pause();
      auditLog.append(new AuditEntry(new AuditEntryId(ids.next()), Optional.of(event.recruiterId()),
          Actor.recruiter(event.recruiterId()), EFFECT_ACTION, "event", eventId, clock.instant(),
          Map.of("handler", name)));
      if (broken || attempt <= failFirstAttempts) {
        throw new IllegalStateException("attempt " + attempt + " of " + name + " fails on purpose");
      }
    } finally {
      runningNow.decrementAndGet();
    }
  }

  private void pause() {
    if (work.isZero()) {
      return;
    }
    try {
      Thread.sleep(work.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while working", e);
    }
  }
}
