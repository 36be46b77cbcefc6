package dev.hireloop.domain.booking;

import static dev.hireloop.domain.testing.Fixtures.RECRUITER;
import static dev.hireloop.domain.testing.Fixtures.T0;
import static dev.hireloop.domain.testing.Fixtures.daysAfterT0;
import static dev.hireloop.domain.testing.Fixtures.minutesAfterT0;
import static dev.hireloop.domain.testing.Fixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.domain.testing.Expect;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class BookingTest {

  private static final BookingId ID = new BookingId(uuid(40));
  private static final ProfileId PROFILE = new ProfileId(uuid(41));
  private static final JobId JOB = new JobId(uuid(42));
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant EXPIRY = daysAfterT0(7);

  /** A 45-minute slot starting {@code days} days after T0, at T0's time of day. */
  private static Interval slotOnDay(long days) {
    return Interval.of(daysAfterT0(days), Duration.ofMinutes(45));
  }

  private static Booking requested() {
    return Booking.request(ID, RECRUITER, PROFILE, Optional.of(JOB), "manual", 45, NEW_YORK, Optional.of(EXPIRY),
        T0);
  }

  private static Booking confirmed() {
    return requested().confirm(slotOnDay(3), minutesAfterT0(10));
  }

  @Test
  void a_request_is_a_pending_link_without_a_slot() {
    Booking booking = requested();

    assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
    assertThat(booking.slot()).isEmpty();
    assertThat(booking.reschedules()).isEmpty();
    assertThat(booking.cancellationReason()).isEmpty();
    assertThat(booking.externalId()).isEmpty();
    assertThat(booking.expiresAt()).contains(EXPIRY);
    assertThat(booking.provider()).isEqualTo("manual");
    assertThat(booking.durationMinutes()).isEqualTo(45);
    assertThat(booking.candidateTimeZone()).isEqualTo(NEW_YORK);
    assertThat(booking.jobId()).contains(JOB);
    assertThat(booking.createdAt()).isEqualTo(T0);
    assertThat(booking.version()).isEqualTo(Version.initial());
  }

  @Test
  void a_request_may_have_no_expiry_and_no_job() {
    Booking booking = Booking.request(ID, RECRUITER, PROFILE, Optional.empty(), "calcom", 30, NEW_YORK,
        Optional.empty(), T0);

    assertThat(booking.jobId()).isEmpty();
    assertThat(booking.isExpiredAt(daysAfterT0(10_000))).isFalse();
  }

  @Test
  void rejects_a_link_that_expires_now_or_earlier() {
    Expect.ruleViolation("booking.expiry-in-past", () -> Booking.request(ID, RECRUITER, PROFILE, Optional.empty(),
        "manual", 45, NEW_YORK, Optional.of(T0), T0));
    Expect.ruleViolation("booking.expiry-in-past", () -> Booking.request(ID, RECRUITER, PROFILE, Optional.empty(),
        "manual", 45, NEW_YORK, Optional.of(T0.minusSeconds(1)), T0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"manual", "calcom", "cal_com", "google-calendar", "m365", "a"})
  void accepts_lower_case_provider_names(String provider) {
    assertThat(Booking.request(ID, RECRUITER, PROFILE, Optional.empty(), provider, 45, NEW_YORK, Optional.empty(),
        T0).provider()).isEqualTo(provider);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Cal.com", "CalCom", "cal com", "1password", "-manual", "cal.com",
      "abcdefghijklmnopqrstuvwxyz0123456"})
  void rejects_provider_names_that_are_not_lower_case_identifiers(String provider) {
    Expect.invalid("booking.provider-invalid", () -> Booking.request(ID, RECRUITER, PROFILE, Optional.empty(),
        provider, 45, NEW_YORK, Optional.empty(), T0));
  }

  @Test
  void accepts_durations_from_5_to_480_minutes() {
    for (int minutes : new int[] {5, 480}) {
      assertThat(Booking.request(ID, RECRUITER, PROFILE, Optional.empty(), "manual", minutes, NEW_YORK,
          Optional.empty(), T0).durationMinutes()).isEqualTo(minutes);
    }
    for (int minutes : new int[] {0, 4, 481}) {
      Expect.invalid("value.out-of-range", () -> Booking.request(ID, RECRUITER, PROFILE, Optional.empty(),
          "manual", minutes, NEW_YORK, Optional.empty(), T0));
    }
  }

  @Test
  void confirming_takes_the_chosen_slot() {
    Booking booking = requested().confirm(slotOnDay(3), minutesAfterT0(10));

    assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(booking.slot()).contains(slotOnDay(3));
    assertThat(booking.updatedAt()).isEqualTo(minutesAfterT0(10));
    assertThat(booking.id()).isEqualTo(ID);
    assertThat(booking.isExpiredAt(daysAfterT0(30))).isFalse();
  }

  @Test
  void the_chosen_slot_must_last_exactly_the_booking_duration() {
    Expect.invalid("booking.slot-duration",
        () -> requested().confirm(Interval.of(daysAfterT0(3), Duration.ofMinutes(30)), T0));
    Expect.invalid("booking.slot-duration",
        () -> requested().confirm(Interval.of(daysAfterT0(3), Duration.ofMinutes(46)), T0));
  }

  @Test
  void a_slot_that_has_started_cannot_be_chosen() {
    Instant now = daysAfterT0(3);

    Expect.ruleViolation("booking.slot-in-past", () -> requested().confirm(slotOnDay(3), now));
    Expect.ruleViolation("booking.slot-in-past", () -> requested().confirm(slotOnDay(2), now));
    assertThat(requested().confirm(slotOnDay(3), now.minusNanos(1)).status()).isEqualTo(BookingStatus.CONFIRMED);
  }

  @Test
  void an_expired_link_cannot_be_confirmed() {
    Booking booking = requested();

    assertThat(booking.isExpiredAt(EXPIRY.minusNanos(1))).isFalse();
    assertThat(booking.isExpiredAt(EXPIRY)).isTrue();
    Expect.ruleViolation("booking.link-expired", () -> booking.confirm(slotOnDay(9), EXPIRY));
    Expect.ruleViolation("booking.link-expired", () -> booking.confirm(slotOnDay(9), daysAfterT0(8)));
  }

  @Test
  void a_confirmed_or_cancelled_booking_cannot_be_confirmed_again() {
    Expect.illegalTransition("booking", BookingStatus.CONFIRMED, BookingStatus.CONFIRMED,
        () -> confirmed().confirm(slotOnDay(4), T0));
    Booking cancelled = requested().cancel(Optional.empty(), T0);
    Expect.illegalTransition("booking", BookingStatus.CANCELLED, BookingStatus.CONFIRMED,
        () -> cancelled.confirm(slotOnDay(4), T0));
  }

  @Test
  void rescheduling_keeps_the_booking_and_records_the_move() {
    Booking moved = confirmed().reschedule(slotOnDay(4), Optional.of(" Candidate asked "), daysAfterT0(1));

    assertThat(moved.id()).isEqualTo(ID);
    assertThat(moved.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(moved.slot()).contains(slotOnDay(4));
    assertThat(moved.updatedAt()).isEqualTo(daysAfterT0(1));
    assertThat(moved.reschedules())
        .containsExactly(new Reschedule(slotOnDay(3), slotOnDay(4), daysAfterT0(1), Optional.of("Candidate asked")));
  }

  @Test
  void each_reschedule_is_appended_to_the_history_in_order() {
    Booking moved = confirmed()
        .reschedule(slotOnDay(4), Optional.empty(), daysAfterT0(1))
        .reschedule(slotOnDay(5), Optional.of("Recruiter ill"), daysAfterT0(2));

    assertThat(moved.reschedules()).containsExactly(
        new Reschedule(slotOnDay(3), slotOnDay(4), daysAfterT0(1), Optional.empty()),
        new Reschedule(slotOnDay(4), slotOnDay(5), daysAfterT0(2), Optional.of("Recruiter ill")));
    assertThatThrownBy(() -> moved.reschedules().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rescheduling_does_not_change_the_booking_it_started_from() {
    Booking original = confirmed();

    original.reschedule(slotOnDay(4), Optional.empty(), daysAfterT0(1));

    assertThat(original.slot()).contains(slotOnDay(3));
    assertThat(original.reschedules()).isEmpty();
  }

  @Test
  void only_a_confirmed_booking_can_be_rescheduled() {
    Expect.ruleViolation("booking.not-confirmed",
        () -> requested().reschedule(slotOnDay(4), Optional.empty(), T0));
    Booking cancelled = confirmed().cancel(Optional.empty(), daysAfterT0(1));
    Expect.ruleViolation("booking.not-confirmed",
        () -> cancelled.reschedule(slotOnDay(4), Optional.empty(), daysAfterT0(1)));
  }

  @Test
  void rescheduling_to_the_same_slot_is_refused() {
    Expect.ruleViolation("booking.same-slot", () -> confirmed().reschedule(slotOnDay(3), Optional.empty(), T0));
  }

  @Test
  void rescheduling_needs_a_future_slot_of_the_booking_duration() {
    Expect.ruleViolation("booking.slot-in-past",
        () -> confirmed().reschedule(slotOnDay(1), Optional.empty(), daysAfterT0(2)));
    Expect.invalid("booking.slot-duration", () -> confirmed()
        .reschedule(Interval.of(daysAfterT0(4), Duration.ofMinutes(60)), Optional.empty(), T0));
  }

  @Test
  void a_pending_or_confirmed_booking_can_be_cancelled_with_a_reason() {
    Booking cancelledLink = requested().cancel(Optional.of("  Role filled "), minutesAfterT0(5));
    Booking cancelledMeeting = confirmed().cancel(Optional.of("Candidate withdrew"), daysAfterT0(1));

    assertThat(cancelledLink.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(cancelledLink.cancellationReason()).contains("Role filled");
    assertThat(cancelledLink.updatedAt()).isEqualTo(minutesAfterT0(5));
    assertThat(cancelledMeeting.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(cancelledMeeting.cancellationReason()).contains("Candidate withdrew");
    assertThat(cancelledMeeting.slot()).contains(slotOnDay(3));
  }

  @Test
  void a_cancellation_reason_is_optional_and_bounded() {
    assertThat(confirmed().cancel(Optional.empty(), daysAfterT0(1)).cancellationReason()).isEmpty();
    assertThat(confirmed().cancel(Optional.of("   "), daysAfterT0(1)).cancellationReason()).isEmpty();
    Expect.invalid("value.too-long", () -> confirmed().cancel(Optional.of("r".repeat(501)), daysAfterT0(1)));
  }

  @Test
  void a_finished_booking_cannot_be_cancelled() {
    Booking cancelled = confirmed().cancel(Optional.empty(), daysAfterT0(1));
    Booking completed = confirmed().complete(daysAfterT0(3));
    Booking noShow = confirmed().markNoShow(daysAfterT0(3));

    Expect.illegalTransition("booking", BookingStatus.CANCELLED, BookingStatus.CANCELLED,
        () -> cancelled.cancel(Optional.empty(), daysAfterT0(2)));
    Expect.illegalTransition("booking", BookingStatus.COMPLETED, BookingStatus.CANCELLED,
        () -> completed.cancel(Optional.empty(), daysAfterT0(4)));
    Expect.illegalTransition("booking", BookingStatus.NO_SHOW, BookingStatus.CANCELLED,
        () -> noShow.cancel(Optional.empty(), daysAfterT0(4)));
  }

  @Test
  void completes_or_is_marked_no_show_from_the_moment_the_slot_starts() {
    Instant start = slotOnDay(3).start();

    Booking completed = confirmed().complete(start);
    Booking noShow = confirmed().markNoShow(start.plusSeconds(600));

    assertThat(completed.status()).isEqualTo(BookingStatus.COMPLETED);
    assertThat(completed.updatedAt()).isEqualTo(start);
    assertThat(noShow.status()).isEqualTo(BookingStatus.NO_SHOW);
    assertThat(noShow.slot()).contains(slotOnDay(3));
  }

  @Test
  void cannot_complete_or_mark_no_show_before_the_slot_starts() {
    Instant justBefore = slotOnDay(3).start().minusNanos(1);

    Expect.ruleViolation("booking.not-started", () -> confirmed().complete(justBefore));
    Expect.ruleViolation("booking.not-started", () -> confirmed().markNoShow(justBefore));
  }

  @Test
  void a_pending_booking_cannot_complete_or_be_marked_no_show() {
    Expect.illegalTransition("booking", BookingStatus.PENDING, BookingStatus.COMPLETED,
        () -> requested().complete(daysAfterT0(3)));
    Expect.illegalTransition("booking", BookingStatus.PENDING, BookingStatus.NO_SHOW,
        () -> requested().markNoShow(daysAfterT0(3)));
  }

  @Test
  void records_the_providers_own_id() {
    Booking booking = confirmed().withExternalId(" cal_uid_123 ", daysAfterT0(1));

    assertThat(booking.externalId()).contains("cal_uid_123");
    assertThat(booking.updatedAt()).isEqualTo(daysAfterT0(1));
    assertThat(booking.cancel(Optional.empty(), daysAfterT0(2)).externalId()).contains("cal_uid_123");
  }

  @Test
  void a_confirmed_completed_or_no_show_booking_has_a_slot() {
    for (BookingStatus status : new BookingStatus[] {
        BookingStatus.CONFIRMED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW}) {
      Expect.invalid("booking.slot-required", () -> stored(status, Optional.empty(), List.of()));
    }
    assertThat(stored(BookingStatus.PENDING, Optional.empty(), List.of()).slot()).isEmpty();
    assertThat(stored(BookingStatus.CANCELLED, Optional.empty(), List.of()).slot()).isEmpty();
  }

  @Test
  void copies_the_reschedule_history_it_is_given() {
    List<Reschedule> history =
        new ArrayList<>(List.of(new Reschedule(slotOnDay(2), slotOnDay(3), T0, Optional.empty())));

    Booking booking = stored(BookingStatus.CONFIRMED, Optional.of(slotOnDay(3)), history);
    history.clear();

    assertThat(booking.reschedules()).hasSize(1);
  }

  @Test
  void takes_the_zone_the_candidate_picked_and_keeps_everything_else() {
    Booking booked = confirmed();
    ZoneId sydney = ZoneId.of("Australia/Sydney");

    Booking moved = booked.withCandidateTimeZone(sydney, daysAfterT0(1));

    assertThat(moved.candidateTimeZone()).isEqualTo(sydney);
    assertThat(moved.updatedAt()).isEqualTo(daysAfterT0(1));
    assertThat(moved.slot()).isEqualTo(booked.slot());
    assertThat(moved.held()).isEqualTo(booked.held());
    assertThat(moved.status()).isEqualTo(booked.status());
  }

  @Test
  void keeps_its_stored_version_through_every_change() {
    Booking stored = requested().withVersion(new Version(9));

    assertThat(stored.confirm(slotOnDay(3), T0).reschedule(slotOnDay(4), Optional.empty(), T0)
        .withExternalId("x", T0).complete(daysAfterT0(4)).version()).isEqualTo(new Version(9));
  }

  private static Booking stored(BookingStatus status, Optional<Interval> slot, List<Reschedule> history) {
    return new Booking(ID, RECRUITER, PROFILE, Optional.empty(), Optional.empty(), "manual", 45, NEW_YORK, status,
        slot, slot, history, Optional.empty(), Optional.empty(), Optional.empty(), T0, T0, Version.initial());
  }
}
