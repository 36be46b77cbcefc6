package dev.hireloop.domain.consent;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Ids;
import java.util.UUID;

public record ConsentId(UUID value) implements EntityId {
  public ConsentId {
    Check.notNull(value, "consentId");
  }

  public static ConsentId of(String raw) {
    return new ConsentId(Ids.parse(raw, "consentId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
