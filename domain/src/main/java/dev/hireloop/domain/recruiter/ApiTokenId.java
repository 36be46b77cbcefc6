package dev.hireloop.domain.recruiter;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Ids;
import java.util.UUID;

public record ApiTokenId(UUID value) implements EntityId {
  public ApiTokenId {
    Check.notNull(value, "tokenId");
  }

  public static ApiTokenId of(String raw) {
    return new ApiTokenId(Ids.parse(raw, "tokenId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
