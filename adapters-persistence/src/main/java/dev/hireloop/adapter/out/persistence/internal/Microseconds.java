package dev.hireloop.adapter.out.persistence.internal;

import dev.hireloop.domain.audit.AuditEntry;
import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.Reschedule;
import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.RecruiterAvailability;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.job.Job;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.recruiter.ApiToken;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.port.out.events.DeadLetter;
import dev.hireloop.port.out.notification.StoredEmail;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Truncates every instant of a value to microseconds, the precision of {@code TIMESTAMP WITH TIME ZONE} on
 * PostgreSQL. Adapters apply it before storing, so every adapter returns the same instants and a saved aggregate
 * equals the one read back.
 */
public final class Microseconds {
  private Microseconds() {}

  public static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  public static Optional<Instant> truncate(Optional<Instant> instant) {
    return instant.map(Microseconds::truncate);
  }

  public static Recruiter truncate(Recruiter recruiter) {
    return new Recruiter(recruiter.id(), recruiter.name(), recruiter.email(), recruiter.timeZone(),
        recruiter.status(), truncate(recruiter.createdAt()), truncate(recruiter.updatedAt()), recruiter.version());
  }

  public static ApiToken truncate(ApiToken token) {
    return new ApiToken(token.id(), token.recruiterId(), token.label(), token.prefix(), token.hash(),
        truncate(token.createdAt()), truncate(token.expiresAt()), truncate(token.revokedAt()),
        truncate(token.lastUsedAt()), token.version());
  }

  public static Job truncate(Job job) {
    return new Job(job.id(), job.recruiterId(), job.details(), job.status(), truncate(job.createdAt()),
        truncate(job.updatedAt()), truncate(job.openedAt()), truncate(job.closedAt()), job.version());
  }

  public static Profile truncate(Profile profile) {
    return new Profile(profile.id(), profile.recruiterId(), profile.details(), profile.source(), profile.status(),
        profile.statusBeforeHold(), truncate(profile.statusChangedAt()), truncate(profile.createdAt()),
        truncate(profile.updatedAt()), profile.version());
  }

  public static AuditEntry truncate(AuditEntry entry) {
    return new AuditEntry(entry.id(), entry.recruiterId(), entry.actor(), entry.action(), entry.subjectType(),
        entry.subjectId(), truncate(entry.occurredAt()), entry.details());
  }

  public static DeadLetter truncate(DeadLetter deadLetter) {
    return new DeadLetter(deadLetter.eventId(), deadLetter.eventType(), deadLetter.recruiterId(),
        deadLetter.handler(), deadLetter.attempts(), deadLetter.lastError(), truncate(deadLetter.failedAt()));
  }

  public static Interval truncate(Interval interval) {
    return new Interval(truncate(interval.start()), truncate(interval.end()));
  }

  public static Booking truncate(Booking booking) {
    return new Booking(booking.id(), booking.recruiterId(), booking.profileId(), booking.jobId(),
        booking.eventTypeId(), booking.provider(), booking.durationMinutes(), booking.candidateTimeZone(),
        booking.status(), booking.slot().map(Microseconds::truncate), booking.held().map(Microseconds::truncate),
        booking.reschedules().stream().map(move -> new Reschedule(truncate(move.from()), truncate(move.to()),
            truncate(move.at()), move.reason())).toList(),
        booking.cancellationReason(), booking.externalId(), truncate(booking.expiresAt()),
        truncate(booking.createdAt()), truncate(booking.updatedAt()), booking.version());
  }

  public static EventType truncate(EventType eventType) {
    return new EventType(eventType.id(), eventType.recruiterId(), eventType.template(),
        truncate(eventType.createdAt()), truncate(eventType.updatedAt()), eventType.version());
  }

  public static RecruiterAvailability truncate(RecruiterAvailability availability) {
    return new RecruiterAvailability(availability.recruiterId(), availability.availability(),
        truncate(availability.createdAt()), truncate(availability.updatedAt()), availability.version());
  }

  public static StoredEmail truncate(StoredEmail email) {
    return new StoredEmail(email.message(), email.recruiterId(), email.purpose(), email.status(), email.attempts(),
        email.lastError(), truncate(email.createdAt()), truncate(email.updatedAt()), truncate(email.sentAt()),
        truncate(email.nextAttemptAt()), email.version());
  }
}
