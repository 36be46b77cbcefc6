package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code bookings}; the reschedule history is a JSON array ({@link SchedulingJson}). */
record BookingRow(UUID id, UUID recruiterId, UUID profileId, UUID jobId, UUID eventTypeId, String provider,
    int durationMinutes, String candidateTimeZone, String status, Instant slotStart, Instant slotEnd,
    Instant heldStart, Instant heldEnd, String reschedules, String cancellationReason, String externalId,
    Instant expiresAt, Instant createdAt, Instant updatedAt, long version) {

  static final String COLUMNS = """
      id, recruiter_id, profile_id, job_id, event_type_id, provider, duration_minutes, candidate_time_zone, status,
      slot_start, slot_end, held_start, held_end, reschedules, cancellation_reason, external_id, expires_at,
      created_at, updated_at, version""";

  static BookingRow from(Booking booking) {
    Optional<Interval> slot = booking.slot();
    Optional<Interval> held = booking.held();
    return new BookingRow(booking.id().value(), booking.recruiterId().value(), booking.profileId().value(),
        booking.jobId().map(JobId::value).orElse(null), booking.eventTypeId().map(EventTypeId::value).orElse(null),
        booking.provider(), booking.durationMinutes(), booking.candidateTimeZone().getId(), booking.status().name(),
        slot.map(Interval::start).orElse(null), slot.map(Interval::end).orElse(null),
        held.map(Interval::start).orElse(null), held.map(Interval::end).orElse(null),
        SchedulingJson.writeReschedules(booking.reschedules()), booking.cancellationReason().orElse(null),
        booking.externalId().orElse(null), booking.expiresAt().orElse(null), booking.createdAt(),
        booking.updatedAt(), booking.version().value());
  }

  static BookingRow map(ResultSet resultSet) throws SQLException {
    return new BookingRow(Columns.uuid(resultSet, "id"), Columns.uuid(resultSet, "recruiter_id"),
        Columns.uuid(resultSet, "profile_id"), Columns.uuid(resultSet, "job_id"),
        Columns.uuid(resultSet, "event_type_id"), Columns.text(resultSet, "provider"),
        resultSet.getInt("duration_minutes"), Columns.text(resultSet, "candidate_time_zone"),
        Columns.text(resultSet, "status"), Columns.instant(resultSet, "slot_start"),
        Columns.instant(resultSet, "slot_end"), Columns.instant(resultSet, "held_start"),
        Columns.instant(resultSet, "held_end"), Columns.text(resultSet, "reschedules"),
        Columns.text(resultSet, "cancellation_reason"), Columns.text(resultSet, "external_id"),
        Columns.instant(resultSet, "expires_at"), Columns.instant(resultSet, "created_at"),
        Columns.instant(resultSet, "updated_at"), resultSet.getLong("version"));
  }

  <S extends SqlStatement<S>> S bind(S statement) {
    return statement.bind("id", id).bind("recruiterId", recruiterId).bind("profileId", profileId)
        .bind("jobId", jobId).bind("eventTypeId", eventTypeId).bind("provider", provider)
        .bind("durationMinutes", durationMinutes).bind("candidateTimeZone", candidateTimeZone).bind("status", status)
        .bindByType("slotStart", slotStart, Instant.class).bindByType("slotEnd", slotEnd, Instant.class)
        .bindByType("heldStart", heldStart, Instant.class).bindByType("heldEnd", heldEnd, Instant.class)
        .bind("reschedules", reschedules).bind("cancellationReason", cancellationReason)
        .bind("externalId", externalId).bindByType("expiresAt", expiresAt, Instant.class)
        .bindByType("createdAt", createdAt, Instant.class).bindByType("updatedAt", updatedAt, Instant.class)
        .bind("version", version);
  }

  Booking toDomain() {
    return new Booking(new BookingId(id), new RecruiterId(recruiterId), new ProfileId(profileId),
        Optional.ofNullable(jobId).map(JobId::new), Optional.ofNullable(eventTypeId).map(EventTypeId::new), provider,
        durationMinutes, ZoneId.of(candidateTimeZone), BookingStatus.valueOf(status),
        interval(slotStart, slotEnd), interval(heldStart, heldEnd), SchedulingJson.readReschedules(reschedules),
        Optional.ofNullable(cancellationReason), Optional.ofNullable(externalId), Optional.ofNullable(expiresAt),
        createdAt, updatedAt, new Version(version));
  }

  private static Optional<Interval> interval(Instant start, Instant end) {
    return start == null ? Optional.empty() : Optional.of(new Interval(start, end));
  }
}
