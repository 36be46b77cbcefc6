package dev.hireloop.application;

import dev.hireloop.domain.audit.Actor;
import dev.hireloop.domain.audit.AuditEntry;
import dev.hireloop.domain.audit.AuditEntryId;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.port.out.security.TokenGenerator;
import dev.hireloop.port.out.system.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** What every service needs: storage, time, ids, and the two side channels of a change (events, audit). */
record ServiceContext(Persistence persistence, Clock clock, IdGenerator ids, TokenGenerator tokens) {

  /** The current instant, truncated to microseconds: what the databases keep. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** The recruiter, or {@code recruiter.not-found}. */
  Recruiter recruiter(RecruiterId recruiterId) {
    return persistence.recruiters().findById(recruiterId)
        .orElseThrow(() -> new NotFoundException("recruiter.not-found", "no recruiter " + recruiterId));
  }

  UUID newId() {
    return ids.next();
  }

  <T> T inTransaction(Supplier<T> work) {
    return persistence.transactions().inTransaction(work);
  }

  void publish(DomainEvent... events) {
    persistence.eventOutbox().append(List.of(events));
  }

  void audit(RecruiterId recruiterId, Actor actor, String action, String subjectType, EntityId subject, Instant now,
      Map<String, String> details) {
    persistence.auditLog().append(AuditEntry.of(new AuditEntryId(newId()), recruiterId, actor, action, subjectType,
        subject, now, details));
  }

  /** Optimistic concurrency from the outside (an HTTP If-Match): refuse a change based on an older read. */
  static void expectVersion(Optional<Long> expected, Version actual, String aggregate) {
    if (expected.isPresent() && expected.get() != actual.value()) {
      throw new ConflictException(aggregate + ".version-mismatch",
          aggregate + " has version " + actual.value() + ", not " + expected.get());
    }
  }
}
