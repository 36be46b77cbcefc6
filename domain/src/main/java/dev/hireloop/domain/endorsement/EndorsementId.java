package dev.hireloop.domain.endorsement;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Ids;
import java.util.UUID;

public record EndorsementId(UUID value) implements EntityId {
  public EndorsementId {
    Check.notNull(value, "endorsementId");
  }

  public static EndorsementId of(String raw) {
    return new EndorsementId(Ids.parse(raw, "endorsementId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
