package dev.hireloop.domain.audit;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Ids;
import java.util.UUID;

public record AuditEntryId(UUID value) implements EntityId {
  public AuditEntryId {
    Check.notNull(value, "auditEntryId");
  }

  public static AuditEntryId of(String raw) {
    return new AuditEntryId(Ids.parse(raw, "auditEntryId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
