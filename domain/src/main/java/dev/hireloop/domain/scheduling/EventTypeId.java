package dev.hireloop.domain.scheduling;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Ids;
import java.util.UUID;

public record EventTypeId(UUID value) implements EntityId {
  public EventTypeId {
    Check.notNull(value, "eventTypeId");
  }

  public static EventTypeId of(String raw) {
    return new EventTypeId(Ids.parse(raw, "eventTypeId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
