package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.EventTypeRepository;
import java.util.List;
import java.util.Optional;

/** Interview templates (event types) in {@code <schema>.event_types}. Thread-safe. */
final class JdbiEventTypeRepository implements EventTypeRepository {
  private static final String INSERT = "INSERT INTO <schema>.event_types (" + EventTypeRow.COLUMNS + """
      )
      VALUES (:id, :recruiterId, :name, :durationMinutes, :description, :locationKind, :locationDetail, :createdAt,
          :updatedAt, :version)""";
  private static final String UPDATE = """
      UPDATE <schema>.event_types
      SET recruiter_id = :recruiterId, name = :name, duration_minutes = :durationMinutes,
          description = :description, location_kind = :locationKind, location_detail = :locationDetail,
          created_at = :createdAt, updated_at = :updatedAt, version = :version
      WHERE id = :id AND version = :expected""";
  private static final String SELECT = "SELECT " + EventTypeRow.COLUMNS + " FROM <schema>.event_types ";

  private final Database database;

  JdbiEventTypeRepository(Database database) {
    this.database = database;
  }

  @Override
  public EventType save(EventType eventType) {
    Check.notNull(eventType, "eventType");
    EventType stored = Microseconds.truncate(eventType).withVersion(eventType.version().next());
    EventTypeRow row = EventTypeRow.from(stored);
    database.write(handle -> {
      int changed = eventType.version().isInitial()
          ? row.bind(handle.createUpdate(INSERT)).execute()
          : row.bind(handle.createUpdate(UPDATE)).bind("expected", eventType.version().value()).execute();
      if (changed != 1) {
        throw stale(eventType);
      }
      return null;
    }, message -> stale(eventType));
    return stored;
  }

  @Override
  public Optional<EventType> findById(EventTypeId id) {
    Check.notNull(id, "eventTypeId");
    return database.read(handle -> handle.createQuery(SELECT + "WHERE id = :id")
        .bind("id", id.value())
        .map((resultSet, context) -> EventTypeRow.map(resultSet))
        .findOne()
        .map(EventTypeRow::toDomain));
  }

  @Override
  public List<EventType> listByRecruiter(RecruiterId recruiterId) {
    Check.notNull(recruiterId, "recruiterId");
    return database.read(handle -> handle.createQuery(SELECT + "WHERE recruiter_id = :recruiterId "
            + "ORDER BY created_at, id")
        .bind("recruiterId", recruiterId.value())
        .map((resultSet, context) -> EventTypeRow.map(resultSet))
        .list())
        .stream().map(EventTypeRow::toDomain).toList();
  }

  @Override
  public boolean delete(EventTypeId id) {
    Check.notNull(id, "eventTypeId");
    return database.write(handle -> handle.createUpdate("DELETE FROM <schema>.event_types WHERE id = :id")
        .bind("id", id.value())
        .execute() == 1);
  }

  private static ConflictException stale(EventType eventType) {
    return new ConflictException("event-type.stale", "event type " + eventType.id()
        + " was changed by someone else (version " + eventType.version().value() + " is not the stored one)");
  }
}
