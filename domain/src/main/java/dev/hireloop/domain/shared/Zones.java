package dev.hireloop.domain.shared;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Parses IANA time-zone ids ("Europe/London") with a clear error; offsets like "+02:00" are refused. */
public final class Zones {
  private Zones() {}

  public static ZoneId parse(String raw, String field) {
    Check.notNull(raw, field);
    String trimmed = raw.strip();
    if (!trimmed.contains("/") && !trimmed.equals("UTC")) {
      throw new InvalidValueException("timezone.invalid", field + " must be an IANA time zone such as Europe/London");
    }
    try {
      return ZoneId.of(trimmed);
    } catch (DateTimeException e) {
      throw new InvalidValueException("timezone.invalid", field + " is not a known IANA time zone", e);
    }
  }
}
