package dev.hireloop.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.scheduling.Slot;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.port.in.candidate.CandidateBooking;
import dev.hireloop.port.in.scheduling.BookingLinkDetails;
import dev.hireloop.port.in.scheduling.SlotsView;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebViewModelsTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

  @Test
  void shows_both_zones_with_their_offsets_on_each_side_of_a_dst_change() {
    // New York moved to summer time on 10 March 2030, London only on 31 March: the gap is 4 hours, then 5 again
    ManagePage before = ManagePage.of(booking(Instant.parse("2030-03-29T13:00:00Z"), LONDON, NEW_YORK,
        BookingStatus.CONFIRMED, "Interview", "Dana"), List.of(), null);
    ManagePage after = ManagePage.of(booking(Instant.parse("2030-04-01T13:00:00Z"), LONDON, NEW_YORK,
        BookingStatus.CONFIRMED, "Interview", "Dana"), List.of(), null);

    assertThat(before.candidateTime()).isEqualTo("Friday 29 March 2030, 13:00–13:45");
    assertThat(before.candidateZone()).isEqualTo("Europe/London (UTC)");
    assertThat(before.interviewerTime()).isEqualTo("Friday 29 March 2030, 09:00–09:45");
    assertThat(before.interviewerZone()).isEqualTo("America/New_York (UTC-04:00)");
    assertThat(after.candidateTime()).isEqualTo("Monday 1 April 2030, 14:00–14:45");
    assertThat(after.candidateZone()).isEqualTo("Europe/London (UTC+01:00)");
    assertThat(after.interviewerTime()).isEqualTo("Monday 1 April 2030, 09:00–09:45");
  }

  @Test
  void names_both_days_when_an_interview_crosses_midnight_on_one_clock() {
    Interval late = Interval.of(Instant.parse("2030-01-08T18:00:00Z"), Duration.ofMinutes(45));

    assertThat(TimeText.interval(late, KOLKATA))
        .isEqualTo("Tuesday 8 January 2030, 23:30–Wednesday 9 January 2030, 00:15");
    assertThat(TimeText.zone(KOLKATA, late.start())).isEqualTo("Asia/Kolkata (UTC+05:30)");
    assertThat(TimeText.zone(java.time.ZoneId.of("Europe/London"), Instant.parse("2030-01-08T09:00:00Z")))
        .isEqualTo("Europe/London (UTC)");
    assertThat(TimeText.zone(java.time.ZoneId.of("UTC"), late.start())).as("no offset after UTC itself")
        .isEqualTo("UTC");
  }

  @Test
  void encodes_every_value_of_the_google_and_outlook_links() {
    Interval slot = Interval.of(Instant.parse("2030-01-08T09:00:00Z"), Duration.ofMinutes(45));
    String title = "Café & Co: \"first\" talk #1 + more/less?";

    URI google = URI.create(CalendarLinks.google(title, "Line one\nline two", "https://meet.example/a?b=c&d=e",
        slot));
    URI outlook = URI.create(CalendarLinks.outlook(title, "Body", "Room 1", slot));

    assertThat(google.getHost()).isEqualTo("calendar.google.com");
    Map<String, String> g = query(google);
    assertThat(g).containsEntry("action", "TEMPLATE").containsEntry("text", title)
        .containsEntry("dates", "20300108T090000Z/20300108T094500Z").containsEntry("details", "Line one\nline two")
        .containsEntry("location", "https://meet.example/a?b=c&d=e");
    assertThat(google.getRawQuery()).doesNotContain(" ").doesNotContain("+");
    Map<String, String> o = query(outlook);
    assertThat(outlook.getHost()).isEqualTo("outlook.live.com");
    assertThat(o).containsEntry("path", "/calendar/action/compose").containsEntry("rru", "addevent")
        .containsEntry("subject", title).containsEntry("startdt", "2030-01-08T09:00:00Z")
        .containsEntry("enddt", "2030-01-08T09:45:00Z").containsEntry("body", "Body")
        .containsEntry("location", "Room 1");
  }

  @Test
  void escapes_hostile_names_and_titles_in_the_rendered_page() {
    String hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    ManagePage page = ManagePage.of(booking(Instant.parse("2030-01-08T09:00:00Z"), LONDON, LONDON,
        BookingStatus.CONFIRMED, hostile, hostile), List.of(), null);

    String html = new Templates().render("manage", page);

    assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x")
        .contains("&lt;script&gt;alert(").contains("&quot;&gt;&lt;img src&#61;x");
    // in the link the name is percent-encoded first, then the URL is HTML-escaped into the attribute
    assertThat(html).contains("href=\"https://calendar.google.com/calendar/render?action&#61;TEMPLATE&amp;text&#61;"
        + "%3Cscript%3Ealert");
  }

  @Test
  void lists_only_the_days_with_slots_and_shows_times_in_the_candidates_zone() {
    List<Slot> slots = List.of(slot("2030-01-08T09:00:00Z"), slot("2030-01-08T09:15:00Z"),
        slot("2030-01-10T12:00:00Z"));
    SlotsView view = new SlotsView(45, KOLKATA, LONDON, LocalDate.parse("2030-01-07"), LocalDate.parse("2030-01-27"),
        slots);

    Instant now = Instant.parse("2030-01-07T08:00:00Z");
    SlotPicker first = SlotPicker.of(view, "/book/t", Optional.empty(), Optional.empty(), now);
    SlotPicker chosen = SlotPicker.of(view, "/book/t", Optional.of(LocalDate.parse("2030-01-09")),
        Optional.of(Instant.parse("2030-01-10T12:00:00Z")), now);

    assertThat(first.dates()).extracting(SlotPicker.DateOption::iso).containsExactly("2030-01-08", "2030-01-10");
    assertThat(first.dates().get(0).href()).isEqualTo("/book/t?zone=Asia%2FKolkata&date=2030-01-08");
    assertThat(first.date()).isEqualTo("2030-01-08");
    assertThat(first.slots()).extracting(SlotPicker.SlotOption::label)
        .containsExactly("14:30–15:15", "14:45–15:30");
    assertThat(first.slots()).extracting(SlotPicker.SlotOption::value)
        .containsExactly("2030-01-08T09:00:00Z", "2030-01-08T09:15:00Z");
    assertThat(chosen.date()).as("a day without slots is not shown; the chosen slot's day is")
        .isEqualTo("2030-01-10");
    assertThat(chosen.slots()).singleElement().satisfies(option -> assertThat(option.checked()).isTrue());
    assertThat(chosen.zones()).filteredOn(ZoneOption::selected).extracting(ZoneOption::id)
        .containsExactly("Asia/Kolkata");
  }

  @Test
  void an_unknown_zone_falls_back_with_a_message_and_a_missing_one_lets_the_browser_choose() {
    ZoneChoice unknown = ZoneChoice.of("Mars/Olympus_Mons", LONDON);
    ZoneChoice offset = ZoneChoice.of("+02:00", LONDON);
    ZoneChoice none = ZoneChoice.of(null, LONDON);
    ZoneChoice known = ZoneChoice.of("Asia/Kolkata", LONDON);

    assertThat(unknown.zone()).isEqualTo(LONDON);
    assertThat(unknown.notice()).contains("Mars/Olympus_Mons").contains("Europe/London");
    assertThat(offset.zone()).isEqualTo(LONDON);
    assertThat(none.chosen()).isFalse();
    assertThat(none.notice()).isNull();
    assertThat(known.zone()).isEqualTo(KOLKATA);
    assertThat(known.chosen()).isTrue();
  }

  @Test
  void a_video_link_is_a_link_but_other_locations_are_text() {
    ManagePage video = ManagePage.of(booking(Instant.parse("2030-01-08T09:00:00Z"), LONDON, LONDON,
        BookingStatus.CONFIRMED, "Interview", "Dana"), List.of(), null);
    ManagePage cancelled = ManagePage.of(booking(Instant.parse("2030-01-08T09:00:00Z"), LONDON, LONDON,
        BookingStatus.CANCELLED, "Interview", "Dana"), List.of(), null);

    assertThat(video.locationHref()).isEqualTo("https://meet.example/room");
    assertThat(video.canChange()).isTrue();
    assertThat(cancelled.canChange()).isFalse();
    assertThat(cancelled.cancelled()).isTrue();
    assertThat(cancelled.heading()).isEqualTo("Your interview was cancelled");
  }

  private static Slot slot(String start) {
    Instant begin = Instant.parse(start);
    return new Slot(begin, begin.plus(Duration.ofMinutes(45)));
  }

  private static CandidateBooking booking(Instant start, ZoneId candidate, ZoneId interviewer, BookingStatus status,
      String title, String interviewerName) {
    BookingLinkDetails details = new BookingLinkDetails(new BookingId(UUID.randomUUID()), status, title,
        "A first conversation.", 45, interviewerName, interviewer, candidate, LocationKind.VIDEO,
        Optional.of("https://meet.example/room"), Optional.of(Interval.of(start, Duration.ofMinutes(45))),
        Optional.empty());
    return new CandidateBooking(details, "mt_token", start.plus(Duration.ofDays(7)));
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] parts = pair.split("=", 2);
      values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    return values;
  }
}
