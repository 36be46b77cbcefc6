package dev.hireloop.domain.job;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Ids;
import java.util.UUID;

public record JobId(UUID value) implements EntityId {
  public JobId {
    Check.notNull(value, "jobId");
  }

  public static JobId of(String raw) {
    return new JobId(Ids.parse(raw, "jobId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
