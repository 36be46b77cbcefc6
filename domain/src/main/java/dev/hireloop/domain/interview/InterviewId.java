package dev.hireloop.domain.interview;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Ids;
import java.util.UUID;

public record InterviewId(UUID value) implements EntityId {
  public InterviewId {
    Check.notNull(value, "interviewId");
  }

  public static InterviewId of(String raw) {
    return new InterviewId(Ids.parse(raw, "interviewId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
