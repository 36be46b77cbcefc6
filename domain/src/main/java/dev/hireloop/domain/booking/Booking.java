package dev.hireloop.domain.booking;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.domain.shared.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A booking of an interview slot between a recruiter (or interviewer) and a candidate, whichever calendar
 * provider sold the slot. A booking created from a booking link is pending without a slot until the candidate
 * picks one; rescheduling keeps the booking's identity and records each move.
 */
public record Booking(
    BookingId id,
    RecruiterId recruiterId,
    ProfileId profileId,
    Optional<JobId> jobId,
    Optional<EventTypeId> eventTypeId,
    String provider,
    int durationMinutes,
    ZoneId candidateTimeZone,
    BookingStatus status,
    Optional<Interval> slot,
    Optional<Interval> held,
    List<Reschedule> reschedules,
    Optional<String> cancellationReason,
    Optional<String> externalId,
    Optional<Instant> expiresAt,
    Instant createdAt,
    Instant updatedAt,
    Version version) {

  private static final Pattern PROVIDER = Pattern.compile("^[a-z][a-z0-9_-]{0,31}$");

  public Booking {
    Check.notNull(id, "id");
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    Check.notNull(jobId, "jobId");
    Check.notNull(provider, "provider");
    if (!PROVIDER.matcher(provider).matches()) {
      throw new InvalidValueException("booking.provider-invalid", "provider must be a lower-case name");
    }
    Check.range(durationMinutes, "durationMinutes", 5, 480);
    Check.notNull(candidateTimeZone, "candidateTimeZone");
    Check.notNull(status, "status");
    Check.notNull(eventTypeId, "eventTypeId");
    Check.notNull(slot, "slot");
    Check.notNull(held, "held");
    if (held.isPresent() != slot.isPresent() || slot.isPresent() && !held.get().contains(slot.get())) {
      throw new InvalidValueException("booking.held-range", "the held range must contain the slot");
    }
    reschedules = Check.list(reschedules, "reschedules", 1_000);
    cancellationReason = Check.optionalText(cancellationReason, "cancellationReason", 500);
    externalId = Check.optionalText(externalId, "externalId", 200);
    Check.notNull(expiresAt, "expiresAt");
    Check.notNull(createdAt, "createdAt");
    Check.notNull(updatedAt, "updatedAt");
    Check.notNull(version, "version");
    if (status != BookingStatus.PENDING && status != BookingStatus.CANCELLED && slot.isEmpty()) {
      throw new InvalidValueException("booking.slot-required", "a " + status + " booking has a slot");
    }
    slot.ifPresent(s -> checkDuration(s, durationMinutes));
  }

  /** A booking link waiting for the candidate to pick a slot (or a provider to report one). */
  public static Booking request(BookingId id, RecruiterId recruiterId, ProfileId profileId, Optional<JobId> jobId,
      String provider, int durationMinutes, ZoneId candidateTimeZone, Optional<Instant> expiresAt, Instant now) {
    return request(id, recruiterId, profileId, jobId, Optional.empty(), provider, durationMinutes, candidateTimeZone,
        expiresAt, now);
  }

  /** A booking link for one of the recruiter's interview templates (event types). */
  public static Booking request(BookingId id, RecruiterId recruiterId, ProfileId profileId, Optional<JobId> jobId,
      Optional<EventTypeId> eventTypeId, String provider, int durationMinutes, ZoneId candidateTimeZone,
      Optional<Instant> expiresAt, Instant now) {
    if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
      throw new RuleViolationException("booking.expiry-in-past", "a booking link must expire in the future");
    }
    return new Booking(id, recruiterId, profileId, jobId, eventTypeId, provider, durationMinutes, candidateTimeZone,
        BookingStatus.PENDING, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), expiresAt, now, now,
        Version.initial());
  }

  /** The candidate picked a slot (or the provider confirmed one); it holds only the slot itself. */
  public Booking confirm(Interval chosen, Instant now) {
    return confirm(chosen, chosen, now);
  }

  /**
   * The candidate picked a slot; {@code held} is the slot widened by the interviewer's buffers, the range the
   * conflict ledger reserves.
   */
  public Booking confirm(Interval chosen, Interval held, Instant now) {
    BookingStatus next = BookingStatus.MACHINE.transition(status, BookingStatus.CONFIRMED);
    if (isExpiredAt(now)) {
      throw new RuleViolationException("booking.link-expired", "the booking link has expired");
    }
    requireFuture(chosen, now);
    return new Booking(id, recruiterId, profileId, jobId, eventTypeId, provider, durationMinutes, candidateTimeZone,
        next, Optional.of(chosen), Optional.of(held), reschedules, Optional.empty(), externalId, expiresAt, createdAt,
        now, version);
  }

  public Booking reschedule(Interval newSlot, Optional<String> reason, Instant now) {
    return reschedule(newSlot, newSlot, reason, now);
  }

  /** Moves a confirmed booking; {@code newHeld} is the new slot widened by the buffers. */
  public Booking reschedule(Interval newSlot, Interval newHeld, Optional<String> reason, Instant now) {
    if (status != BookingStatus.CONFIRMED) {
      throw new RuleViolationException("booking.not-confirmed", "only a confirmed booking can be rescheduled");
    }
    Interval current = slot.orElseThrow();
    if (current.equals(newSlot)) {
      throw new RuleViolationException("booking.same-slot", "the booking is already in that slot");
    }
    requireFuture(newSlot, now);
    List<Reschedule> history = new ArrayList<>(reschedules);
    history.add(new Reschedule(current, newSlot, now, reason));
    return new Booking(id, recruiterId, profileId, jobId, eventTypeId, provider, durationMinutes, candidateTimeZone,
        status, Optional.of(newSlot), Optional.of(newHeld), history, cancellationReason, externalId, expiresAt,
        createdAt, now, version);
  }

  public Booking cancel(Optional<String> reason, Instant now) {
    BookingStatus next = BookingStatus.MACHINE.transition(status, BookingStatus.CANCELLED);
    return new Booking(id, recruiterId, profileId, jobId, eventTypeId, provider, durationMinutes, candidateTimeZone,
        next, slot, held, reschedules, reason, externalId, expiresAt, createdAt, now, version);
  }

  public Booking complete(Instant now) {
    BookingStatus next = BookingStatus.MACHINE.transition(status, BookingStatus.COMPLETED);
    requireStarted(now);
    return withStatus(next, now);
  }

  public Booking markNoShow(Instant now) {
    BookingStatus next = BookingStatus.MACHINE.transition(status, BookingStatus.NO_SHOW);
    requireStarted(now);
    return withStatus(next, now);
  }

  /** Records the provider's own id for this booking (Cal.com uid, Calendly event uri, Google event id…). */
  public Booking withExternalId(String newExternalId, Instant now) {
    Check.notNull(newExternalId, "externalId");
    return new Booking(id, recruiterId, profileId, jobId, eventTypeId, provider, durationMinutes, candidateTimeZone,
        status, slot, held, reschedules, cancellationReason, Optional.of(newExternalId), expiresAt, createdAt, now,
        version);
  }

  /** The candidate's zone changed (they picked another one on their booking page). */
  public Booking withCandidateTimeZone(ZoneId zone, Instant now) {
    Check.notNull(zone, "candidateTimeZone");
    return new Booking(id, recruiterId, profileId, jobId, eventTypeId, provider, durationMinutes, zone, status, slot,
        held, reschedules, cancellationReason, externalId, expiresAt, createdAt, now, version);
  }

  /** Whether this booking holds its range in the interviewer's calendar (the conflict ledger). */
  public boolean holdsRange() {
    return status.holdsSlot() && held.isPresent();
  }

  public boolean isExpiredAt(Instant now) {
    return status == BookingStatus.PENDING && expiresAt.map(expiry -> !now.isBefore(expiry)).orElse(false);
  }

  public Booking withVersion(Version stored) {
    return new Booking(id, recruiterId, profileId, jobId, eventTypeId, provider, durationMinutes, candidateTimeZone,
        status, slot, held, reschedules, cancellationReason, externalId, expiresAt, createdAt, updatedAt, stored);
  }

  private Booking withStatus(BookingStatus next, Instant now) {
    return new Booking(id, recruiterId, profileId, jobId, eventTypeId, provider, durationMinutes, candidateTimeZone,
        next, slot, held, reschedules, cancellationReason, externalId, expiresAt, createdAt, now, version);
  }

  private void requireStarted(Instant now) {
    if (now.isBefore(slot.orElseThrow().start())) {
      throw new RuleViolationException("booking.not-started", "the interview has not started yet");
    }
  }

  private static void requireFuture(Interval chosen, Instant now) {
    if (!chosen.start().isAfter(now)) {
      throw new RuleViolationException("booking.slot-in-past", "the slot has already started");
    }
  }

  private static void checkDuration(Interval slot, int durationMinutes) {
    if (!slot.duration().equals(Duration.ofMinutes(durationMinutes))) {
      throw new InvalidValueException("booking.slot-duration", "the slot must last " + durationMinutes + " minutes");
    }
  }
}
