package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.events.DeadLetter;
import dev.hireloop.port.out.events.EventDeliveries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.Update;

/**
 * The delivery ledger in {@code <schema>.event_processed} and {@code <schema>.event_dead_letters}.
 * {@link #markProcessed} relies on the primary key, so it is atomic across threads and nodes: on PostgreSQL with
 * {@code INSERT … ON CONFLICT DO NOTHING} (a failed statement would end the caller's transaction), elsewhere with
 * a plain insert whose unique violation is undone by the write's savepoint or own transaction. Thread-safe.
 */
final class JdbiEventDeliveries implements EventDeliveries {
  private static final String MARK = """
      INSERT INTO <schema>.event_processed (event_id, handler, processed_at) VALUES (:eventId, :handler, :at)""";
  private static final String SELECT_DEAD_LETTER = """
      SELECT event_id, handler, event_type, recruiter_id, attempts, last_error, failed_at
      FROM <schema>.event_dead_letters
      """;
  /** Atomic on PostgreSQL, also when two nodes record the same pair at once. */
  private static final String UPSERT_DEAD_LETTER_POSTGRESQL = """
      INSERT INTO <schema>.event_dead_letters (event_id, handler, event_type, recruiter_id, attempts, last_error,
          failed_at)
      VALUES (:eventId, :handler, :eventType, :recruiterId, :attempts, :lastError, :failedAt)
      ON CONFLICT (event_id, handler) DO UPDATE
      SET event_type = EXCLUDED.event_type, recruiter_id = EXCLUDED.recruiter_id, attempts = EXCLUDED.attempts,
          last_error = EXCLUDED.last_error, failed_at = EXCLUDED.failed_at""";
  private static final String UPSERT_DEAD_LETTER_STANDARD = """
      MERGE INTO <schema>.event_dead_letters d
      USING (VALUES (CAST(:eventId AS UUID), CAST(:handler AS VARCHAR(100)))) AS v (event_id, handler)
      ON d.event_id = v.event_id AND d.handler = v.handler
      WHEN MATCHED THEN UPDATE SET event_type = :eventType, recruiter_id = :recruiterId, attempts = :attempts,
          last_error = :lastError, failed_at = :failedAt
      WHEN NOT MATCHED THEN INSERT (event_id, handler, event_type, recruiter_id, attempts, last_error, failed_at)
          VALUES (:eventId, :handler, :eventType, :recruiterId, :attempts, :lastError, :failedAt)""";
  private static final String ALREADY_PROCESSED = "event.already-processed";

  private final Database database;

  JdbiEventDeliveries(Database database) {
    this.database = database;
  }

  @Override
  public boolean markProcessed(UUID eventId, String handler, Instant at) {
    Check.notNull(eventId, "eventId");
    String handlerName = Check.text(handler, "handler", 100);
    Instant processedAt = Microseconds.truncate(Check.notNull(at, "at"));
    try {
      return database.write(handle -> {
        String insert = database.dialect(handle) == Dialect.POSTGRESQL ? MARK + " ON CONFLICT DO NOTHING" : MARK;
        return handle.createUpdate(insert)
            .bind("eventId", eventId)
            .bind("handler", handlerName)
            .bindByType("at", processedAt, Instant.class)
            .execute() == 1;
      }, message -> new ConflictException(ALREADY_PROCESSED, "already processed"));
    } catch (ConflictException e) {
      if (ALREADY_PROCESSED.equals(e.code())) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public boolean isProcessed(UUID eventId, String handler) {
    Check.notNull(eventId, "eventId");
    Check.notNull(handler, "handler");
    return database.read(handle -> handle.createQuery("SELECT COUNT(*) FROM <schema>.event_processed "
            + "WHERE event_id = :eventId AND handler = :handler")
        .bind("eventId", eventId)
        .bind("handler", handler.strip())
        .mapTo(Long.class).one()) > 0;
  }

  @Override
  public void recordDeadLetter(DeadLetter deadLetter) {
    Check.notNull(deadLetter, "deadLetter");
    DeadLetter stored = Microseconds.truncate(deadLetter);
    database.write(handle -> {
      String upsert = database.dialect(handle) == Dialect.POSTGRESQL
          ? UPSERT_DEAD_LETTER_POSTGRESQL : UPSERT_DEAD_LETTER_STANDARD;
      return bind(handle.createUpdate(upsert), stored).execute();
    });
  }

  @Override
  public Optional<DeadLetter> findDeadLetter(UUID eventId, String handler) {
    Check.notNull(eventId, "eventId");
    Check.notNull(handler, "handler");
    return database.read(handle -> handle.createQuery(SELECT_DEAD_LETTER
            + "WHERE event_id = :eventId AND handler = :handler")
        .bind("eventId", eventId)
        .bind("handler", handler.strip())
        .map((resultSet, context) -> deadLetter(resultSet))
        .findOne());
  }

  @Override
  public Page<DeadLetter> listDeadLetters(RecruiterId recruiterId, PageRequest page) {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(page, "page");
    return database.read(handle -> {
      long total = handle.createQuery("SELECT COUNT(*) FROM <schema>.event_dead_letters "
              + "WHERE recruiter_id = :recruiterId")
          .bind("recruiterId", recruiterId.value())
          .mapTo(Long.class).one();
      List<DeadLetter> deadLetters = total == 0 ? List.of() : handle.createQuery(SELECT_DEAD_LETTER
              + "WHERE recruiter_id = :recruiterId ORDER BY failed_at DESC, event_id DESC, handler DESC "
              + "LIMIT :limit OFFSET :offset")
          .bind("recruiterId", recruiterId.value())
          .bind("limit", page.limit())
          .bind("offset", page.offset())
          .map((resultSet, context) -> deadLetter(resultSet))
          .list();
      return new Page<>(deadLetters, page.offset(), page.limit(), total);
    });
  }

  @Override
  public void removeDeadLetter(UUID eventId, String handler) {
    Check.notNull(eventId, "eventId");
    Check.notNull(handler, "handler");
    database.write(handle -> handle.createUpdate("DELETE FROM <schema>.event_dead_letters "
            + "WHERE event_id = :eventId AND handler = :handler")
        .bind("eventId", eventId)
        .bind("handler", handler.strip())
        .execute());
  }

  private static Update bind(Update update, DeadLetter deadLetter) {
    return update.bind("eventId", deadLetter.eventId())
        .bind("handler", deadLetter.handler())
        .bind("eventType", deadLetter.eventType())
        .bind("recruiterId", deadLetter.recruiterId().value())
        .bind("attempts", deadLetter.attempts())
        .bind("lastError", deadLetter.lastError())
        .bindByType("failedAt", deadLetter.failedAt(), Instant.class);
  }

  private static DeadLetter deadLetter(ResultSet resultSet) throws SQLException {
    return new DeadLetter(Columns.uuid(resultSet, "event_id"), Columns.text(resultSet, "event_type"),
        new RecruiterId(Columns.uuid(resultSet, "recruiter_id")), Columns.text(resultSet, "handler"),
        resultSet.getInt("attempts"), Columns.text(resultSet, "last_error"),
        Columns.instant(resultSet, "failed_at"));
  }
}
