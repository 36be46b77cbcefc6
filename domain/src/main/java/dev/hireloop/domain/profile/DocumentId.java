package dev.hireloop.domain.profile;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Ids;
import java.util.UUID;

/** The id of a document stored with a profile (the original bytes of a CV). */
public record DocumentId(UUID value) implements EntityId {
  public DocumentId {
    Check.notNull(value, "documentId");
  }

  public static DocumentId of(String raw) {
    return new DocumentId(Ids.parse(raw, "documentId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
