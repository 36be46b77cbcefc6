package dev.hireloop.adapter.in.web;

import dev.hireloop.domain.shared.Interval;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * "Add to Google Calendar" and "Add to Outlook" links: the event in the URL, times in UTC, every value
 * percent-encoded (spaces as {@code %20}, which both services read; {@code +} would stay a plus in some). The
 * manage link is never put in them: it is the candidate's credential and would end up in a third party's logs.
 */
final class CalendarLinks {
  private static final DateTimeFormatter GOOGLE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter OUTLOOK = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'",
      Locale.ROOT).withZone(ZoneOffset.UTC);

  private CalendarLinks() {}

  static String google(String title, String details, String location, Interval slot) {
    return "https://calendar.google.com/calendar/render?action=TEMPLATE"
        + "&text=" + encode(title)
        + "&dates=" + GOOGLE.format(slot.start()) + "/" + GOOGLE.format(slot.end())
        + "&details=" + encode(details)
        + "&location=" + encode(location);
  }

  static String outlook(String title, String details, String location, Interval slot) {
    return "https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose&rru=addevent"
        + "&subject=" + encode(title)
        + "&startdt=" + encode(OUTLOOK.format(slot.start()))
        + "&enddt=" + encode(OUTLOOK.format(slot.end()))
        + "&body=" + encode(details)
        + "&location=" + encode(location);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
