package dev.hireloop.domain.shared;

import java.util.UUID;

/** Parsing of id text from the outside world into UUIDs with a clear error. */
public final class Ids {
  private Ids() {}

  public static UUID parse(String raw, String field) {
    Check.notNull(raw, field);
    String trimmed = raw.strip();
    if (trimmed.length() != 36) {
      throw new InvalidValueException("id.invalid", field + " is not a valid id");
    }
    try {
      return UUID.fromString(trimmed);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("id.invalid", field + " is not a valid id", e);
    }
  }
}
