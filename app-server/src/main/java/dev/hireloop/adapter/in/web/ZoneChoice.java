package dev.hireloop.adapter.in.web;

import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.Zones;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The zone a booking page shows times in: the one the candidate chose (or their browser reported), else the
 * page's default. A zone we do not know is not an error page: the times are shown in the default and the page
 * says why.
 *
 * @param chosen whether the request named a usable zone (if not, the script may detect the browser's)
 * @param notice what to tell the candidate about an unknown zone, or null
 */
record ZoneChoice(ZoneId zone, boolean chosen, String notice) {
  static ZoneChoice of(String raw, ZoneId fallback) {
    if (raw == null || raw.isBlank()) {
      return new ZoneChoice(fallback, false, null);
    }
    try {
      return new ZoneChoice(Zones.parse(raw, "zone"), true, null);
    } catch (InvalidValueException e) {
      return new ZoneChoice(fallback, true, "We do not recognise the time zone \u201c" + clip(raw)
          + "\u201d, so times are shown in " + fallback.getId() + ". You can pick your zone below.");
    }
  }

  Optional<ZoneId> asOptional() {
    return Optional.of(zone);
  }

  private static String clip(String raw) {
    String value = raw.strip();
    return value.length() > 60 ? value.substring(0, 60) + "\u2026" : value;
  }
}
