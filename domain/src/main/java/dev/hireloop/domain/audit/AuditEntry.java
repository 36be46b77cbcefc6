package dev.hireloop.domain.audit;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One append-only line of the audit trail: who did what to which subject, when. {@code details} holds ids and
 * codes only (statuses, rule names), never personal data, so the trail can be kept longer than the profiles.
 */
public record AuditEntry(
    AuditEntryId id,
    Optional<RecruiterId> recruiterId,
    Actor actor,
    String action,
    String subjectType,
    UUID subjectId,
    Instant occurredAt,
    Map<String, String> details) {

  private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9_.-]{0,99}$");

  public AuditEntry {
    Check.notNull(id, "id");
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(actor, "actor");
    action = code(action, "action");
    subjectType = code(subjectType, "subjectType");
    Check.notNull(subjectId, "subjectId");
    Check.notNull(occurredAt, "occurredAt");
    Check.notNull(details, "details");
    if (details.size() > 20) {
      throw new InvalidValueException("audit.too-many-details", "at most 20 details");
    }
    TreeMap<String, String> copy = new TreeMap<>();
    details.forEach((key, value) -> copy.put(code(key, "details key"), Check.bounded(value, "details value", 200)));
    details = java.util.Collections.unmodifiableMap(copy);
  }

  public static AuditEntry of(AuditEntryId id, RecruiterId recruiterId, Actor actor, String action,
      String subjectType, EntityId subject, Instant now, Map<String, String> details) {
    return new AuditEntry(id, Optional.of(recruiterId), actor, action, subjectType, subject.value(), now, details);
  }

  private static String code(String value, String field) {
    Check.notNull(value, field);
    if (!CODE.matcher(value).matches()) {
      throw new InvalidValueException("audit.code-invalid", field + " must be a lower-case code");
    }
    return value;
  }
}
