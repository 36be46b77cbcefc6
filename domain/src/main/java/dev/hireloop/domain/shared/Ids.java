package dev.hireloop.domain.shared;

import java.util.UUID;
import java.util.regex.Pattern;

/** Parsing of id text from the outside world into UUIDs with a clear error. */
public final class Ids {
  private static final Pattern CANONICAL =
      Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private Ids() {}

  public static UUID parse(String raw, String field) {
    Check.notNull(raw, field);
    String trimmed = raw.strip();
    // UUID.fromString also accepts signs and short groups ("1-1-1-1-…"), which would alias another id
    if (!CANONICAL.matcher(trimmed).matches()) {
      throw new InvalidValueException("id.invalid", field + " is not a valid id");
    }
    try {
      return UUID.fromString(trimmed);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("id.invalid", field + " is not a valid id", e);
    }
  }
}
