package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.recruiter.RecruiterStatus;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code recruiters}. */
record RecruiterRow(UUID id, String name, String email, String timeZone, String status, Instant createdAt,
    Instant updatedAt, long version) {

  static RecruiterRow from(Recruiter recruiter) {
    return new RecruiterRow(recruiter.id().value(), recruiter.name(), recruiter.email().value(),
        recruiter.timeZone().getId(), recruiter.status().name(), recruiter.createdAt(), recruiter.updatedAt(),
        recruiter.version().value());
  }

  static RecruiterRow map(ResultSet resultSet) throws SQLException {
    return new RecruiterRow(Columns.uuid(resultSet, "id"), Columns.text(resultSet, "name"),
        Columns.text(resultSet, "email"), Columns.text(resultSet, "time_zone"), Columns.text(resultSet, "status"),
        Columns.instant(resultSet, "created_at"), Columns.instant(resultSet, "updated_at"),
        resultSet.getLong("version"));
  }

  <S extends SqlStatement<S>> S bind(S statement) {
    return statement.bind("id", id).bind("name", name).bind("email", email).bind("timeZone", timeZone)
        .bind("status", status).bindByType("createdAt", createdAt, Instant.class)
        .bindByType("updatedAt", updatedAt, Instant.class).bind("version", version);
  }

  Recruiter toDomain() {
    return new Recruiter(new RecruiterId(id), name, Email.of(email), ZoneId.of(timeZone),
        RecruiterStatus.valueOf(status), createdAt, updatedAt, new Version(version));
  }
}
