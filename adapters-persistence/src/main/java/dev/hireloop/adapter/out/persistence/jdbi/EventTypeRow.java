package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code event_types}: an interview template, its duration in whole minutes. */
record EventTypeRow(UUID id, UUID recruiterId, String name, int durationMinutes, String description,
    String locationKind, String locationDetail, Instant createdAt, Instant updatedAt, long version) {

  static final String COLUMNS = """
      id, recruiter_id, name, duration_minutes, description, location_kind, location_detail, created_at, updated_at,
      version""";

  static EventTypeRow from(EventType eventType) {
    InterviewTemplate template = eventType.template();
    return new EventTypeRow(eventType.id().value(), eventType.recruiterId().value(), template.name(),
        Math.toIntExact(template.duration().toMinutes()), template.description(), template.locationKind().name(),
        template.locationDetail(), eventType.createdAt(), eventType.updatedAt(), eventType.version().value());
  }

  static EventTypeRow map(ResultSet resultSet) throws SQLException {
    return new EventTypeRow(Columns.uuid(resultSet, "id"), Columns.uuid(resultSet, "recruiter_id"),
        Columns.text(resultSet, "name"), resultSet.getInt("duration_minutes"), Columns.text(resultSet, "description"),
        Columns.text(resultSet, "location_kind"), Columns.text(resultSet, "location_detail"),
        Columns.instant(resultSet, "created_at"), Columns.instant(resultSet, "updated_at"),
        resultSet.getLong("version"));
  }

  <S extends SqlStatement<S>> S bind(S statement) {
    return statement.bind("id", id).bind("recruiterId", recruiterId).bind("name", name)
        .bind("durationMinutes", durationMinutes).bind("description", description)
        .bind("locationKind", locationKind).bind("locationDetail", locationDetail)
        .bindByType("createdAt", createdAt, Instant.class).bindByType("updatedAt", updatedAt, Instant.class)
        .bind("version", version);
  }

  EventType toDomain() {
    return new EventType(new EventTypeId(id), new RecruiterId(recruiterId), new InterviewTemplate(name,
        Duration.ofMinutes(durationMinutes), description, LocationKind.valueOf(locationKind), locationDetail),
        createdAt, updatedAt, new Version(version));
  }
}
