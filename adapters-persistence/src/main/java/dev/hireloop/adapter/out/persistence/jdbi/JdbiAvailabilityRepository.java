package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.scheduling.RecruiterAvailability;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.port.out.persistence.AvailabilityRepository;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

/**
 * Availabilities in {@code <schema>.availabilities}, one row per recruiter; the settings (overrides included) are
 * one JSON document ({@link SchedulingJson}). Thread-safe.
 */
final class JdbiAvailabilityRepository implements AvailabilityRepository {
  private static final String INSERT = """
      INSERT INTO <schema>.availabilities (recruiter_id, settings, created_at, updated_at, version)
      VALUES (:recruiterId, :settings, :createdAt, :updatedAt, :version)""";
  private static final String UPDATE = """
      UPDATE <schema>.availabilities
      SET settings = :settings, created_at = :createdAt, updated_at = :updatedAt, version = :version
      WHERE recruiter_id = :recruiterId AND version = :expected""";
  private static final String SELECT = """
      SELECT recruiter_id, settings, created_at, updated_at, version
      FROM <schema>.availabilities
      WHERE recruiter_id = :recruiterId""";

  private final Database database;

  JdbiAvailabilityRepository(Database database) {
    this.database = database;
  }

  @Override
  public RecruiterAvailability save(RecruiterAvailability availability) {
    Check.notNull(availability, "availability");
    RecruiterAvailability stored = Microseconds.truncate(availability).withVersion(availability.version().next());
    String settings = SchedulingJson.writeAvailability(stored.availability());
    database.write(handle -> {
      Update statement = handle.createUpdate(availability.version().isInitial() ? INSERT : UPDATE)
          .bind("recruiterId", stored.recruiterId().value())
          .bind("settings", settings)
          .bindByType("createdAt", stored.createdAt(), Instant.class)
          .bindByType("updatedAt", stored.updatedAt(), Instant.class)
          .bind("version", stored.version().value());
      if (!availability.version().isInitial()) {
        statement.bind("expected", availability.version().value());
      }
      if (statement.execute() != 1) {
        throw stale(availability);
      }
      return null;
    }, message -> stale(availability));
    return stored;
  }

  @Override
  public Optional<RecruiterAvailability> findByRecruiter(RecruiterId recruiterId) {
    Check.notNull(recruiterId, "recruiterId");
    return database.read(handle -> handle.createQuery(SELECT)
        .bind("recruiterId", recruiterId.value())
        .map((resultSet, context) -> new RecruiterAvailability(
            new RecruiterId(Columns.uuid(resultSet, "recruiter_id")),
            SchedulingJson.readAvailability(Columns.text(resultSet, "settings")),
            Columns.instant(resultSet, "created_at"), Columns.instant(resultSet, "updated_at"),
            new Version(resultSet.getLong("version"))))
        .findOne());
  }

  private static ConflictException stale(RecruiterAvailability availability) {
    return new ConflictException("availability.stale", "the availability of recruiter "
        + availability.recruiterId() + " was changed by someone else (version " + availability.version().value()
        + " is not the stored one)");
  }
}
