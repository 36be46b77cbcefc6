package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.Zones;
import dev.hireloop.port.in.scheduling.ListSlotsQuery;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Times as the scheduling routes read and write them: dates {@code 2026-03-08}, working-hour times {@code 09:00}
 * ({@code 24:00} ends a range at midnight), instants with an offset, IANA zones, and local date-times with their
 * offset ({@code 2026-03-08T09:00:00-04:00}) for showing an instant on someone's clock. Every parse failure is a
 * 400 naming the field or parameter.
 */
final class TimeValues {
  static final String MIDNIGHT_END = "24:00";
  private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  private static final Pattern TIME = Pattern.compile("^(?:[01]\\d|2[0-3]):[0-5]\\d$");
  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter HOURS_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
  // seconds always printed, and "+00:00" rather than "Z": this is a local clock reading, not a UTC instant
  private static final DateTimeFormatter LOCAL_WITH_OFFSET =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  private TimeValues() {}

  /** A calendar date, {@code YYYY-MM-DD}. */
  static LocalDate date(String raw, String field) {
    if (raw == null) {
      throw RequestRejectedException.badRequest("value.required", field, field + " is required");
    }
    String value = raw.strip();
    if (DATE.matcher(value).matches()) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeException e) {
        // falls through: a well-shaped but impossible date such as 2026-02-30
      }
    }
    throw RequestRejectedException.badRequest("date.invalid", field, field + " must be a date such as 2026-03-08");
  }

  static Optional<LocalDate> dateQuery(Context ctx, String name) {
    return Requests.query(ctx, name).map(raw -> date(raw, name));
  }

  static LocalDate pathDate(Context ctx, String name) {
    return date(ctx.pathParam(name), name);
  }

  /** An IANA zone from the query string, e.g. {@code timezone=America/New_York}. */
  static Optional<ZoneId> zoneQuery(Context ctx, String name) {
    return Requests.query(ctx, name).map(raw -> zone(raw, name));
  }

  static ZoneId zone(String raw, String field) {
    return Zones.parse(raw, field);
  }

  static Optional<ZoneId> optionalZone(String raw, String field) {
    return Optional.ofNullable(raw).map(value -> zone(value, field));
  }

  /** An instant that carries its offset: {@code 2026-03-08T13:00:00Z} or {@code 2026-03-08T09:00:00-04:00}. */
  static Instant instant(String raw, String field) {
    if (raw == null) {
      throw RequestRejectedException.badRequest("value.required", field, field + " is required");
    }
    try {
      return OffsetDateTime.parse(raw.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      throw RequestRejectedException.badRequest("instant.invalid", field,
          field + " must be an ISO-8601 date-time with an offset, e.g. 2026-03-08T09:00:00Z");
    }
  }

  /** A working-hours time {@code HH:mm}; {@code 24:00} (an end at midnight) is {@link LocalTime#MAX}. */
  static LocalTime time(String raw, String field) {
    if (raw == null) {
      throw RequestRejectedException.badRequest("value.required", field, field + " is required");
    }
    String value = raw.strip();
    if (value.equals(MIDNIGHT_END)) {
      return LocalTime.MAX;
    }
    if (!TIME.matcher(value).matches()) {
      throw RequestRejectedException.badRequest("time.invalid", field,
          field + " must be a time of day such as 09:00 (24:00 ends a range at midnight)");
    }
    return LocalTime.parse(value);
  }

  static String time(LocalTime time) {
    if (time.equals(LocalTime.MAX)) {
      return MIDNIGHT_END;
    }
    return (time.getSecond() == 0 && time.getNano() == 0 ? HOURS : HOURS_SECONDS).format(time);
  }

  /** The instant as a clock in {@code zone} shows it, with that clock's offset. */
  static String local(Instant instant, ZoneId zone) {
    return LOCAL_WITH_OFFSET.format(instant.atZone(zone));
  }

  /**
   * Checks a slot range as the use cases do ({@code to} not before {@code from}, at most
   * {@value ListSlotsQuery#MAX_DAYS} days), so that the problem names {@code to}.
   */
  static void checkRange(LocalDate from, LocalDate to) {
    try {
      ListSlotsQuery.checkRange(from, to);
    } catch (InvalidValueException e) {
      throw RequestRejectedException.badRequest(e.code(), "to", e.getMessage());
    }
  }

  /** Today's date in {@code zone}. */
  static LocalDate today(Clock clock, ZoneId zone) {
    return LocalDate.ofInstant(clock.instant(), zone);
  }
}
