package dev.hireloop.adapter.out.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.port.out.calendar.CalendarInvite;
import dev.hireloop.port.out.calendar.CalendarInvite.Method;
import dev.hireloop.port.out.notification.EmailAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.util.Configurator;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ical4jCalendarFilesTest {
  private static final List<String> ZONES = List.of("America/New_York", "Europe/London", "Australia/Sydney",
      "Asia/Kolkata", "America/St_Johns", "Asia/Kathmandu");
  private static final List<String> ZONES_WITH_DST = List.of("America/New_York", "Europe/London",
      "Australia/Sydney", "America/St_Johns");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
  private static final Instant NEW_YORK_FALL_BACK = Instant.parse("2026-11-01T06:00:00Z");

  private final Ical4jCalendarFiles files = new Ical4jCalendarFiles();

  /** Ordinary days, and for every 2026 offset change: just before, at and after it, and that day and its neighbours. */
  static Stream<Arguments> eventsAroundOffsetChanges() {
    Instant yearStart = Instant.parse("2026-01-01T00:00:00Z");
    Instant yearEnd = Instant.parse("2027-01-01T00:00:00Z");
    List<Arguments> cases = new ArrayList<>();
    for (String id : ZONES) {
      ZoneId zone = ZoneId.of(id);
      ZoneRules rules = zone.getRules();
      List<Instant> starts = new ArrayList<>(List.of(
          LocalDateTime.of(2026, 1, 15, 10, 0).atZone(zone).toInstant(),
          LocalDateTime.of(2026, 7, 15, 16, 30).atZone(zone).toInstant()));
      int transitions = 0;
      for (ZoneOffsetTransition t = rules.nextTransition(yearStart); t != null && t.getInstant().isBefore(yearEnd);
          t = rules.nextTransition(t.getInstant())) {
        transitions++;
        Instant at = t.getInstant();
        LocalDate day = t.getDateTimeAfter().toLocalDate();
        starts.addAll(List.of(at.minus(Duration.ofMinutes(30)), at, at.plus(Duration.ofMinutes(30)),
            at.minus(Duration.ofMinutes(90)), at.plus(Duration.ofMinutes(60)),
            day.atTime(9, 0).atZone(zone).toInstant(), day.atTime(23, 30).atZone(zone).toInstant(),
            day.minusDays(1).atTime(10, 0).atZone(zone).toInstant(),
            day.plusDays(1).atTime(10, 0).atZone(zone).toInstant()));
      }
      if (transitions != (ZONES_WITH_DST.contains(id) ? 2 : 0)) {
        throw new IllegalStateException(id + " has " + transitions + " offset changes in 2026");
      }
      starts.forEach(start -> cases.add(Arguments.of(zone, start)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("eventsAroundOffsetChanges")
  void dtstart_and_dtend_are_the_invites_instants_when_read_back(ZoneId zone, Instant start) {
    CalendarInvite invite = Ics.request(start, zone);

    VEvent event = Ics.event(Ics.parse(files.write(invite)));

    assertThat(Ics.instantOf(event, Property.DTSTART)).isEqualTo(start);
    assertThat(Ics.instantOf(event, Property.DTEND)).isEqualTo(invite.when().end());
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("eventsAroundOffsetChanges")
  void the_vtimezone_gives_java_times_offsets_around_the_event(ZoneId zone, Instant start) {
    CalendarInvite invite = Ics.request(start, zone);

    Calendar calendar = Ics.parse(files.write(invite));

    for (Instant i = start.minus(Duration.ofDays(300)); i.isBefore(start.plus(Duration.ofDays(300)));
        i = i.plus(Duration.ofMinutes(30))) {
      assertThat(Ics.vtimezoneOffset(calendar, i)).as("offset at %s", i).isEqualTo(zone.getRules().getOffset(i));
    }
    VEvent event = Ics.event(calendar);
    assertLocalTimeNamesInstant(calendar, event.getProperty(Property.DTSTART).orElseThrow(), zone, start);
    assertLocalTimeNamesInstant(calendar, event.getProperty(Property.DTEND).orElseThrow(), zone,
        invite.when().end());
  }

  /** TZID=zone with the local time the VTIMEZONE maps to the instant, or UTC for a repeated local time. */
  private static void assertLocalTimeNamesInstant(Calendar calendar, Property property, ZoneId zone,
      Instant instant) {
    Optional<Parameter> tzid = property.getParameter(Parameter.TZID);
    if (Ical4jCalendarFiles.isSecondOccurrence(instant, zone)) {
      assertThat(tzid).isEmpty();
      assertThat(property.getValue()).isEqualTo(LOCAL.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z");
    } else {
      assertThat(tzid).map(Parameter::getValue).contains(zone.getId());
      ZoneOffset offset = Ics.vtimezoneOffset(calendar, instant);
      assertThat(property.getValue()).isEqualTo(LOCAL.format(LocalDateTime.ofInstant(instant, offset)));
    }
  }

  @Test
  void an_event_in_the_hour_repeated_when_clocks_go_back_is_written_in_utc() {
    Instant firstOneThirty = NEW_YORK_FALL_BACK.minus(Duration.ofMinutes(30));
    Instant secondOneThirty = NEW_YORK_FALL_BACK.plus(Duration.ofMinutes(30));
    ZoneId newYork = ZoneId.of("America/New_York");

    String first = new String(files.write(Ics.request(firstOneThirty, newYork)), StandardCharsets.UTF_8);
    String second = new String(files.write(Ics.request(secondOneThirty, newYork)), StandardCharsets.UTF_8);

    assertThat(first).contains("\r\nDTSTART;TZID=America/New_York:20261101T013000\r\n");
    assertThat(second).contains("\r\nDTSTART:20261101T063000Z\r\n")
        .contains("\r\nDTEND;TZID=America/New_York:20261101T021500\r\n");
  }

  @Test
  void a_request_carries_uid_sequence_method_status_people_and_a_fifteen_minute_alarm() {
    CalendarInvite invite = Ics.invite(Method.REQUEST, 3, Instant.parse("2026-05-04T14:00:00Z"),
        Duration.ofHours(1), ZoneId.of("Europe/London"));

    Calendar calendar = Ics.parse(files.write(invite));
    VEvent event = Ics.event(calendar);

    assertThat(Ics.value(calendar, Property.PRODID)).isEqualTo("-//Hireloop//Hireloop//EN");
    assertThat(Ics.value(calendar, Property.VERSION)).isEqualTo("2.0");
    assertThat(Ics.value(calendar, Property.CALSCALE)).isEqualTo("GREGORIAN");
    assertThat(Ics.value(calendar, Property.METHOD)).isEqualTo("REQUEST");
    assertThat(Ics.value(event, Property.UID)).isEqualTo("booking-0b5c7a1e@hireloop.example");
    assertThat(Ics.value(event, Property.SEQUENCE)).isEqualTo("3");
    assertThat(Ics.value(event, Property.DTSTAMP)).isEqualTo("20260201T093000Z");
    assertThat(Ics.value(event, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(Ics.value(event, Property.TRANSP)).isEqualTo("OPAQUE");
    assertThat(Ics.value(event, Property.SUMMARY)).isEqualTo("Interview: Backend Engineer");
    assertThat(Ics.value(event, Property.DESCRIPTION)).isEqualTo("Technical interview with the hiring team.");
    assertThat(Ics.value(event, Property.LOCATION)).isEqualTo("https://meet.example.com/abc-defg-hij");

    Property organizer = event.getProperty(Property.ORGANIZER).orElseThrow();
    assertThat(organizer.getValue()).isEqualTo("mailto:ada@hireloop.example");
    assertThat(organizer.getParameter(Parameter.CN)).map(Parameter::getValue).contains("Ada Recruiter");
    List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
    assertThat(attendees).extracting(Property::getValue)
        .containsExactly("mailto:bob@candidate.example", "mailto:ada@hireloop.example");
    for (Attendee attendee : attendees) {
      assertThat(attendee.getParameter(Parameter.ROLE)).map(Parameter::getValue).contains("REQ-PARTICIPANT");
      assertThat(attendee.getParameter(Parameter.PARTSTAT)).map(Parameter::getValue).contains("NEEDS-ACTION");
      assertThat(attendee.getParameter(Parameter.RSVP)).map(Parameter::getValue).contains("TRUE");
    }
    assertThat(attendees.get(0).getParameter(Parameter.CN)).map(Parameter::getValue).contains("Bob Candidate");

    List<VAlarm> alarms = event.getComponents(Component.VALARM);
    assertThat(alarms).hasSize(1);
    assertThat(Ics.value(alarms.get(0), Property.TRIGGER)).isEqualTo("-PT15M");
    assertThat(Ics.value(alarms.get(0), Property.ACTION)).isEqualTo("DISPLAY");
  }

  @Test
  void a_cancellation_keeps_uid_and_sequence_says_cancelled_and_has_no_alarm() {
    CalendarInvite invite = Ics.invite(Method.CANCEL, 4, Instant.parse("2026-05-04T14:00:00Z"),
        Duration.ofHours(1), ZoneId.of("Europe/London"));

    byte[] ics = files.write(invite);
    Calendar calendar = Ics.parse(ics);
    VEvent event = Ics.event(calendar);

    assertThat(Ics.value(calendar, Property.METHOD)).isEqualTo("CANCEL");
    assertThat(Ics.value(event, Property.UID)).isEqualTo("booking-0b5c7a1e@hireloop.example");
    assertThat(Ics.value(event, Property.SEQUENCE)).isEqualTo("4");
    assertThat(Ics.value(event, Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(event.getComponents(Component.VALARM)).isEmpty();
    assertThat(new String(ics, StandardCharsets.UTF_8)).doesNotContain("VALARM");
    assertThat(files.contentType(invite)).isEqualTo("text/calendar; method=CANCEL; charset=UTF-8");
  }

  @Test
  void hostile_text_round_trips_through_escaping() {
    String summary = "Interview; round 2, with Zoë \\ Ünal 😀 — 面试";
    String description = "Line one\nLine two; a, b \\n is not a newline\r\nWindows line\rold Mac line\ttab "
        + "👩‍💻🏳️‍🌈 ".repeat(20);
    String location = "Room \"4\"; Floor 2, Straße 1\nBerlin";
    CalendarInvite invite = new CalendarInvite("uid-hostile", 0, Method.REQUEST, summary, description, location,
        Interval.of(Instant.parse("2026-06-01T12:00:00Z"), Duration.ofMinutes(30)), ZoneId.of("Asia/Kolkata"),
        Ics.RECRUITER, List.of(Ics.CANDIDATE), Ics.STAMP);

    byte[] ics = files.write(invite);
    VEvent event = Ics.event(Ics.parse(ics));

    assertThat(Ics.value(event, Property.SUMMARY)).isEqualTo(summary);
    assertThat(Ics.value(event, Property.DESCRIPTION))
        .isEqualTo(description.replace("\r\n", "\n").replace('\r', '\n').stripTrailing());
    assertThat(Ics.value(event, Property.LOCATION)).isEqualTo(location);
    String raw = new String(ics, StandardCharsets.UTF_8);
    assertThat(raw).contains("SUMMARY:Interview\\; round 2\\, with Zoë \\\\ Ünal 😀 — 面试\r\n");
    assertThat(raw).contains("DESCRIPTION:Line one\\nLine two\\; a\\, b \\\\n is not a newline");
  }

  @Test
  void display_names_with_quotes_commas_and_line_breaks_stay_one_parameter() {
    EmailAddress odd = EmailAddress.of("O'Neil, \"Zoë\";\nJr. 😀", Email.of("zoe+interview@example.com"));
    CalendarInvite invite = new CalendarInvite("uid-names", 0, Method.REQUEST, "Interview", "", "",
        Interval.of(Instant.parse("2026-06-01T12:00:00Z"), Duration.ofMinutes(30)), ZoneId.of("Asia/Kathmandu"),
        Ics.RECRUITER, List.of(odd), Ics.STAMP);

    VEvent event = Ics.event(Ics.parse(files.write(invite)));

    Attendee attendee = event.<Attendee>getProperty(Property.ATTENDEE).orElseThrow();
    assertThat(attendee.getValue()).isEqualTo("mailto:zoe+interview@example.com");
    assertThat(attendee.getParameter(Parameter.CN)).map(Parameter::getValue).contains("O'Neil, \"Zoë\"; Jr. 😀");
    assertThat(attendee.getParameter(Parameter.ROLE)).map(Parameter::getValue).contains("REQ-PARTICIPANT");
  }

  @ParameterizedTest(name = "offset {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
  void every_line_is_at_most_75_octets_ends_in_crlf_and_never_splits_a_character(int offset) {
    // spaces and multi-octet characters land on every fold position across the offsets
    String summary = "x".repeat(offset) + "é€😀 ".repeat(40) + "面 a".repeat(30) + "end";
    EmailAddress longName = EmailAddress.of("Zoë " + "Ωμέγα ".repeat(20), Email.of("zoe@example.com"));
    CalendarInvite invite = new CalendarInvite("uid-" + "u".repeat(150), 1, Method.REQUEST, summary,
        "d".repeat(offset) + "😀".repeat(300), "🏢".repeat(offset + 50),
        Interval.of(Instant.parse("2026-03-29T00:30:00Z"), Duration.ofMinutes(60)), ZoneId.of("Europe/London"),
        Ics.RECRUITER, List.of(longName), Ics.STAMP);

    byte[] ics = files.write(invite);

    List<byte[]> lines = physicalLines(ics);
    assertThat(lines).hasSizeGreaterThan(30);
    for (byte[] line : lines) {
      assertThat(line.length).isLessThanOrEqualTo(75);
      assertThat(decodesStrictly(line)).as("a line is whole UTF-8 on its own").isTrue();
    }
    VEvent event = Ics.event(Ics.parse(ics));
    assertThat(Ics.value(event, Property.SUMMARY)).isEqualTo(summary);
    assertThat(Ics.value(event, Property.UID)).isEqualTo(invite.uid());
  }

  /** Splits on CRLF and fails on a bare CR or LF, or a missing final CRLF. */
  private static List<byte[]> physicalLines(byte[] ics) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < ics.length; i++) {
      if (ics[i] == '\r') {
        assertThat(i + 1 < ics.length && ics[i + 1] == '\n').as("CR at %d is followed by LF", i).isTrue();
        byte[] line = new byte[i - start];
        System.arraycopy(ics, start, line, 0, line.length);
        lines.add(line);
        start = i + 2;
        i++;
      } else {
        assertThat(ics[i]).as("bare LF at %d", i).isNotEqualTo((byte) '\n');
      }
    }
    assertThat(start).as("the file ends with CRLF").isEqualTo(ics.length);
    return lines;
  }

  private static boolean decodesStrictly(byte[] line) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void the_same_invite_always_gives_the_same_bytes() throws Exception {
    CalendarInvite invite = Ics.request(Instant.parse("2026-10-04T01:30:00Z"), ZoneId.of("Australia/Sydney"));
    byte[] expected = files.write(invite);

    assertThat(new Ical4jCalendarFiles().write(invite)).isEqualTo(expected);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> files.write(invite)));
      }
      for (Future<byte[]> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"REQUEST", "CANCEL"})
  void ical4j_validates_the_file_as_a_calendar_app_would_read_it(Method method) throws Exception {
    CalendarInvite invite = Ics.invite(method, 2, Instant.parse("2026-03-08T14:00:00Z"), Duration.ofMinutes(45),
        ZoneId.of("America/New_York"));

    Calendar calendar = Ics.parse(files.write(invite));
    ValidationResult result = calendar.validate();

    assertThat(result.hasErrors()).as("%s", result).isFalse();
  }

  @Test
  void an_empty_location_and_a_missing_name_are_left_out() {
    EmailAddress nameless = new EmailAddress(Optional.empty(), Email.of("x{y}%z@example.com"));
    CalendarInvite invite = new CalendarInvite("uid-bare", 0, Method.REQUEST, "Interview", "", "  ",
        Interval.of(Instant.parse("2026-06-01T12:00:00Z"), Duration.ofMinutes(30)), ZoneId.of("America/St_Johns"),
        nameless, List.of(nameless), Ics.STAMP);

    String raw = new String(files.write(invite), StandardCharsets.UTF_8);

    assertThat(raw).doesNotContain("LOCATION").doesNotContain("CN=")
        .contains("\r\nORGANIZER:mailto:x%7By%7D%25z@example.com\r\n");
  }

  @Test
  void a_bare_offset_zone_is_written_in_utc_without_a_vtimezone() {
    Instant start = Instant.parse("2026-06-01T12:00:00Z");
    CalendarInvite invite = Ics.request(start, ZoneOffset.ofHoursMinutes(5, 30));

    byte[] ics = files.write(invite);

    assertThat(new String(ics, StandardCharsets.UTF_8)).doesNotContain("VTIMEZONE")
        .contains("\r\nDTSTART:20260601T120000Z\r\n").contains("\r\nDTEND:20260601T124500Z\r\n");
    assertThat(Ics.instantOf(Ics.event(Ics.parse(ics)), Property.DTSTART)).isEqualTo(start);
  }

  @Test
  void a_zone_that_never_changes_offset_gets_one_standard_observance() {
    Instant start = Instant.parse("2026-06-01T12:00:00Z");

    Calendar calendar = Ics.parse(files.write(Ics.request(start, ZoneId.of("Etc/GMT-3"))));

    assertThat(Ics.vtimezoneOffset(calendar, start)).isEqualTo(ZoneOffset.ofHours(3));
    assertThat(Ics.instantOf(Ics.event(calendar), Property.DTSTART)).isEqualTo(start);
  }

  @Test
  void ical4j_is_configured_never_to_fetch_time_zones_over_the_network() {
    assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
  }

  @Test
  void the_dtstamp_comes_from_the_invite_not_the_clock() {
    CalendarInvite invite = Ics.request(Instant.parse("2026-06-01T12:00:00Z"), ZoneId.of("Asia/Kolkata"));

    VEvent event = Ics.event(Ics.parse(files.write(invite)));

    DateProperty<?> stamp = event.<DateProperty<?>>getProperty(Property.DTSTAMP).orElseThrow();
    assertThat(Instant.from(stamp.getDate())).isEqualTo(Instant.parse("2026-02-01T09:30:00Z"));
  }
}
