package dev.hireloop.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hireloop.domain.audit.ActorKind;
import dev.hireloop.domain.audit.AuditEntry;
import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.scheduling.Slot;
import dev.hireloop.domain.scheduling.SlotUnavailableException;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.GoneException;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.in.candidate.CalendarFileView;
import dev.hireloop.port.in.candidate.CancelManagedBookingCommand;
import dev.hireloop.port.in.candidate.CandidateBooking;
import dev.hireloop.port.in.candidate.JobSchedulingView;
import dev.hireloop.port.in.candidate.ListJobSlotsQuery;
import dev.hireloop.port.in.candidate.ListManagedSlotsQuery;
import dev.hireloop.port.in.candidate.RescheduleManagedBookingCommand;
import dev.hireloop.port.in.candidate.ScheduleJobInterviewCommand;
import dev.hireloop.port.in.events.DeliverEventCommand;
import dev.hireloop.port.in.job.ChangeJobStatusCommand;
import dev.hireloop.port.in.job.CreateJobCommand;
import dev.hireloop.port.in.profile.CreateProfileCommand;
import dev.hireloop.port.in.profile.ListProfilesQuery;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.scheduling.BookLinkSlotCommand;
import dev.hireloop.port.in.scheduling.BookingLinkView;
import dev.hireloop.port.in.scheduling.CreateBookingLinkCommand;
import dev.hireloop.port.in.scheduling.ListSlotsQuery;
import dev.hireloop.port.in.scheduling.RescheduleBookingCommand;
import dev.hireloop.port.in.scheduling.SlotsView;
import dev.hireloop.port.in.scheduling.UpdateEventTypeCommand;
import dev.hireloop.port.out.calendar.CalendarFiles;
import dev.hireloop.port.out.calendar.CalendarInvite;
import dev.hireloop.port.out.events.StoredEvent;
import dev.hireloop.port.out.notification.EmailMessage;
import dev.hireloop.port.out.notification.StoredEmail;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.port.out.security.LinkClaims;
import dev.hireloop.port.out.security.LinkSigner;
import dev.hireloop.testing.BlindOncePersistence;
import dev.hireloop.testing.MutableClock;
import dev.hireloop.testing.SequentialIds;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The candidate's self-service end to end through {@link Hireloop}, run against every persistence adapter: a job's
 * public page (read, slots, booking that finds or creates the profile in the booking's transaction), and the manage
 * link of a booked interview (read, slots, reschedule, cancel, calendar file), its token checked for tampering,
 * purpose and expiry; the candidate's e-mails carry the manage link when the host has candidate pages. Every refusal
 * is checked to leave nothing behind.
 *
 * <p>The clock starts on Monday 2030-01-14 at 08:00 UTC; the recruiter works in London (UTC in January) with the
 * standard hours (weekdays 09:00–17:00, 15-minute steps, the original 45-minute template); the candidate lives in
 * Sydney (UTC+11 in January).
 */
public abstract class CandidateSchedulingUseCasesContract {
  private static final Instant START = Instant.parse("2030-01-14T08:00:00Z");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalDate MONDAY = LocalDate.parse("2030-01-21");
  private static final byte[] LINK_KEY = "a link-signing key of 32 bytes!!".getBytes(StandardCharsets.US_ASCII);
  private static final String VIDEO_LINK = "https://meet.example.com/hireloop-interview";
  private static final String PAGES = "https://jobs.example.com/interviews/";

  private final MutableClock clock = MutableClock.at(START);
  private final SequentialIds ids = new SequentialIds();
  private Persistence persistence;
  private Hireloop hireloop;
  private RecruiterId ada;
  private JobId job;

  /** An isolated, empty store, migrated if it is a database. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void build_hireloop() {
    persistence = newPersistence();
    hireloop = builder(persistence).build();
    ada = hireloop.createRecruiter().create(new CreateRecruiterCommand("Ada Recruiter",
        Email.of("ada@example.com"), LONDON)).id();
    EventTypeId original = hireloop.listEventTypes().list(ada).get(0).id();
    hireloop.updateEventType().update(new UpdateEventTypeCommand(ada, original, new InterviewTemplate(
        "Platform interview", Duration.ofMinutes(45), "A talk about the platform team.", LocationKind.VIDEO,
        VIDEO_LINK), Optional.empty()));
    job = job(true);
  }

  private Hireloop.Builder builder(Persistence store) {
    return Hireloop.builder().persistence(store).clock(clock).ids(ids).linkSigningKeys(List.of(LINK_KEY));
  }

  // --- a job's public page

  @Test
  void a_job_page_shows_the_recruiters_default_interview_without_its_location_detail() {
    JobSchedulingView view = hireloop.readJobScheduling().read(job);

    assertThat(view.jobId()).isEqualTo(job);
    assertThat(view.jobTitle()).isEqualTo("Platform Engineer");
    assertThat(view.title()).isEqualTo("Platform interview");
    assertThat(view.description()).isEqualTo("A talk about the platform team.");
    assertThat(view.durationMinutes()).isEqualTo(45);
    assertThat(view.interviewerName()).isEqualTo("Ada Recruiter");
    assertThat(view.interviewerTimeZone()).isEqualTo(LONDON);
    assertThat(view.locationKind()).isEqualTo(LocationKind.VIDEO);
    assertThat(view.toString()).doesNotContain(VIDEO_LINK);
  }

  @Test
  void a_job_page_offers_exactly_the_recruiters_slots_in_the_candidates_zone() {
    SlotsView offered = hireloop.listJobSlots().slots(new ListJobSlotsQuery(job, MONDAY, MONDAY.plusDays(2), SYDNEY));

    assertThat(offered).isEqualTo(hireloop.listSlots().list(new ListSlotsQuery(ada, Optional.empty(), MONDAY,
        MONDAY.plusDays(2), SYDNEY)));
    assertThat(offered.slots()).isNotEmpty();
    assertThat(offered.candidateZone()).isEqualTo(SYDNEY);
    assertThat(offered.interviewerZone()).isEqualTo(LONDON);
  }

  @Test
  void booking_from_a_job_page_creates_one_profile_and_a_second_booking_with_that_address_reuses_it() {
    CandidateBooking first = schedule("Grace Candidate", "grace@example.org", "2030-01-21T09:00:00Z");
    CandidateBooking second = schedule("Grace C.", "grace@example.org", "2030-01-22T10:00:00Z");

    Profile profile = persistence.profiles().findByEmail(ada, Email.of("grace@example.org")).orElseThrow();
    assertThat(profile.details().fullName()).isEqualTo("Grace Candidate");
    assertThat(profile.details().timeZone()).contains(SYDNEY);
    assertThat(profile.source()).isEqualTo(ProfileSource.BOOKING_PAGE);
    assertThat(hireloop.listProfiles().list(new ListProfilesQuery(ada, Set.of(),
        List.of(), Optional.empty(), PageRequest.first(10))).total()).isEqualTo(1);
    for (CandidateBooking booked : List.of(first, second)) {
      Booking stored = persistence.bookings().findById(booked.details().bookingId()).orElseThrow();
      assertThat(stored.profileId()).isEqualTo(profile.id());
      assertThat(stored.jobId()).contains(job);
      assertThat(stored.provider()).isEqualTo("manual");
      assertThat(stored.status()).isEqualTo(BookingStatus.CONFIRMED);
      assertThat(stored.candidateTimeZone()).isEqualTo(SYDNEY);
      assertThat(stored.eventTypeId()).isPresent();
    }
    assertThat(first.details().status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(first.details().slot()).contains(new Interval(at("2030-01-21T09:00:00Z"), at("2030-01-21T09:45:00Z")));
    assertThat(first.details().locationDetail()).contains(VIDEO_LINK);
    assertThat(first.details().title()).isEqualTo("Platform interview");
    assertThat(first.manageTokenExpiresAt()).isEqualTo(at("2030-01-28T09:45:00Z"));
    assertThat(first.toString()).doesNotContain(first.manageToken());
    assertThat(eventTypes()).containsExactly("BookingConfirmed", "BookingConfirmed", "ProfileCreated");
    assertThat(audits()).filteredOn(entry -> !entry.action().startsWith("event-type"))
        .allSatisfy(entry -> assertThat(entry.actor().kind()).isEqualTo(ActorKind.CANDIDATE))
        .extracting(AuditEntry::action)
        .containsExactly("booking.confirmed", "booking.confirmed", "profile.created");
  }

  @Test
  void a_taken_slot_is_refused_with_alternatives_and_writes_no_profile() {
    schedule("Grace Candidate", "grace@example.org", "2030-01-21T09:00:00Z");
    List<String> before = eventTypes();

    SlotUnavailableException refused = failure(SlotUnavailableException.class,
        () -> schedule("Alan Candidate", "alan@example.org", "2030-01-21T09:00:00Z"));

    assertThat(refused.code()).isEqualTo("booking.slot-unavailable");
    assertThat(refused.alternatives()).isNotEmpty().extracting(Slot::start)
        .doesNotContain(at("2030-01-21T09:00:00Z"));
    assertThat(persistence.profiles().findByEmail(ada, Email.of("alan@example.org"))).isEmpty();
    assertThat(eventTypes()).isEqualTo(before);
  }

  @Test
  void when_the_ledger_refuses_the_slot_the_new_profile_is_rolled_back_with_the_booking() {
    BlindOncePersistence blind = new BlindOncePersistence(persistence);
    Hireloop racing = builder(blind).build();
    schedule("Grace Candidate", "grace@example.org", "2030-01-21T09:00:00Z");
    List<String> before = eventTypes();
    blind.blindNextLookup();

    SlotUnavailableException refused = failure(SlotUnavailableException.class, () -> racing.scheduleJobInterview()
        .schedule(new ScheduleJobInterviewCommand(job, "Alan Candidate", Email.of("alan@example.org"),
            at("2030-01-21T09:00:00Z"), SYDNEY)));

    assertThat(refused.code()).isEqualTo("booking.slot-taken");
    assertThat(refused.alternatives()).isNotEmpty();
    assertThat(persistence.profiles().findByEmail(ada, Email.of("alan@example.org"))).isEmpty();
    assertThat(eventTypes()).isEqualTo(before);
  }

  @Test
  void a_past_slot_is_refused_and_writes_nothing() {
    assertCode(() -> schedule("Grace Candidate", "grace@example.org", "2030-01-14T08:00:00Z"),
        RuleViolationException.class, "booking.slot-in-past");

    assertThat(persistence.profiles().findByEmail(ada, Email.of("grace@example.org"))).isEmpty();
    assertThat(eventTypes()).isEmpty();
  }

  @Test
  void a_draft_or_unknown_job_is_not_found_and_a_closed_job_is_gone_for_every_step() {
    JobId draft = job(false);
    JobId closed = job(true);
    hireloop.closeJob().close(new ChangeJobStatusCommand(ada, closed));
    JobId unknown = new JobId(UUID.fromString("00000000-0000-4000-8000-00000000dead"));
    List<String> before = eventTypes();

    for (JobId missing : List.of(draft, unknown)) {
      assertCode(() -> hireloop.readJobScheduling().read(missing), NotFoundException.class, "job.not-found");
      assertCode(() -> hireloop.listJobSlots().slots(new ListJobSlotsQuery(missing, MONDAY, MONDAY, SYDNEY)),
          NotFoundException.class, "job.not-found");
      assertCode(() -> scheduleFor(missing, "grace@example.org", "2030-01-21T09:00:00Z"), NotFoundException.class,
          "job.not-found");
    }
    assertCode(() -> hireloop.readJobScheduling().read(closed), GoneException.class, "job.closed");
    assertCode(() -> hireloop.listJobSlots().slots(new ListJobSlotsQuery(closed, MONDAY, MONDAY, SYDNEY)),
        GoneException.class, "job.closed");
    assertCode(() -> scheduleFor(closed, "grace@example.org", "2030-01-21T09:00:00Z"), GoneException.class,
        "job.closed");

    assertThat(persistence.profiles().findByEmail(ada, Email.of("grace@example.org"))).isEmpty();
    assertThat(eventTypes()).isEqualTo(before);
  }

  @Test
  void a_bad_name_is_refused_before_anything_is_read() {
    Throwable thrown = catchThrowable(() -> new ScheduleJobInterviewCommand(job, "  ", Email.of("g@example.org"),
        at("2030-01-21T09:00:00Z"), SYDNEY));

    assertThat(thrown).isInstanceOf(InvalidValueException.class);
  }

  // --- the manage link

  @Test
  void a_manage_token_reads_the_booking_and_a_tampered_or_unknown_one_is_one_invalid_link() {
    CandidateBooking booked = schedule("Grace Candidate", "grace@example.org", "2030-01-21T09:00:00Z");

    CandidateBooking read = hireloop.readManagedBooking().read(booked.manageToken());
    assertThat(read.details()).isEqualTo(booked.details());
    assertThat(read.manageToken()).isEqualTo(booked.manageToken());

    String token = booked.manageToken();
    char last = token.charAt(token.length() - 1);
    String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    LinkSigner signer = new HmacLinkSigner(List.of(LINK_KEY));
    String unknownBooking = signer.sign(new LinkClaims("manage", UUID.fromString(
        "00000000-0000-4000-8000-00000000beef"), at("2030-02-01T00:00:00Z")));
    String otherKey = new HmacLinkSigner(List.of("another link-signing key of 32 b".getBytes(
        StandardCharsets.US_ASCII))).sign(new LinkClaims("manage", booked.details().bookingId().value(),
        at("2030-02-01T00:00:00Z")));
    for (String bad : List.of(tampered, unknownBooking, otherKey, "not-a-token", "")) {
      assertCode(() -> hireloop.readManagedBooking().read(bad), NotFoundException.class, "manage-link.invalid");
      assertCode(() -> hireloop.cancelManagedBooking().cancel(new CancelManagedBookingCommand(bad,
          Optional.empty())), NotFoundException.class, "manage-link.invalid");
    }
    assertThat(persistence.bookings().findById(booked.details().bookingId()).orElseThrow().status())
        .isEqualTo(BookingStatus.CONFIRMED);
  }

  @Test
  void a_manage_token_expires_seven_days_after_its_slot_ends() {
    CandidateBooking booked = schedule("Grace Candidate", "grace@example.org", "2030-01-21T09:00:00Z");

    clock.set(at("2030-01-28T09:44:59Z"));
    assertThat(hireloop.readManagedBooking().read(booked.manageToken()).details().bookingId())
        .isEqualTo(booked.details().bookingId());
    clock.set(at("2030-01-28T09:45:00Z"));
    assertCode(() -> hireloop.readManagedBooking().read(booked.manageToken()), GoneException.class,
        "manage-link.expired");
    assertCode(() -> hireloop.downloadCalendarFile().calendarFile(booked.manageToken()), GoneException.class,
        "manage-link.expired");
  }

  @Test
  void a_booking_link_token_is_no_manage_token_and_a_manage_token_is_no_booking_link() {
    ProfileId grace = profile("grace@example.org");
    BookingLinkView link = hireloop.createBookingLink().create(new CreateBookingLinkCommand(ada, grace,
        Optional.empty(), "manual", SYDNEY, Optional.empty()));
    hireloop.bookLinkSlot().book(new BookLinkSlotCommand(link.token(), at("2030-01-21T09:00:00Z"),
        Optional.empty()));

    assertCode(() -> hireloop.readManagedBooking().read(link.token()), NotFoundException.class,
        "manage-link.invalid");
    String manageToken = hireloop.manageBookedLink().manage(link.token()).manageToken();
    assertCode(() -> hireloop.readBookingLink().read(manageToken), NotFoundException.class, "booking-link.invalid");
    assertCode(() -> hireloop.manageBookedLink().manage(manageToken), NotFoundException.class,
        "booking-link.invalid");
  }

  @Test
  void a_used_booking_link_gives_the_manage_token_and_a_pending_one_does_not() {
    ProfileId grace = profile("grace@example.org");
    BookingLinkView link = hireloop.createBookingLink().create(new CreateBookingLinkCommand(ada, grace,
        Optional.empty(), "manual", SYDNEY, Optional.empty()));

    assertCode(() -> hireloop.manageBookedLink().manage(link.token()), RuleViolationException.class,
        "booking-link.not-booked");
    hireloop.bookLinkSlot().book(new BookLinkSlotCommand(link.token(), at("2030-01-21T09:00:00Z"),
        Optional.empty()));
    CandidateBooking managed = hireloop.manageBookedLink().manage(link.token());

    assertThat(managed.details().bookingId()).isEqualTo(link.booking().id());
    assertThat(managed.details().status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(managed.details().locationDetail()).contains(VIDEO_LINK);
    assertThat(hireloop.readManagedBooking().read(managed.manageToken()).details().bookingId())
        .isEqualTo(link.booking().id());
  }

  @Test
  void the_candidate_reschedules_by_token_into_a_slot_that_may_overlap_their_own() {
    CandidateBooking booked = schedule("Grace Candidate", "grace@example.org", "2030-01-21T09:00:00Z");
    BookingId id = booked.details().bookingId();

    SlotsView movable = hireloop.listManagedSlots().slots(new ListManagedSlotsQuery(booked.manageToken(), MONDAY,
        MONDAY, Optional.empty()));
    assertThat(movable.candidateZone()).isEqualTo(SYDNEY);
    // a 45-minute booking may slide by one 15-minute step into its own range
    assertThat(movable.slots()).extracting(Slot::start).contains(at("2030-01-21T09:15:00Z"));

    CandidateBooking moved = hireloop.rescheduleManagedBooking().reschedule(new RescheduleManagedBookingCommand(
        booked.manageToken(), at("2030-01-21T09:15:00Z"), Optional.of(NEW_YORK)));

    assertThat(moved.details().slot()).contains(new Interval(at("2030-01-21T09:15:00Z"),
        at("2030-01-21T10:00:00Z")));
    assertThat(moved.details().candidateTimeZone()).isEqualTo(NEW_YORK);
    assertThat(moved.manageToken()).isNotEqualTo(booked.manageToken());
    assertThat(moved.manageTokenExpiresAt()).isEqualTo(at("2030-01-28T10:00:00Z"));
    Booking stored = persistence.bookings().findById(id).orElseThrow();
    assertThat(stored.reschedules()).hasSize(1);
    assertThat(stored.candidateTimeZone()).isEqualTo(NEW_YORK);
    // the old token still opens the booking, now in its new slot
    assertThat(hireloop.readManagedBooking().read(booked.manageToken()).details().slot())
        .isEqualTo(moved.details().slot());
    assertThat(eventTypes().get(0)).isEqualTo("BookingRescheduled");
    assertThat(audits().get(0)).satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("booking.rescheduled");
      assertThat(entry.actor().kind()).isEqualTo(ActorKind.CANDIDATE);
    });
  }

  @Test
  void a_reschedule_by_token_is_refused_into_a_taken_slot_with_alternatives_and_for_a_started_interview() {
    CandidateBooking grace = schedule("Grace Candidate", "grace@example.org", "2030-01-21T09:00:00Z");
    schedule("Alan Candidate", "alan@example.org", "2030-01-21T11:00:00Z");
    List<String> before = eventTypes();

    SlotUnavailableException taken = failure(SlotUnavailableException.class, () -> hireloop
        .rescheduleManagedBooking().reschedule(new RescheduleManagedBookingCommand(grace.manageToken(),
            at("2030-01-21T11:00:00Z"), Optional.empty())));
    assertThat(taken.alternatives()).isNotEmpty();
    assertThat(eventTypes()).isEqualTo(before);

    clock.set(at("2030-01-21T09:00:00Z"));
    assertCode(() -> hireloop.rescheduleManagedBooking().reschedule(new RescheduleManagedBookingCommand(
        grace.manageToken(), at("2030-01-22T09:00:00Z"), Optional.empty())), RuleViolationException.class,
        "booking.started");
    assertCode(() -> hireloop.listManagedSlots().slots(new ListManagedSlotsQuery(grace.manageToken(), MONDAY,
        MONDAY, Optional.empty())), RuleViolationException.class, "booking.started");
    assertThat(eventTypes()).isEqualTo(before);
  }

  @Test
  void the_candidate_cancels_by_token_once_and_cancelling_again_answers_the_cancelled_booking() {
    CandidateBooking booked = schedule("Grace Candidate", "grace@example.org", "2030-01-21T09:00:00Z");

    CandidateBooking cancelled = hireloop.cancelManagedBooking().cancel(new CancelManagedBookingCommand(
        booked.manageToken(), Optional.of("  I took another offer  ")));
    CandidateBooking again = hireloop.cancelManagedBooking().cancel(new CancelManagedBookingCommand(
        booked.manageToken(), Optional.empty()));

    assertThat(cancelled.details().status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(cancelled.details().locationDetail()).isEmpty();
    assertThat(again.details()).isEqualTo(cancelled.details());
    Booking stored = persistence.bookings().findById(booked.details().bookingId()).orElseThrow();
    assertThat(stored.cancellationReason()).contains("I took another offer");
    assertThat(eventTypes().stream().filter("BookingCancelled"::equals)).hasSize(1);
    assertThat(audits().get(0)).satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("booking.cancelled");
      assertThat(entry.actor().kind()).isEqualTo(ActorKind.CANDIDATE);
      assertThat(entry.details()).containsEntry("from", "confirmed").doesNotContainValue("I took another offer");
    });
    assertCode(() -> hireloop.rescheduleManagedBooking().reschedule(new RescheduleManagedBookingCommand(
        booked.manageToken(), at("2030-01-22T09:00:00Z"), Optional.empty())), RuleViolationException.class,
        "booking.not-confirmed");
    // the freed slot is offered again
    assertThat(hireloop.listJobSlots().slots(new ListJobSlotsQuery(job, MONDAY, MONDAY, LONDON)).slots())
        .extracting(Slot::start).contains(at("2030-01-21T09:00:00Z"));
  }

  @Test
  void a_started_or_completed_interview_cannot_be_cancelled_by_token() {
    CandidateBooking booked = schedule("Grace Candidate", "grace@example.org", "2030-01-21T09:00:00Z");
    CancelManagedBookingCommand cancel = new CancelManagedBookingCommand(booked.manageToken(), Optional.empty());

    clock.set(at("2030-01-21T09:10:00Z"));
    assertCode(() -> hireloop.cancelManagedBooking().cancel(cancel), RuleViolationException.class,
        "booking.started");
    hireloop.completeBooking().complete(ada, booked.details().bookingId());
    assertCode(() -> hireloop.cancelManagedBooking().cancel(cancel), RuleViolationException.class,
        "booking.not-confirmed");

    assertThat(hireloop.readManagedBooking().read(booked.manageToken()).details().status())
        .isEqualTo(BookingStatus.COMPLETED);
    assertThat(eventTypes()).doesNotContain("BookingCancelled");
  }

  @Test
  void the_calendar_file_keeps_its_uid_raises_its_sequence_and_becomes_a_cancellation() {
    hireloop = builder(persistence).calendarFiles(new LineCalendarFiles()).build();
    CandidateBooking booked = schedule("Grace Candidate", "grace@example.org", "2030-01-21T09:00:00Z");
    String uid = "UID:booking-" + booked.details().bookingId().value() + "@hireloop";

    CalendarFileView invite = hireloop.downloadCalendarFile().calendarFile(booked.manageToken());
    assertThat(invite.fileName()).isEqualTo("invite.ics");
    assertThat(invite.contentType()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
    assertThat(text(invite)).contains("METHOD:REQUEST", uid, "SEQUENCE:0", "DTSTART:2030-01-21T09:00:00Z",
        "TZID:Australia/Sydney", "ORGANIZER:ada@example.com", "ATTENDEE:grace@example.org",
        "LOCATION:Video call: " + VIDEO_LINK);

    hireloop.rescheduleBooking().reschedule(new RescheduleBookingCommand(ada, booked.details().bookingId(),
        at("2030-01-22T10:00:00Z"), Optional.empty()));
    assertThat(text(hireloop.downloadCalendarFile().calendarFile(booked.manageToken())))
        .contains("METHOD:REQUEST", uid, "SEQUENCE:1", "DTSTART:2030-01-22T10:00:00Z");

    hireloop.cancelManagedBooking().cancel(new CancelManagedBookingCommand(booked.manageToken(), Optional.empty()));
    CalendarFileView cancellation = hireloop.downloadCalendarFile().calendarFile(booked.manageToken());
    assertThat(cancellation.fileName()).isEqualTo("cancel.ics");
    assertThat(cancellation.contentType()).contains("method=CANCEL");
    assertThat(text(cancellation)).contains("METHOD:CANCEL", uid, "SEQUENCE:1", "DTSTART:2030-01-22T10:00:00Z");
  }

  @Test
  void without_a_calendar_file_writer_there_is_no_file_to_download() {
    CandidateBooking booked = schedule("Grace Candidate", "grace@example.org", "2030-01-21T09:00:00Z");

    assertCode(() -> hireloop.downloadCalendarFile().calendarFile(booked.manageToken()), NotFoundException.class,
        "calendar-file.unavailable");
  }

  // --- the candidate's e-mails

  @Test
  void the_candidates_confirmation_and_reschedule_emails_carry_the_manage_link_when_pages_are_configured() {
    hireloop = builder(persistence).candidateLinks(token -> URI.create(PAGES + token)).build();
    CandidateBooking booked = schedule("Grace Candidate", "grace@example.org", "2030-01-21T09:00:00Z");
    CandidateBooking moved = hireloop.rescheduleManagedBooking().reschedule(new RescheduleManagedBookingCommand(
        booked.manageToken(), at("2030-01-22T10:00:00Z"), Optional.empty()));
    hireloop.cancelManagedBooking().cancel(new CancelManagedBookingCommand(moved.manageToken(), Optional.empty()));
    deliverAll();

    List<StoredEmail> stored = persistence.emails().list(ada, Set.of(), PageRequest.first(20)).items();
    assertThat(stored).hasSize(6);
    for (StoredEmail email : stored) {
      EmailMessage message = email.message();
      boolean toCandidate = message.to().get(0).address().value().equals("grace@example.org");
      if (toCandidate && !email.purpose().equals("booking.cancelled")) {
        // the link is for the booking's current slot when the e-mail is written
        String url = PAGES + moved.manageToken();
        assertThat(message.textBody()).contains("Reschedule or cancel: " + url);
        assertThat(message.htmlBody().orElseThrow()).contains("href=\"" + url + "\"");
        String after = message.textBody().substring(message.textBody().indexOf(PAGES) + PAGES.length());
        String token = after.substring(0, after.indexOf('\n'));
        assertThat(hireloop.readManagedBooking().read(token).details().bookingId())
            .isEqualTo(booked.details().bookingId());
      } else {
        assertThat(message.textBody()).doesNotContain("Reschedule or cancel", PAGES);
        assertThat(message.htmlBody().orElseThrow()).doesNotContain(PAGES);
      }
    }
  }

  @Test
  void without_candidate_pages_the_emails_carry_no_manage_link() {
    schedule("Grace Candidate", "grace@example.org", "2030-01-21T09:00:00Z");
    deliverAll();

    List<StoredEmail> stored = persistence.emails().list(ada, Set.of(), PageRequest.first(20)).items();
    assertThat(stored).hasSize(2).allSatisfy(email ->
        assertThat(email.message().textBody()).doesNotContain("Reschedule or cancel"));
  }

  // --- helpers

  private JobId job(boolean open) {
    return hireloop.createJob().create(new CreateJobCommand(ada, JobDetails.minimal("Platform Engineer",
        "Keep the platform running."), open)).id();
  }

  private ProfileId profile(String email) {
    ProfileDetails details = new ProfileDetails("Grace Candidate", Optional.of(Email.of(email)), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    return hireloop.createProfile().create(new CreateProfileCommand(ada, details, ProfileSource.MANUAL)).id();
  }

  private CandidateBooking schedule(String name, String email, String start) {
    return hireloop.scheduleJobInterview().schedule(new ScheduleJobInterviewCommand(job, name, Email.of(email),
        at(start), SYDNEY));
  }

  private CandidateBooking scheduleFor(JobId jobId, String email, String start) {
    return hireloop.scheduleJobInterview().schedule(new ScheduleJobInterviewCommand(jobId, "Grace Candidate",
        Email.of(email), at(start), SYDNEY));
  }

  /** Delivers every booking event, oldest first, to the booking e-mails. */
  private void deliverAll() {
    List<DomainEvent> events = new ArrayList<>(persistence.eventOutbox().list(ada, PageRequest.first(200)).items()
        .stream().map(StoredEvent::event).filter(event -> event.eventType().startsWith("Booking")).toList());
    Collections.reverse(events);
    for (DomainEvent event : events) {
      hireloop.deliverEvent().deliver(new DeliverEventCommand(event.eventId(), BookingEmailHandler.NAME));
    }
  }

  /** Booking and profile event types in the recruiter's outbox, newest first. */
  private List<String> eventTypes() {
    return persistence.eventOutbox().list(ada, PageRequest.first(200)).items().stream()
        .map(StoredEvent::event).map(DomainEvent::eventType)
        .filter(type -> type.startsWith("Booking") || type.startsWith("Profile")).toList();
  }

  /** Audit entries of the recruiter about bookings and profiles, newest first. */
  private List<AuditEntry> audits() {
    return persistence.auditLog().list(ada, PageRequest.first(200)).items().stream()
        .filter(entry -> entry.action().startsWith("booking") || entry.action().startsWith("profile")
            || entry.action().startsWith("event-type"))
        .toList();
  }

  private static String text(CalendarFileView file) {
    return new String(file.content(), StandardCharsets.UTF_8);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static <T extends Throwable> T failure(Class<T> type, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(type);
    return type.cast(thrown);
  }

  private static void assertCode(ThrowingCallable call, Class<? extends HireloopException> type, String code) {
    assertThat(failure(type, call).code()).isEqualTo(code);
  }

  /** A stand-in for the ical4j writer: the invite's fields, one per line. */
  private static final class LineCalendarFiles implements CalendarFiles {
    @Override
    public byte[] write(CalendarInvite invite) {
      StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nMETHOD:" + invite.method() + "\r\nUID:"
          + invite.uid() + "\r\nSEQUENCE:" + invite.sequence() + "\r\nDTSTART:" + invite.when().start() + "\r\nTZID:"
          + invite.zone().getId() + "\r\nORGANIZER:" + invite.organizer().address().value() + "\r\nLOCATION:"
          + invite.location() + "\r\n");
      invite.attendees().forEach(attendee -> text.append("ATTENDEE:").append(attendee.address().value())
          .append("\r\n"));
      return text.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
  }
}
