package dev.hireloop.domain.outreach;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Ids;
import java.util.UUID;

public record OutreachMessageId(UUID value) implements EntityId {
  public OutreachMessageId {
    Check.notNull(value, "messageId");
  }

  public static OutreachMessageId of(String raw) {
    return new OutreachMessageId(Ids.parse(raw, "messageId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
