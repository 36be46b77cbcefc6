package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.RecruiterRepository;
import java.util.List;
import java.util.Optional;

/** Recruiters in {@code <schema>.recruiters}. Thread-safe. */
final class JdbiRecruiterRepository implements RecruiterRepository {
  private static final String SELECT = """
      SELECT id, name, email, time_zone, status, created_at, updated_at, version
      FROM <schema>.recruiters
      """;
  private static final String INSERT = """
      INSERT INTO <schema>.recruiters (id, name, email, time_zone, status, created_at, updated_at, version)
      VALUES (:id, :name, :email, :timeZone, :status, :createdAt, :updatedAt, :version)""";
  private static final String UPDATE = """
      UPDATE <schema>.recruiters
      SET name = :name, email = :email, time_zone = :timeZone, status = :status, created_at = :createdAt,
          updated_at = :updatedAt, version = :version
      WHERE id = :id AND version = :expected""";

  private final Database database;

  JdbiRecruiterRepository(Database database) {
    this.database = database;
  }

  @Override
  public Recruiter save(Recruiter recruiter) {
    Check.notNull(recruiter, "recruiter");
    Recruiter stored = Microseconds.truncate(recruiter).withVersion(recruiter.version().next());
    RecruiterRow row = RecruiterRow.from(stored);
    database.write(handle -> {
      int changed = recruiter.version().isInitial()
          ? row.bind(handle.createUpdate(INSERT)).execute()
          : row.bind(handle.createUpdate(UPDATE)).bind("expected", recruiter.version().value()).execute();
      if (changed != 1) {
        throw stale(recruiter);
      }
      return null;
    }, message -> message.contains("recruiters_email_uk")
        ? new ConflictException("recruiter.email-taken", "another recruiter has this e-mail address")
        : stale(recruiter));
    return stored;
  }

  @Override
  public Optional<Recruiter> findById(RecruiterId id) {
    Check.notNull(id, "recruiterId");
    return database.read(handle -> handle.createQuery(SELECT + "WHERE id = :id")
        .bind("id", id.value())
        .map((resultSet, context) -> RecruiterRow.map(resultSet))
        .findOne()
        .map(RecruiterRow::toDomain));
  }

  @Override
  public Optional<Recruiter> findByEmail(Email email) {
    Check.notNull(email, "email");
    return database.read(handle -> handle.createQuery(SELECT + "WHERE email = :email")
        .bind("email", email.value())
        .map((resultSet, context) -> RecruiterRow.map(resultSet))
        .findOne()
        .map(RecruiterRow::toDomain));
  }

  @Override
  public List<Recruiter> listAll() {
    return database.read(handle -> handle.createQuery(SELECT + "ORDER BY created_at, id")
        .map((resultSet, context) -> RecruiterRow.map(resultSet))
        .list())
        .stream().map(RecruiterRow::toDomain).toList();
  }

  @Override
  public long count() {
    return database.read(handle -> handle.createQuery("SELECT COUNT(*) FROM <schema>.recruiters")
        .mapTo(Long.class).one());
  }

  private static ConflictException stale(Recruiter recruiter) {
    return new ConflictException("recruiter.stale",
        "recruiter " + recruiter.id() + " was changed by someone else (version " + recruiter.version().value()
            + " is not the stored one)");
  }
}
