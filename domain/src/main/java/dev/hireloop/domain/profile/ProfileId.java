package dev.hireloop.domain.profile;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Ids;
import java.util.UUID;

public record ProfileId(UUID value) implements EntityId {
  public ProfileId {
    Check.notNull(value, "profileId");
  }

  public static ProfileId of(String raw) {
    return new ProfileId(Ids.parse(raw, "profileId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
