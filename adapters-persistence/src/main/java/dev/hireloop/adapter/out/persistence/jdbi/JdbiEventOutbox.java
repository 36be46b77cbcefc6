package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.internal.EventJson;
import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.events.EventOutbox;
import dev.hireloop.port.out.events.StoredEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The outbox in {@code <schema>.event_outbox}: events as JSON text, numbered by an identity column in insertion
 * order. Thread-safe.
 */
final class JdbiEventOutbox implements EventOutbox {
  private static final String SELECT = """
      SELECT sequence, event_id, event_type, payload, dispatched_at FROM <schema>.event_outbox
      """;
  private static final String INSERT = """
      INSERT INTO <schema>.event_outbox (event_id, event_type, recruiter_id, subject_id, occurred_at, payload)
      VALUES (:eventId, :eventType, :recruiterId, :subjectId, :occurredAt, :payload)""";
  /** Only undispatched events: a second mark keeps the first dispatch time. */
  private static final String MARK_DISPATCHED = """
      UPDATE <schema>.event_outbox SET dispatched_at = :at
      WHERE dispatched_at IS NULL AND event_id IN (<ids>)""";
  /** Keeps IN lists well below every driver's parameter limit. */
  private static final int CHUNK = 500;

  private final Database database;
  private final EventJson json;

  JdbiEventOutbox(Database database, EventJson json) {
    this.database = database;
    this.json = json;
  }

  @Override
  public void append(List<? extends DomainEvent> events) {
    Check.notNull(events, "events");
    if (events.isEmpty()) {
      return;
    }
    List<String> payloads = new ArrayList<>(events.size());
    for (DomainEvent event : events) {
      Check.notNull(event, "event");
      payloads.add(json.write(event));
    }
    database.write(handle -> {
      PreparedBatch batch = handle.prepareBatch(INSERT);
      for (int i = 0; i < events.size(); i++) {
        DomainEvent event = events.get(i);
        batch.bind("eventId", event.eventId())
            .bind("eventType", event.eventType())
            .bind("recruiterId", event.recruiterId().value())
            .bind("subjectId", event.subjectId().value())
            .bindByType("occurredAt", Microseconds.truncate(event.occurredAt()), Instant.class)
            .bind("payload", payloads.get(i))
            .add();
      }
      return batch.execute();
    }, message -> new ConflictException("event.duplicate", "an event with this id is already stored"));
  }

  @Override
  public List<StoredEvent> fetchUndispatched(int limit) {
    if (limit < 0) {
      throw new InvalidValueException("value.out-of-range", "limit must not be negative");
    }
    if (limit == 0) {
      return List.of();
    }
    return database.read(handle -> handle.createQuery(
            SELECT + "WHERE dispatched_at IS NULL ORDER BY sequence LIMIT :limit")
        .bind("limit", limit)
        .map((resultSet, context) -> storedEvent(resultSet))
        .list());
  }

  @Override
  public void markDispatched(Collection<UUID> eventIds, Instant at) {
    Check.notNull(eventIds, "eventIds");
    Check.notNull(at, "at");
    List<UUID> ids = List.copyOf(new LinkedHashSet<>(eventIds));
    if (ids.isEmpty()) {
      return;
    }
    Instant dispatchedAt = Microseconds.truncate(at);
    database.write(handle -> {
      for (int from = 0; from < ids.size(); from += CHUNK) {
        handle.createUpdate(MARK_DISPATCHED)
            .bindByType("at", dispatchedAt, Instant.class)
            .bindList("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
            .execute();
      }
      return null;
    });
  }

  @Override
  public boolean requeue(UUID eventId) {
    Check.notNull(eventId, "eventId");
    return database.write(handle -> handle.createUpdate(
            "UPDATE <schema>.event_outbox SET dispatched_at = NULL WHERE event_id = :eventId")
        .bind("eventId", eventId)
        .execute()) == 1;
  }

  @Override
  public Optional<StoredEvent> find(UUID eventId) {
    Check.notNull(eventId, "eventId");
    return database.read(handle -> handle.createQuery(SELECT + "WHERE event_id = :eventId")
        .bind("eventId", eventId)
        .map((resultSet, context) -> storedEvent(resultSet))
        .findOne());
  }

  @Override
  public Page<StoredEvent> list(RecruiterId recruiterId, PageRequest page) {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(page, "page");
    return database.read(handle -> {
      long total = handle.createQuery("SELECT COUNT(*) FROM <schema>.event_outbox WHERE recruiter_id = :recruiterId")
          .bind("recruiterId", recruiterId.value())
          .mapTo(Long.class).one();
      List<StoredEvent> events = total == 0 ? List.of() : handle.createQuery(SELECT
              + "WHERE recruiter_id = :recruiterId ORDER BY sequence DESC LIMIT :limit OFFSET :offset")
          .bind("recruiterId", recruiterId.value())
          .bind("limit", page.limit())
          .bind("offset", page.offset())
          .map((resultSet, context) -> storedEvent(resultSet))
          .list();
      return new Page<>(events, page.offset(), page.limit(), total);
    });
  }

  private StoredEvent storedEvent(ResultSet resultSet) throws SQLException {
    return new StoredEvent(resultSet.getLong("sequence"),
        json.read(Columns.text(resultSet, "event_type"), Columns.text(resultSet, "payload")),
        Optional.ofNullable(Columns.instant(resultSet, "dispatched_at")));
  }
}
