package dev.hireloop.domain.assessment;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Ids;
import java.util.UUID;

public record AssessmentId(UUID value) implements EntityId {
  public AssessmentId {
    Check.notNull(value, "assessmentId");
  }

  public static AssessmentId of(String raw) {
    return new AssessmentId(Ids.parse(raw, "assessmentId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
