package dev.hireloop.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.shared.Interval;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookingEmailsTest {
  private static final Interval SLOT = Interval.of(Instant.parse("2030-03-31T08:00:00Z"), Duration.ofMinutes(45));
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final BookingEmails emails = new BookingEmails();

  @Test
  void escapes_every_value_in_the_html_and_keeps_the_text_as_written() {
    BookingEmails.Composed mail = emails.compose(content(BookingEmails.Kind.CONFIRMED, "<b>Chat</b> & \"more\"",
        "O'Brien <script>", LocationKind.ADDRESS, "1 <Main> St", Optional.empty()));

    assertThat(mail.html()).contains("&lt;b&gt;Chat&lt;/b&gt; &amp; &quot;more&quot;", "O&#39;Brien &lt;script&gt;",
        "1 &lt;Main&gt; St").doesNotContain("<script>", "<b>Chat");
    assertThat(mail.text()).contains("<b>Chat</b> & \"more\"", "O'Brien <script>", "Where:    1 <Main> St");
  }

  @Test
  void writes_the_time_in_the_recipients_zone_then_the_other_partys() {
    BookingEmails.Composed mail = emails.compose(content(BookingEmails.Kind.CONFIRMED, "Interview", "Ada",
        LocationKind.VIDEO, "https://meet.example.com/x", Optional.empty()));

    assertThat(mail.subject()).isEqualTo(
        "Interview confirmed: Interview, Sunday 31 March 2030, 13:30–14:15 Asia/Kolkata (UTC+05:30)");
    assertThat(mail.text()).contains("When:     Sunday 31 March 2030, 13:30–14:15 Asia/Kolkata (UTC+05:30)",
        "Sunday 31 March 2030, 09:00–09:45 Europe/London (UTC+01:00) (interviewer's time)",
        "Duration: 45 minutes", "Where:    Video call: https://meet.example.com/x", "Booking:  b-1");
  }

  @Test
  void names_a_zone_with_its_offset_except_utc_itself() {
    Interval slot = Interval.of(Instant.parse("2030-01-21T09:00:00Z"), Duration.ofMinutes(45));

    assertThat(BookingEmails.when(slot, ZoneId.of("Europe/London")))
        .isEqualTo("Monday 21 January 2030, 09:00–09:45 Europe/London (UTC)");
    assertThat(BookingEmails.when(slot, ZoneId.of("UTC"))).isEqualTo("Monday 21 January 2030, 09:00–09:45 UTC");
    assertThat(BookingEmails.when(slot, ZoneId.of("America/New_York")))
        .isEqualTo("Monday 21 January 2030, 04:00–04:45 America/New_York (UTC-05:00)");
  }

  @Test
  void says_what_changed_for_a_move_and_a_cancellation() {
    Interval before = Interval.of(Instant.parse("2030-03-29T08:00:00Z"), Duration.ofMinutes(45));
    BookingEmails.Composed moved = emails.compose(content(BookingEmails.Kind.RESCHEDULED, "Interview", "Ada",
        LocationKind.PHONE, "", Optional.of(before)));
    BookingEmails.Composed cancelled = emails.compose(content(BookingEmails.Kind.CANCELLED, "Interview", "Ada",
        LocationKind.PHONE, "+44 20 7946 0000", Optional.empty()));

    assertThat(moved.subject()).startsWith("Interview moved: ");
    assertThat(moved.text()).contains("has moved to a new time", "Before:   Friday 29 March 2030, 13:30–14:15",
        "no longer valid", "Where:    Phone call\n");
    assertThat(moved.html()).contains("<s>Friday 29 March 2030");
    assertThat(cancelled.subject()).startsWith("Interview cancelled: ");
    assertThat(cancelled.text()).contains("has been cancelled", "Was:      Sunday 31 March 2030",
        "removes it from your calendar", "Phone call: +44 20 7946 0000");
  }

  @Test
  void keeps_the_subject_on_one_line() {
    BookingEmails.Composed mail = emails.compose(content(BookingEmails.Kind.CONFIRMED, "Two\r\nlines", "Ada",
        LocationKind.VIDEO, "", Optional.empty()));

    assertThat(mail.subject()).doesNotContain("\r", "\n").startsWith("Interview confirmed: Two lines, ");
  }

  @Test
  void links_to_the_manage_page_in_text_and_escaped_html_only_when_given_one() {
    URI page = URI.create("https://jobs.example.com/interviews/abc.def?x=1&y=%3Cz%3E");
    BookingEmails.Content without = content(BookingEmails.Kind.CONFIRMED, "Interview", "Ada", LocationKind.VIDEO, "",
        Optional.empty());
    BookingEmails.Content with = new BookingEmails.Content(without.kind(), without.bookingId(), without.title(),
        without.otherParty(), without.slot(), without.previous(), without.recipientZone(), without.otherZone(),
        without.otherZoneLabel(), without.locationKind(), without.locationDetail(), Optional.of(page));

    BookingEmails.Composed linked = emails.compose(with);
    BookingEmails.Composed plain = emails.compose(without);

    assertThat(linked.text()).contains("Reschedule or cancel: " + page + "\n");
    assertThat(linked.html()).contains("href=\"https://jobs.example.com/interviews/abc.def?x=1&amp;y=%3Cz%3E\"")
        .doesNotContain("x=1&y");
    assertThat(plain.text()).doesNotContain("Reschedule or cancel");
    assertThat(plain.html()).doesNotContain("Reschedule or cancel");
  }

  private static BookingEmails.Content content(BookingEmails.Kind kind, String title, String otherParty,
      LocationKind where, String detail, Optional<Interval> previous) {
    return new BookingEmails.Content(kind, "b-1", title, otherParty, SLOT, previous, KOLKATA, LONDON,
        "interviewer's time", where, detail);
  }
}
