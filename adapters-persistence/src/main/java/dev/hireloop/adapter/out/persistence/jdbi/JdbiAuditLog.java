package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.internal.EventJson;
import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.audit.Actor;
import dev.hireloop.domain.audit.ActorKind;
import dev.hireloop.domain.audit.AuditEntry;
import dev.hireloop.domain.audit.AuditEntryId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.AuditLog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The audit trail in {@code <schema>.audit_entries}; details are stored as a JSON object. Thread-safe. */
final class JdbiAuditLog implements AuditLog {
  private static final String INSERT = """
      INSERT INTO <schema>.audit_entries (id, recruiter_id, actor_kind, actor_id, action, subject_type, subject_id,
          occurred_at, details)
      VALUES (:id, :recruiterId, :actorKind, :actorId, :action, :subjectType, :subjectId, :occurredAt, :details)""";
  private static final String COUNT = """
      SELECT COUNT(*) FROM <schema>.audit_entries WHERE recruiter_id = :recruiterId""";
  private static final String PAGE = """
      SELECT id, recruiter_id, actor_kind, actor_id, action, subject_type, subject_id, occurred_at, details
      FROM <schema>.audit_entries
      WHERE recruiter_id = :recruiterId
      ORDER BY occurred_at DESC, id DESC
      LIMIT :limit OFFSET :offset""";

  private final Database database;
  private final EventJson json;

  JdbiAuditLog(Database database, EventJson json) {
    this.database = database;
    this.json = json;
  }

  @Override
  public void append(AuditEntry entry) {
    Check.notNull(entry, "entry");
    AuditEntry stored = Microseconds.truncate(entry);
    database.write(handle -> handle.createUpdate(INSERT)
        .bind("id", stored.id().value())
        .bindByType("recruiterId", stored.recruiterId().map(RecruiterId::value).orElse(null), UUID.class)
        .bind("actorKind", stored.actor().kind().name())
        .bindByType("actorId", stored.actor().id().orElse(null), UUID.class)
        .bind("action", stored.action())
        .bind("subjectType", stored.subjectType())
        .bind("subjectId", stored.subjectId())
        .bindByType("occurredAt", stored.occurredAt(), Instant.class)
        .bind("details", json.writeDetails(stored.details()))
        .execute(),
        message -> new ConflictException("audit.duplicate", "audit entry " + entry.id() + " already exists"));
  }

  @Override
  public Page<AuditEntry> list(RecruiterId recruiterId, PageRequest page) {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(page, "page");
    return database.read(handle -> {
      long total = handle.createQuery(COUNT)
          .bind("recruiterId", recruiterId.value())
          .mapTo(Long.class).one();
      List<AuditEntry> entries = total == 0 ? List.of() : handle.createQuery(PAGE)
          .bind("recruiterId", recruiterId.value())
          .bind("limit", page.limit())
          .bind("offset", page.offset())
          .map((resultSet, context) -> new AuditEntry(
              new AuditEntryId(Columns.uuid(resultSet, "id")),
              Optional.ofNullable(Columns.uuid(resultSet, "recruiter_id")).map(RecruiterId::new),
              new Actor(ActorKind.valueOf(Columns.text(resultSet, "actor_kind")),
                  Optional.ofNullable(Columns.uuid(resultSet, "actor_id"))),
              Columns.text(resultSet, "action"),
              Columns.text(resultSet, "subject_type"),
              Columns.uuid(resultSet, "subject_id"),
              Columns.instant(resultSet, "occurred_at"),
              json.readDetails(Columns.text(resultSet, "details"))))
          .list();
      return new Page<>(entries, page.offset(), page.limit(), total);
    });
  }
}
