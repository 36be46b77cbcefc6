package dev.hireloop.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hireloop.domain.audit.ActorKind;
import dev.hireloop.domain.audit.AuditEntry;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.booking.Reschedule;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.scheduling.Availability;
import dev.hireloop.domain.scheduling.DateOverride;
import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.domain.scheduling.LocalTimeRange;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.scheduling.Slot;
import dev.hireloop.domain.scheduling.SlotUnavailableException;
import dev.hireloop.domain.scheduling.WorkingHours;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.GoneException;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.IllegalTransitionException;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.in.profile.CreateProfileCommand;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.scheduling.AvailabilityView;
import dev.hireloop.port.in.scheduling.BookLinkSlotCommand;
import dev.hireloop.port.in.scheduling.BookSlotCommand;
import dev.hireloop.port.in.scheduling.BookingLinkDetails;
import dev.hireloop.port.in.scheduling.BookingLinkView;
import dev.hireloop.port.in.scheduling.BookingView;
import dev.hireloop.port.in.scheduling.CancelBookingCommand;
import dev.hireloop.port.in.scheduling.CreateBookingLinkCommand;
import dev.hireloop.port.in.scheduling.EventTypeView;
import dev.hireloop.port.in.scheduling.InterviewFilter;
import dev.hireloop.port.in.scheduling.InterviewView;
import dev.hireloop.port.in.scheduling.ListInterviewsQuery;
import dev.hireloop.port.in.scheduling.ListLinkSlotsQuery;
import dev.hireloop.port.in.scheduling.ListSlotsQuery;
import dev.hireloop.port.in.scheduling.RescheduleBookingCommand;
import dev.hireloop.port.in.scheduling.SlotsView;
import dev.hireloop.port.in.scheduling.UpdateAvailabilityCommand;
import dev.hireloop.port.in.scheduling.UpdateEventTypeCommand;
import dev.hireloop.port.out.events.StoredEvent;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.port.out.security.LinkClaims;
import dev.hireloop.testing.BlindOncePersistence;
import dev.hireloop.testing.MutableClock;
import dev.hireloop.testing.SequentialIds;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scheduling end to end through {@link Hireloop}, run against every persistence adapter: availability and date
 * overrides, interview templates, slots, bookings over the conflict ledger (50 requests racing for one slot get
 * exactly one booking), booking links and their tokens, and interview management. Every refusal is checked to leave
 * nothing behind, every change to leave its event in the outbox and an audit entry made of codes only.
 *
 * <p>The clock starts on Monday 2030-01-14 at 08:00 UTC; London is on UTC in January, so a London recruiter's
 * standard hours (weekdays 09:00–17:00, 15-minute steps, the original 45-minute template) start at 09:00Z.
 */
public abstract class SchedulingUseCasesContract {
  private static final Instant START = Instant.parse("2030-01-14T08:00:00Z");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final LocalDate MONDAY = LocalDate.parse("2030-01-21");
  private static final byte[] LINK_KEY = "a link-signing key of 32 bytes!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final String VIDEO_LINK = "https://meet.example.com/hireloop-interview";

  private final MutableClock clock = MutableClock.at(START);
  private final SequentialIds ids = new SequentialIds();
  private final AtomicLong tokenSequence = new AtomicLong();
  private Persistence persistence;
  private Hireloop hireloop;

  /** An isolated, empty store, migrated if it is a database. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void build_hireloop() {
    persistence = newPersistence();
    hireloop = hireloopOver(persistence);
  }

  private Hireloop hireloopOver(Persistence store) {
    return Hireloop.builder()
        .persistence(store)
        .clock(clock)
        .ids(ids)
        .tokens(() -> "hlk_scheduling_test_token_" + String.format("%040d", tokenSequence.incrementAndGet()))
        .linkSigningKeys(List.of(LINK_KEY))
        .build();
  }

  // --- availability and date overrides

  @Test
  void a_recruiter_who_never_saved_availability_has_the_standard_hours_in_their_own_zone() {
    RecruiterId ada = recruiter("ada@example.com", NEW_YORK);

    AvailabilityView view = hireloop.getAvailability().get(ada);

    assertThat(view.version()).isZero();
    assertThat(view.availability()).isEqualTo(Availability.standard(NEW_YORK));
    assertThat(persistence.availabilities().findByRecruiter(ada)).isEmpty();
  }

  @Test
  void availability_is_saved_with_version_checks_and_keeps_the_stored_overrides() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    hireloop.putDateOverride().put(ada, DateOverride.dayOff(MONDAY));
    Availability settings = Availability.standard(LONDON)
        .withWeeklyHours(WorkingHours.everyDay(LocalTimeRange.of("10:00", "12:00")))
        .withOverrides(List.of(DateOverride.dayOff(MONDAY.plusDays(1))))
        .withBuffers(Duration.ofMinutes(10), Duration.ofMinutes(5));

    AvailabilityView saved = hireloop.updateAvailability().update(
        new UpdateAvailabilityCommand(ada, settings, Optional.of(1L)));

    assertThat(saved.version()).isEqualTo(2);
    assertThat(saved.availability().weeklyHours()).isEqualTo(settings.weeklyHours());
    assertThat(saved.availability().bufferBefore()).isEqualTo(Duration.ofMinutes(10));
    assertThat(saved.availability().overrides()).containsExactly(DateOverride.dayOff(MONDAY));
    assertThat(hireloop.getAvailability().get(ada)).isEqualTo(saved);
    assertCode(() -> hireloop.updateAvailability().update(new UpdateAvailabilityCommand(ada, settings,
        Optional.of(1L))), ConflictException.class, "availability.version-mismatch");
    assertThat(actions(ada)).contains("availability.updated", "availability.override-set");
  }

  @Test
  void the_first_change_of_a_never_saved_availability_expects_version_zero() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);

    assertCode(() -> hireloop.updateAvailability().update(new UpdateAvailabilityCommand(ada,
        Availability.standard(LONDON), Optional.of(3L))), ConflictException.class, "availability.version-mismatch");
    AvailabilityView saved = hireloop.updateAvailability().update(new UpdateAvailabilityCommand(ada,
        Availability.standard(LONDON).withWindowDays(30), Optional.of(0L)));

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.availability().windowDays()).isEqualTo(30);
  }

  @Test
  void a_date_override_is_set_replaced_and_removed_and_the_slots_follow_it() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);

    hireloop.putDateOverride().put(ada, DateOverride.dayOff(MONDAY));
    assertThat(starts(ada, MONDAY, MONDAY, LONDON)).isEmpty();

    AvailabilityView replaced = hireloop.putDateOverride().put(ada,
        DateOverride.replace(MONDAY, LocalTimeRange.of("13:00", "14:00")));
    assertThat(replaced.availability().overrides()).hasSize(1);
    assertThat(starts(ada, MONDAY, MONDAY, LONDON)).containsExactly(at("2030-01-21T13:00:00Z"),
        at("2030-01-21T13:15:00Z"));

    hireloop.removeDateOverride().remove(ada, MONDAY);
    assertThat(starts(ada, MONDAY, MONDAY, LONDON)).hasSize(30);
    assertCode(() -> hireloop.removeDateOverride().remove(ada, MONDAY), NotFoundException.class,
        "override.not-found");
    assertThat(actions(ada)).contains("availability.override-removed");
  }

  @Test
  void an_unknown_recruiter_is_not_found_for_availability_templates_and_slots() {
    RecruiterId nobody = new RecruiterId(UUID.fromString("00000000-0000-4000-8000-00000000dead"));

    assertCode(() -> hireloop.getAvailability().get(nobody), NotFoundException.class, "recruiter.not-found");
    assertCode(() -> hireloop.updateAvailability().update(new UpdateAvailabilityCommand(nobody,
        Availability.standard(LONDON), Optional.empty())), NotFoundException.class, "recruiter.not-found");
    assertCode(() -> hireloop.putDateOverride().put(nobody, DateOverride.dayOff(MONDAY)), NotFoundException.class,
        "recruiter.not-found");
    assertCode(() -> hireloop.removeDateOverride().remove(nobody, MONDAY), NotFoundException.class,
        "recruiter.not-found");
    assertCode(() -> hireloop.listEventTypes().list(nobody), NotFoundException.class, "recruiter.not-found");
    assertCode(() -> hireloop.createEventType().create(nobody, InterviewTemplate.defaultInterview()),
        NotFoundException.class, "recruiter.not-found");
    assertCode(() -> slots(nobody, MONDAY, MONDAY, LONDON), NotFoundException.class, "recruiter.not-found");
    assertThat(persistence.eventTypes().listByRecruiter(nobody)).isEmpty();
  }

  // --- interview templates (event types)

  @Test
  void every_new_recruiter_starts_with_the_original_template_and_nothing_else() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);

    List<EventTypeView> templates = hireloop.listEventTypes().list(ada);

    assertThat(templates).singleElement().satisfies(view -> {
      assertThat(view.template()).isEqualTo(InterviewTemplate.defaultInterview());
      assertThat(view.template().name()).isEqualTo("45-Minute Candidate Interview");
      assertThat(view.version()).isEqualTo(1);
    });
    assertThat(eventTypes(ada)).containsExactly("RecruiterCreated");
    assertThat(actions(ada)).containsExactly("recruiter.created");
  }

  @Test
  void templates_are_created_changed_and_deleted_by_their_recruiter() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    EventTypeView original = hireloop.listEventTypes().list(ada).get(0);

    clock.advance(Duration.ofMinutes(1));
    EventTypeView phone = hireloop.createEventType().create(ada, template("Phone screen", 30, LocationKind.PHONE,
        "+44 20 7946 0000"));
    EventTypeView changed = hireloop.updateEventType().update(new UpdateEventTypeCommand(ada, phone.id(),
        template("Phone screen", 20, LocationKind.PHONE, "+44 20 7946 0000"), Optional.of(1L)));

    assertThat(changed.version()).isEqualTo(2);
    assertThat(changed.template().duration()).isEqualTo(Duration.ofMinutes(20));
    assertThat(hireloop.getEventType().get(ada, phone.id())).isEqualTo(changed);
    assertThat(hireloop.listEventTypes().list(ada)).extracting(EventTypeView::id)
        .containsExactly(original.id(), phone.id());
    assertCode(() -> hireloop.updateEventType().update(new UpdateEventTypeCommand(ada, phone.id(),
        template("Phone screen", 25, LocationKind.PHONE, ""), Optional.of(1L))), ConflictException.class,
        "event-type.version-mismatch");

    hireloop.deleteEventType().delete(ada, original.id());

    assertThat(hireloop.listEventTypes().list(ada)).extracting(EventTypeView::id).containsExactly(phone.id());
    assertCode(() -> hireloop.getEventType().get(ada, original.id()), NotFoundException.class,
        "event-type.not-found");
    assertCode(() -> hireloop.deleteEventType().delete(ada, phone.id()), RuleViolationException.class,
        "event-type.last");
    assertThat(actions(ada)).contains("event-type.created", "event-type.updated", "event-type.deleted");
  }

  @Test
  void the_slots_of_a_template_have_its_length() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    EventTypeView half = hireloop.createEventType().create(ada, template("Half hour", 30, LocationKind.VIDEO, ""));

    SlotsView view = hireloop.listSlots().list(new ListSlotsQuery(ada, Optional.of(half.id()), MONDAY, MONDAY,
        LONDON));

    assertThat(view.durationMinutes()).isEqualTo(30);
    assertThat(view.slots()).hasSize(31).allSatisfy(slot ->
        assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(Duration.ofMinutes(30)));
  }

  @Test
  void a_recruiter_keeps_at_most_the_template_limit() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    for (int i = 1; i < EventType.MAX_PER_RECRUITER; i++) {
      hireloop.createEventType().create(ada, template("Interview " + i, 30, LocationKind.VIDEO, ""));
    }

    assertCode(() -> hireloop.createEventType().create(ada, template("One too many", 30, LocationKind.VIDEO, "")),
        RuleViolationException.class, "event-type.limit");
    assertThat(hireloop.listEventTypes().list(ada)).hasSize(EventType.MAX_PER_RECRUITER);
  }

  @Test
  void another_recruiters_template_is_not_found_for_every_use_case() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    RecruiterId bob = recruiter("bob@example.com", LONDON);
    ProfileId bobsCandidate = profile(bob, "Carol Candidate", "carol@example.com");
    EventTypeId adas = hireloop.listEventTypes().list(ada).get(0).id();

    assertCode(() -> hireloop.getEventType().get(bob, adas), NotFoundException.class, "event-type.not-found");
    assertCode(() -> hireloop.updateEventType().update(new UpdateEventTypeCommand(bob, adas,
        InterviewTemplate.defaultInterview(), Optional.empty())), NotFoundException.class, "event-type.not-found");
    assertCode(() -> hireloop.deleteEventType().delete(bob, adas), NotFoundException.class, "event-type.not-found");
    assertCode(() -> hireloop.listSlots().list(new ListSlotsQuery(bob, Optional.of(adas), MONDAY, MONDAY, LONDON)),
        NotFoundException.class, "event-type.not-found");
    assertCode(() -> hireloop.bookSlot().book(new BookSlotCommand(bob, bobsCandidate, Optional.of(adas),
        at("2030-01-21T09:00:00Z"), LONDON)), NotFoundException.class, "event-type.not-found");
    assertCode(() -> hireloop.createBookingLink().create(new CreateBookingLinkCommand(bob, bobsCandidate,
        Optional.empty(), "manual", LONDON, Optional.of(adas))), NotFoundException.class, "event-type.not-found");
    assertThat(hireloop.listEventTypes().list(ada)).hasSize(1);
    assertThat(eventTypes(bob)).containsExactly("ProfileCreated", "RecruiterCreated");
  }

  @Test
  void a_recruiter_from_before_templates_gets_the_original_on_first_need_and_only_once() throws Exception {
    RecruiterId legacy = legacyRecruiter("legacy@example.com");

    List<List<EventTypeView>> seen = race(8, () -> hireloop.listEventTypes().list(legacy));

    assertThat(seen).allSatisfy(templates -> assertThat(templates).singleElement()
        .satisfies(view -> assertThat(view.template()).isEqualTo(InterviewTemplate.defaultInterview())));
    assertThat(seen).extracting(templates -> templates.get(0).id()).containsOnly(seen.get(0).get(0).id());
    assertThat(hireloop.listEventTypes().list(legacy)).hasSize(1);
    assertThat(eventTypes(legacy)).isEmpty();
  }

  @Test
  void a_recruiter_from_before_templates_gets_the_original_when_listing_slots_or_making_a_link() {
    RecruiterId slotsFirst = legacyRecruiter("slots@example.com");
    RecruiterId linkFirst = legacyRecruiter("link@example.com");
    ProfileId candidate = profile(linkFirst, "Carol Candidate", "carol@example.com");

    assertThat(slots(slotsFirst, MONDAY, MONDAY, LONDON).durationMinutes()).isEqualTo(45);
    assertThat(link(linkFirst, candidate).booking().durationMinutes()).isEqualTo(45);

    assertThat(persistence.eventTypes().listByRecruiter(slotsFirst)).singleElement()
        .satisfies(type -> assertThat(type.template()).isEqualTo(InterviewTemplate.defaultInterview()));
    assertThat(persistence.eventTypes().listByRecruiter(linkFirst)).hasSize(1);
  }

  // --- slots

  @Test
  void slots_follow_the_working_hours_step_and_template_length() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);

    SlotsView view = slots(ada, MONDAY, MONDAY.plusDays(6), LONDON);

    assertThat(view.durationMinutes()).isEqualTo(45);
    assertThat(view.interviewerZone()).isEqualTo(LONDON);
    assertThat(view.candidateZone()).isEqualTo(LONDON);
    assertThat(view.slots()).hasSize(5 * 30);
    assertThat(view.slots().get(0)).isEqualTo(new Slot(at("2030-01-21T09:00:00Z"), at("2030-01-21T09:45:00Z")));
    assertThat(view.slots().get(29)).isEqualTo(new Slot(at("2030-01-21T16:15:00Z"), at("2030-01-21T17:00:00Z")));
    assertThat(view.slots()).allSatisfy(slot ->
        assertThat(slot.start().atZone(LONDON).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }

  @Test
  void a_booking_and_its_buffers_are_kept_free_in_the_slots() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    withAvailability(ada, Availability.standard(LONDON).withBuffers(Duration.ofMinutes(15), Duration.ofMinutes(15)));

    book(ada, candidate, "2030-01-21T10:00:00Z");

    List<Instant> starts = starts(ada, MONDAY, MONDAY, LONDON);
    // held 09:45–11:00; a new slot needs its own 15 minutes either side free of that
    assertThat(starts).first().isEqualTo(at("2030-01-21T11:15:00Z"));
    assertThat(starts).noneMatch(start -> start.isBefore(at("2030-01-21T11:15:00Z")));
  }

  @Test
  void a_cancelled_booking_frees_its_slot() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingView booked = book(ada, candidate, "2030-01-21T10:00:00Z");
    assertThat(starts(ada, MONDAY, MONDAY, LONDON)).doesNotContain(at("2030-01-21T10:00:00Z"));

    hireloop.cancelBooking().cancel(new CancelBookingCommand(ada, booked.id(), Optional.empty(), Optional.empty()));

    assertThat(starts(ada, MONDAY, MONDAY, LONDON)).contains(at("2030-01-21T10:00:00Z"));
    assertThat(book(ada, candidate, "2030-01-21T10:00:00Z").status()).isEqualTo(BookingStatus.CONFIRMED);
  }

  @Test
  void a_new_york_recruiter_booked_by_a_sydney_candidate_across_both_daylight_saving_changes() {
    clock.set(at("2030-03-01T00:00:00Z"));
    RecruiterId ada = recruiter("ada@example.com", NEW_YORK);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingLinkView link = hireloop.createBookingLink().create(new CreateBookingLinkCommand(ada, candidate,
        Optional.empty(), "manual", SYDNEY, Optional.empty()));

    SlotsView march = hireloop.listLinkSlots().slots(new ListLinkSlotsQuery(link.token(),
        LocalDate.parse("2030-03-09"), LocalDate.parse("2030-03-12"), Optional.empty()));
    SlotsView april = hireloop.listLinkSlots().slots(new ListLinkSlotsQuery(link.token(),
        LocalDate.parse("2030-04-06"), LocalDate.parse("2030-04-09"), Optional.empty()));

    assertThat(march.candidateZone()).isEqualTo(SYDNEY);
    assertThat(march.interviewerZone()).isEqualTo(NEW_YORK);
    for (SlotsView view : List.of(march, april)) {
      assertThat(view.slots()).isNotEmpty().allSatisfy(slot -> {
        ZonedDateTime local = slot.start().atZone(NEW_YORK);
        assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(local.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 15));
      });
    }
    // Friday 8 March 09:00 EST is Saturday 01:00 in Sydney; after New York moves on 10 March, Monday 09:00 EDT is
    // Tuesday 00:00 there, so Sydney's Monday 11 March has no slots at all
    assertThat(firstOn(march, "2030-03-09")).isEqualTo(at("2030-03-08T14:00:00Z"));
    assertThat(march.slots()).noneMatch(slot -> onDate(slot, SYDNEY, "2030-03-11"));
    assertThat(firstOn(march, "2030-03-12")).isEqualTo(at("2030-03-11T13:00:00Z"));
    // Sydney moves back on 7 April: New York's Monday 09:00 EDT is now Sydney's Monday 23:00 AEST
    assertThat(firstOn(april, "2030-04-06")).isEqualTo(at("2030-04-05T13:00:00Z"));
    assertThat(april.slots()).filteredOn(slot -> onDate(slot, SYDNEY, "2030-04-08")).extracting(Slot::start)
        .containsExactly(at("2030-04-08T13:00:00Z"), at("2030-04-08T13:15:00Z"), at("2030-04-08T13:30:00Z"),
            at("2030-04-08T13:45:00Z"));

    BookingLinkDetails booked = hireloop.bookLinkSlot().book(new BookLinkSlotCommand(link.token(),
        at("2030-04-08T13:00:00Z"), Optional.empty()));

    assertThat(booked.slot().orElseThrow().start().atZone(SYDNEY))
        .isEqualTo(ZonedDateTime.parse("2030-04-08T23:00+10:00[Australia/Sydney]"));
    assertThat(booked.slot().orElseThrow().start().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    assertThat(booked.candidateTimeZone()).isEqualTo(SYDNEY);
    assertThat(booked.interviewerTimeZone()).isEqualTo(NEW_YORK);
    assertThat(starts(ada, LocalDate.parse("2030-04-08"), LocalDate.parse("2030-04-08"), SYDNEY))
        .containsExactly(at("2030-04-08T13:45:00Z"));
  }

  // --- booking a slot

  @Test
  void a_recruiter_books_an_offered_slot_for_a_candidate() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");

    BookingView booked = hireloop.bookSlot().book(new BookSlotCommand(ada, candidate, Optional.empty(),
        at("2030-01-21T10:00:00Z"), NEW_YORK));

    assertThat(booked.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(booked.slot()).contains(new Interval(at("2030-01-21T10:00:00Z"), at("2030-01-21T10:45:00Z")));
    assertThat(booked.provider()).isEqualTo("manual");
    assertThat(booked.durationMinutes()).isEqualTo(45);
    assertThat(booked.candidateTimeZone()).isEqualTo(NEW_YORK);
    assertThat(booked.eventTypeId()).contains(hireloop.listEventTypes().list(ada).get(0).id());
    assertThat(booked.version()).isEqualTo(1);
    assertThat(hireloop.getBooking().get(ada, booked.id(), Optional.empty())).isEqualTo(booked);
    assertThat(eventTypes(ada)).first().isEqualTo("BookingConfirmed");
    assertThat(audits(ada)).first().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("booking.confirmed");
      assertThat(entry.subjectId()).isEqualTo(booked.id().value());
      assertThat(entry.actor().kind()).isEqualTo(ActorKind.RECRUITER);
      assertThat(entry.details()).containsEntry("provider", "manual");
    });
  }

  @Test
  void a_booking_holds_the_slot_with_the_buffers_of_the_moment() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    withAvailability(ada, Availability.standard(LONDON).withBuffers(Duration.ofMinutes(10), Duration.ofMinutes(20)));

    BookingView booked = book(ada, candidate, "2030-01-21T10:00:00Z");

    assertThat(persistence.bookings().findById(booked.id()).orElseThrow().held())
        .contains(new Interval(at("2030-01-21T09:50:00Z"), at("2030-01-21T11:05:00Z")));
  }

  @Test
  void a_start_that_is_not_offered_is_refused_with_the_nearest_slots_and_nothing_is_written() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    List<String> events = eventTypes(ada);
    List<String> actions = actions(ada);

    SlotUnavailableException offStep = refusedSlot(ada, candidate, "2030-01-21T09:05:00Z");
    SlotUnavailableException evening = refusedSlot(ada, candidate, "2030-01-21T20:00:00Z");
    SlotUnavailableException weekend = refusedSlot(ada, candidate, "2030-01-19T12:00:00Z");
    SlotUnavailableException beyondWindow = refusedSlot(ada, candidate, "2030-06-03T09:00:00Z");

    assertThat(offStep.code()).isEqualTo("booking.slot-unavailable");
    assertThat(offStep.alternatives()).extracting(Slot::start).containsExactly(at("2030-01-21T09:00:00Z"),
        at("2030-01-21T09:15:00Z"), at("2030-01-21T09:30:00Z"), at("2030-01-21T09:45:00Z"),
        at("2030-01-21T10:00:00Z"));
    assertThat(evening.alternatives()).extracting(Slot::start).containsExactly(at("2030-01-21T15:15:00Z"),
        at("2030-01-21T15:30:00Z"), at("2030-01-21T15:45:00Z"), at("2030-01-21T16:00:00Z"),
        at("2030-01-21T16:15:00Z"));
    assertThat(weekend.alternatives()).hasSize(5).isSortedAccordingTo(java.util.Comparator.comparing(Slot::start));
    assertThat(beyondWindow.code()).isEqualTo("booking.slot-unavailable");
    assertThat(interviews(ada, InterviewFilter.ALL).total()).isZero();
    assertThat(eventTypes(ada)).isEqualTo(events);
    assertThat(actions(ada)).isEqualTo(actions);
  }

  @Test
  void a_start_inside_the_minimum_notice_is_refused_with_slots_after_it() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    withAvailability(ada, Availability.standard(LONDON).withMinimumNotice(Duration.ofHours(24), false));

    SlotUnavailableException tooSoon = refusedSlot(ada, candidate, "2030-01-14T10:00:00Z");

    assertThat(tooSoon.alternatives()).isNotEmpty()
        .allSatisfy(slot -> assertThat(slot.start()).isAfterOrEqualTo(START.plus(Duration.ofHours(24))));
  }

  @Test
  void a_start_in_the_past_or_now_is_refused() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");

    assertCode(() -> book(ada, candidate, "2030-01-14T07:00:00Z"), RuleViolationException.class,
        "booking.slot-in-past");
    assertCode(() -> book(ada, candidate, START.toString()), RuleViolationException.class, "booking.slot-in-past");
    assertThat(interviews(ada, InterviewFilter.ALL).total()).isZero();
  }

  @Test
  void a_taken_slot_is_refused_with_alternatives_that_leave_it_out() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingView first = book(ada, candidate, "2030-01-21T10:00:00Z");

    SlotUnavailableException refused = refusedSlot(ada, candidate, "2030-01-21T10:00:00Z");
    SlotUnavailableException overlapping = refusedSlot(ada, candidate, "2030-01-21T10:30:00Z");

    assertThat(refused.code()).isEqualTo("booking.slot-unavailable");
    for (SlotUnavailableException e : List.of(refused, overlapping)) {
      assertThat(e.alternatives()).hasSize(5)
          .noneMatch(slot -> slot.interval().overlaps(first.slot().orElseThrow()));
    }
    assertThat(interviews(ada, InterviewFilter.ALL).total()).isEqualTo(1);
  }

  @Test
  void when_the_slot_check_could_not_see_a_booking_the_ledger_still_refuses_the_second_one() {
    BlindOncePersistence blind = new BlindOncePersistence(persistence);
    Hireloop racing = hireloopOver(blind);
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingView first = book(ada, candidate, "2030-01-21T10:00:00Z");
    List<String> events = eventTypes(ada);

    blind.blindNextLookup();
    Throwable thrown = catchThrowable(() -> racing.bookSlot().book(new BookSlotCommand(ada, candidate,
        Optional.empty(), at("2030-01-21T10:15:00Z"), LONDON)));

    assertThat(thrown).isInstanceOf(SlotUnavailableException.class);
    SlotUnavailableException taken = (SlotUnavailableException) thrown;
    assertThat(taken.code()).isEqualTo("booking.slot-taken");
    assertThat(taken.alternatives()).hasSize(5)
        .noneMatch(slot -> slot.interval().overlaps(first.slot().orElseThrow()));
    assertThat(interviews(ada, InterviewFilter.ALL).items()).extracting(InterviewView::id).containsExactly(first.id());
    assertThat(eventTypes(ada)).isEqualTo(events);
  }

  @Test
  void fifty_parallel_requests_for_one_slot_make_exactly_one_booking() throws Exception {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    Interval wanted = new Interval(at("2030-01-21T10:00:00Z"), at("2030-01-21T10:45:00Z"));

    List<Object> outcomes = race(50, () -> {
      try {
        return hireloop.bookSlot().book(new BookSlotCommand(ada, candidate, Optional.empty(), wanted.start(),
            LONDON));
      } catch (SlotUnavailableException e) {
        return e;
      }
    });

    assertThat(outcomes).filteredOn(BookingView.class::isInstance).hasSize(1);
    List<SlotUnavailableException> refused = outcomes.stream()
        .filter(SlotUnavailableException.class::isInstance).map(SlotUnavailableException.class::cast).toList();
    assertThat(refused).hasSize(49).allSatisfy(e -> {
      assertThat(e.code()).isIn("booking.slot-taken", "booking.slot-unavailable");
      assertThat(e.alternatives()).isNotEmpty().noneMatch(slot -> slot.interval().overlaps(wanted));
    });
    assertThat(interviews(ada, InterviewFilter.ALL).items()).singleElement()
        .satisfies(interview -> assertThat(interview.slot()).isEqualTo(wanted));
    assertThat(eventTypes(ada).stream().filter("BookingConfirmed"::equals)).hasSize(1);
  }

  @Test
  void limits_per_day_are_applied_before_the_booking() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    withAvailability(ada, Availability.standard(LONDON).withLimits(OptionalInt.of(1), OptionalInt.empty()));
    book(ada, candidate, "2030-01-21T10:00:00Z");

    SlotUnavailableException full = refusedSlot(ada, candidate, "2030-01-21T14:00:00Z");

    assertThat(full.alternatives()).isNotEmpty()
        .allSatisfy(slot -> assertThat(slot.start().atZone(LONDON).toLocalDate()).isNotEqualTo(MONDAY));
  }

  // --- rescheduling, cancelling, completing

  @Test
  void a_reschedule_keeps_the_booking_and_its_history_and_frees_the_old_slot() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingView booked = book(ada, candidate, "2030-01-21T10:00:00Z");
    clock.advance(Duration.ofHours(1));

    BookingView moved = hireloop.rescheduleBooking().reschedule(new RescheduleBookingCommand(ada, booked.id(),
        at("2030-01-21T14:00:00Z"), Optional.of("The candidate asked for the afternoon")));
    BookingView slid = hireloop.rescheduleBooking().reschedule(new RescheduleBookingCommand(ada, booked.id(),
        at("2030-01-21T14:15:00Z"), Optional.empty()));

    assertThat(slid.id()).isEqualTo(booked.id());
    assertThat(moved.slot()).contains(new Interval(at("2030-01-21T14:00:00Z"), at("2030-01-21T14:45:00Z")));
    assertThat(slid.slot()).contains(new Interval(at("2030-01-21T14:15:00Z"), at("2030-01-21T15:00:00Z")));
    assertThat(slid.reschedules()).extracting(Reschedule::from, Reschedule::to).containsExactly(
        org.assertj.core.groups.Tuple.tuple(booked.slot().orElseThrow(), moved.slot().orElseThrow()),
        org.assertj.core.groups.Tuple.tuple(moved.slot().orElseThrow(), slid.slot().orElseThrow()));
    assertThat(slid.reschedules().get(0).reason()).contains("The candidate asked for the afternoon");
    assertThat(starts(ada, MONDAY, MONDAY, LONDON)).contains(at("2030-01-21T10:00:00Z"))
        .doesNotContain(at("2030-01-21T14:15:00Z"), at("2030-01-21T14:00:00Z"));
    assertThat(interviews(ada, InterviewFilter.ALL).items()).singleElement()
        .satisfies(interview -> assertThat(interview.rescheduleCount()).isEqualTo(2));
    assertThat(eventTypes(ada)).containsSubsequence("BookingRescheduled", "BookingRescheduled", "BookingConfirmed");
  }

  @Test
  void a_reschedule_is_refused_into_a_taken_past_or_unchanged_slot_and_for_a_booking_not_confirmed() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingView booked = book(ada, candidate, "2030-01-21T10:00:00Z");
    BookingView other = book(ada, candidate, "2030-01-21T14:00:00Z");
    List<String> events = eventTypes(ada);

    Throwable taken = catchThrowable(() -> reschedule(ada, booked.id(), "2030-01-21T14:30:00Z"));
    assertThat(taken).isInstanceOf(SlotUnavailableException.class);
    assertThat(((SlotUnavailableException) taken).code()).isEqualTo("booking.slot-unavailable");
    assertThat(((SlotUnavailableException) taken).alternatives())
        .noneMatch(slot -> slot.interval().overlaps(other.slot().orElseThrow()));
    assertCode(() -> reschedule(ada, booked.id(), "2030-01-14T07:00:00Z"), RuleViolationException.class,
        "booking.slot-in-past");
    assertCode(() -> reschedule(ada, booked.id(), "2030-01-21T10:00:00Z"), RuleViolationException.class,
        "booking.same-slot");
    hireloop.cancelBooking().cancel(new CancelBookingCommand(ada, other.id(), Optional.empty(), Optional.empty()));
    assertCode(() -> reschedule(ada, other.id(), "2030-01-22T10:00:00Z"), RuleViolationException.class,
        "booking.not-confirmed");

    assertThat(hireloop.getBooking().get(ada, booked.id(), Optional.empty()).slot())
        .isEqualTo(booked.slot());
    assertThat(eventTypes(ada)).hasSize(events.size() + 1).first().isEqualTo("BookingCancelled");
  }

  @Test
  void a_booking_is_cancelled_with_its_reason_once() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingView booked = book(ada, candidate, "2030-01-21T10:00:00Z");

    BookingView cancelled = hireloop.cancelBooking().cancel(new CancelBookingCommand(ada, booked.id(),
        Optional.of("manual"), Optional.of("Carol accepted another offer")));

    assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(cancelled.cancellationReason()).contains("Carol accepted another offer");
    assertThat(eventTypes(ada)).first().isEqualTo("BookingCancelled");
    assertThat(audits(ada)).first().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("booking.cancelled");
      assertThat(entry.details()).containsExactly(Map.entry("from", "confirmed"));
    });
    assertCode(() -> hireloop.cancelBooking().cancel(new CancelBookingCommand(ada, booked.id(), Optional.empty(),
        Optional.empty())), IllegalTransitionException.class, "booking.illegal-transition");
  }

  @Test
  void an_interview_is_completed_or_marked_no_show_once_it_has_started() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingView held = book(ada, candidate, "2030-01-21T10:00:00Z");
    BookingView missed = book(ada, candidate, "2030-01-21T14:00:00Z");

    assertCode(() -> hireloop.completeBooking().complete(ada, held.id()), RuleViolationException.class,
        "booking.not-started");
    clock.set(at("2030-01-21T15:00:00Z"));
    BookingView completed = hireloop.completeBooking().complete(ada, held.id());
    BookingView absent = hireloop.completeBooking().markNoShow(ada, missed.id());

    assertThat(completed.status()).isEqualTo(BookingStatus.COMPLETED);
    assertThat(absent.status()).isEqualTo(BookingStatus.NO_SHOW);
    assertThat(eventTypes(ada)).containsSubsequence("BookingMarkedNoShow", "BookingCompleted");
    assertThat(actions(ada)).containsSubsequence("booking.no-show", "booking.completed");
    assertCode(() -> hireloop.completeBooking().markNoShow(ada, held.id()), IllegalTransitionException.class,
        "booking.illegal-transition");
  }

  @Test
  void a_provider_name_must_be_known_and_must_be_the_bookings() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingView booked = book(ada, candidate, "2030-01-21T10:00:00Z");
    List<String> events = eventTypes(ada);

    assertThat(hireloop.getBooking().get(ada, booked.id(), Optional.of("manual")).id()).isEqualTo(booked.id());
    assertCode(() -> hireloop.getBooking().get(ada, booked.id(), Optional.of("calcom")), NotFoundException.class,
        "booking.not-found");
    assertCode(() -> hireloop.getBooking().get(ada, booked.id(), Optional.of("zoom")), RuleViolationException.class,
        "provider.unknown");
    assertCode(() -> hireloop.cancelBooking().cancel(new CancelBookingCommand(ada, booked.id(),
        Optional.of("calendly"), Optional.empty())), NotFoundException.class, "booking.not-found");
    assertCode(() -> hireloop.cancelBooking().cancel(new CancelBookingCommand(ada, booked.id(),
        Optional.of("zoom"), Optional.empty())), RuleViolationException.class, "provider.unknown");

    assertThat(hireloop.getBooking().get(ada, booked.id(), Optional.empty()).status())
        .isEqualTo(BookingStatus.CONFIRMED);
    assertThat(eventTypes(ada)).isEqualTo(events);
  }

  @Test
  void a_recruiter_sees_and_changes_only_their_own_bookings() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    RecruiterId bob = recruiter("bob@example.com", LONDON);
    ProfileId adasCandidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingView adas = book(ada, adasCandidate, "2030-01-21T10:00:00Z");
    BookingLinkView adasLink = link(ada, adasCandidate);
    List<String> events = eventTypes(ada);

    assertCode(() -> hireloop.getBooking().get(bob, adas.id(), Optional.empty()), NotFoundException.class,
        "booking.not-found");
    assertCode(() -> hireloop.cancelBooking().cancel(new CancelBookingCommand(bob, adasLink.booking().id(),
        Optional.empty(), Optional.empty())), NotFoundException.class, "booking.not-found");
    assertCode(() -> reschedule(bob, adas.id(), "2030-01-22T10:00:00Z"), NotFoundException.class,
        "booking.not-found");
    // Bob's calendar is his own: Ada's booking does not take his 10:00
    assertThat(starts(bob, MONDAY, MONDAY, LONDON)).contains(at("2030-01-21T10:00:00Z"));
    clock.set(at("2030-01-21T11:00:00Z"));
    assertCode(() -> hireloop.completeBooking().complete(bob, adas.id()), NotFoundException.class,
        "booking.not-found");
    assertCode(() -> hireloop.completeBooking().markNoShow(bob, adas.id()), NotFoundException.class,
        "booking.not-found");
    assertCode(() -> hireloop.getInterview().get(bob, adas.id()), NotFoundException.class, "interview.not-found");
    assertCode(() -> hireloop.bookSlot().book(new BookSlotCommand(bob, adasCandidate, Optional.empty(),
        at("2030-01-22T10:00:00Z"), LONDON)), NotFoundException.class, "profile.not-found");
    assertCode(() -> hireloop.createBookingLink().create(new CreateBookingLinkCommand(bob, adasCandidate,
        Optional.empty(), "manual", LONDON, Optional.empty())), NotFoundException.class, "profile.not-found");
    assertThat(interviews(bob, InterviewFilter.ALL).total()).isZero();
    assertThat(eventTypes(ada)).isEqualTo(events);
  }

  // --- booking links

  @Test
  void a_booking_link_is_a_pending_booking_with_a_signed_expiring_token() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");

    BookingLinkView link = hireloop.createBookingLink().create(new CreateBookingLinkCommand(ada, candidate,
        Optional.of(30), "Manual", SYDNEY, Optional.empty()));

    BookingView booking = link.booking();
    assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
    assertThat(booking.provider()).isEqualTo("manual");
    assertThat(booking.durationMinutes()).isEqualTo(30);
    assertThat(booking.candidateTimeZone()).isEqualTo(SYDNEY);
    assertThat(booking.slot()).isEmpty();
    assertThat(booking.expiresAt()).contains(START.plus(Hireloop.DEFAULT_BOOKING_LINK_LIFETIME));
    assertThat(link.token()).matches("[A-Za-z0-9_.-]{20,200}");
    assertThat(new HmacLinkSigner(List.of(LINK_KEY)).verify(link.token())).contains(
        new LinkClaims("booking", booking.id().value(), booking.expiresAt().orElseThrow()));
    assertThat(hireloop.getBooking().get(ada, booking.id(), Optional.of("manual"))).isEqualTo(booking);
    assertThat(eventTypes(ada)).first().isEqualTo("BookingRequested");
    assertThat(audits(ada)).first().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("booking.link-created");
      assertThat(entry.details()).containsExactly(Map.entry("provider", "manual"));
    });
  }

  @Test
  void a_link_for_an_unknown_or_unconfigured_provider_writes_nothing() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    RecruiterId legacy = legacyRecruiter("legacy@example.com");
    ProfileId legacyCandidate = profile(legacy, "Dan Candidate", "dan@example.com");
    List<String> events = eventTypes(ada);
    List<String> actions = actions(ada);
    long issued = ids.issued();

    RuleViolationException unknown = failure(RuleViolationException.class, () -> hireloop.createBookingLink()
        .create(new CreateBookingLinkCommand(ada, candidate, Optional.empty(), "zoom", LONDON, Optional.empty())));
    RuleViolationException unconfigured = failure(RuleViolationException.class, () -> hireloop.createBookingLink()
        .create(new CreateBookingLinkCommand(ada, candidate, Optional.empty(), "calcom", LONDON, Optional.empty())));
    assertCode(() -> hireloop.createBookingLink().create(new CreateBookingLinkCommand(legacy, legacyCandidate,
        Optional.empty(), "outlook", LONDON, Optional.empty())), RuleViolationException.class,
        "provider.not-configured");

    assertThat(unknown.code()).isEqualTo("provider.unknown");
    assertThat(unknown.getMessage()).contains("'zoom'");
    assertThat(unconfigured.code()).isEqualTo("provider.not-configured");
    assertThat(unconfigured.getMessage()).isEqualTo("calendar provider 'calcom' is not configured");
    assertThat(eventTypes(ada)).isEqualTo(events);
    assertThat(actions(ada)).isEqualTo(actions);
    assertThat(ids.issued()).as("no id was even drawn for a booking").isEqualTo(issued);
    assertThat(persistence.eventTypes().listByRecruiter(legacy)).isEmpty();
  }

  @Test
  void a_candidate_reads_the_link_picks_a_slot_in_their_zone_and_books_it() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    EventTypeView video = hireloop.createEventType().create(ada, new InterviewTemplate("Video interview",
        Duration.ofMinutes(60), "An hour about the role.", LocationKind.VIDEO, VIDEO_LINK));
    BookingLinkView link = hireloop.createBookingLink().create(new CreateBookingLinkCommand(ada, candidate,
        Optional.empty(), "manual", NEW_YORK, Optional.of(video.id())));

    BookingLinkDetails before = hireloop.readBookingLink().read(link.token());
    SlotsView offered = hireloop.listLinkSlots().slots(new ListLinkSlotsQuery(link.token(), MONDAY, MONDAY,
        Optional.empty()));
    BookingLinkDetails after = hireloop.bookLinkSlot().book(new BookLinkSlotCommand(link.token(),
        offered.slots().get(0).start(), Optional.of(SYDNEY)));

    assertThat(before).isEqualTo(new BookingLinkDetails(link.booking().id(), BookingStatus.PENDING,
        "Video interview", "An hour about the role.", 60, "Ada Recruiter", LONDON, NEW_YORK, LocationKind.VIDEO,
        Optional.empty(), Optional.empty(), link.booking().expiresAt()));
    assertThat(offered.candidateZone()).isEqualTo(NEW_YORK);
    // Monday 21 January in New York begins at 05:00Z, before London's hours: the day's first slot is 09:00Z
    assertThat(offered.slots().get(0)).isEqualTo(new Slot(at("2030-01-21T09:00:00Z"), at("2030-01-21T10:00:00Z")));
    assertThat(after.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(after.slot()).contains(offered.slots().get(0).interval());
    assertThat(after.locationDetail()).contains(VIDEO_LINK);
    assertThat(after.candidateTimeZone()).isEqualTo(SYDNEY);
    assertThat(hireloop.getBooking().get(ada, link.booking().id(), Optional.empty()).candidateTimeZone())
        .isEqualTo(SYDNEY);
    assertThat(eventTypes(ada)).containsSubsequence("BookingConfirmed", "BookingRequested");
    assertThat(audits(ada)).first().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("booking.confirmed");
      assertThat(entry.actor().kind()).isEqualTo(ActorKind.CANDIDATE);
    });
  }

  @Test
  void a_used_link_shows_its_booking_but_offers_and_books_nothing_more() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingLinkView link = link(ada, candidate);
    BookingLinkDetails booked = hireloop.bookLinkSlot().book(new BookLinkSlotCommand(link.token(),
        at("2030-01-21T10:00:00Z"), Optional.empty()));
    List<String> events = eventTypes(ada);

    assertThat(hireloop.readBookingLink().read(link.token())).isEqualTo(booked);
    assertCode(() -> hireloop.listLinkSlots().slots(new ListLinkSlotsQuery(link.token(), MONDAY, MONDAY,
        Optional.empty())), RuleViolationException.class, "booking-link.used");
    assertCode(() -> hireloop.bookLinkSlot().book(new BookLinkSlotCommand(link.token(), at("2030-01-21T14:00:00Z"),
        Optional.empty())), RuleViolationException.class, "booking-link.used");
    // still used once the interview time has passed and the link's own expiry too
    clock.set(at("2030-02-15T00:00:00Z"));
    assertThat(hireloop.readBookingLink().read(link.token()).status()).isEqualTo(BookingStatus.CONFIRMED);
    assertCode(() -> hireloop.listLinkSlots().slots(new ListLinkSlotsQuery(link.token(), MONDAY, MONDAY,
        Optional.empty())), RuleViolationException.class, "booking-link.used");
    assertThat(eventTypes(ada)).isEqualTo(events);
  }

  @Test
  void a_cancelled_link_is_used_up() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingLinkView link = link(ada, candidate);

    hireloop.cancelBooking().cancel(new CancelBookingCommand(ada, link.booking().id(), Optional.of("manual"),
        Optional.empty()));

    assertThat(hireloop.readBookingLink().read(link.token()).status()).isEqualTo(BookingStatus.CANCELLED);
    assertCode(() -> hireloop.bookLinkSlot().book(new BookLinkSlotCommand(link.token(), at("2030-01-21T10:00:00Z"),
        Optional.empty())), RuleViolationException.class, "booking-link.used");
  }

  @Test
  void an_expired_link_is_gone_for_reading_listing_and_booking() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingLinkView link = link(ada, candidate);
    Instant expiry = link.booking().expiresAt().orElseThrow();

    clock.set(expiry.minusSeconds(1));
    assertThat(hireloop.readBookingLink().read(link.token()).status()).isEqualTo(BookingStatus.PENDING);
    clock.set(expiry);

    assertCode(() -> hireloop.readBookingLink().read(link.token()), GoneException.class, "booking-link.expired");
    assertCode(() -> hireloop.listLinkSlots().slots(new ListLinkSlotsQuery(link.token(), MONDAY.plusDays(14),
        MONDAY.plusDays(14), Optional.empty())), GoneException.class, "booking-link.expired");
    assertCode(() -> hireloop.bookLinkSlot().book(new BookLinkSlotCommand(link.token(), at("2030-02-04T10:00:00Z"),
        Optional.empty())), GoneException.class, "booking-link.expired");
    assertThat(hireloop.getBooking().get(ada, link.booking().id(), Optional.empty()).status())
        .isEqualTo(BookingStatus.PENDING);
  }

  @Test
  void tampered_foreign_and_mismatched_tokens_are_all_the_same_invalid_link() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingLinkView link = link(ada, candidate);
    UUID bookingId = link.booking().id().value();
    Instant expiry = link.booking().expiresAt().orElseThrow();
    HmacLinkSigner sameKey = new HmacLinkSigner(List.of(LINK_KEY));
    char first = link.token().charAt(0);
    List<String> events = eventTypes(ada);

    List<String> invalid = List.of(
        (first == 'A' ? 'B' : 'A') + link.token().substring(1),
        link.token().substring(0, link.token().length() - 2),
        "",
        "not-a-token",
        new HmacLinkSigner(List.of("another key, also 32 bytes long!".getBytes(
            java.nio.charset.StandardCharsets.US_ASCII))).sign(new LinkClaims("booking", bookingId, expiry)),
        sameKey.sign(new LinkClaims("interview", bookingId, expiry)),
        sameKey.sign(new LinkClaims("booking", UUID.fromString("00000000-0000-4000-8000-00000000beef"), expiry)),
        sameKey.sign(new LinkClaims("booking", bookingId, expiry.plus(Duration.ofDays(30)))));

    for (String token : invalid) {
      for (ThrowingCallable call : List.<ThrowingCallable>of(
          () -> hireloop.readBookingLink().read(token),
          () -> hireloop.listLinkSlots().slots(new ListLinkSlotsQuery(token, MONDAY, MONDAY, Optional.empty())),
          () -> hireloop.bookLinkSlot().book(new BookLinkSlotCommand(token, at("2030-01-21T10:00:00Z"),
              Optional.empty())))) {
        NotFoundException e = failure(NotFoundException.class, call);
        assertThat(e.code()).as(token).isEqualTo("booking-link.invalid");
        assertThat(e.getMessage()).isEqualTo("this booking link is not valid");
      }
    }
    assertThat(hireloop.readBookingLink().read(link.token()).status()).isEqualTo(BookingStatus.PENDING);
    assertThat(eventTypes(ada)).isEqualTo(events);
  }

  @Test
  void a_link_refuses_a_slot_that_is_not_offered_and_stays_usable() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingLinkView link = link(ada, candidate);
    book(ada, candidate, "2030-01-21T10:00:00Z");

    Throwable taken = catchThrowable(() -> hireloop.bookLinkSlot().book(new BookLinkSlotCommand(link.token(),
        at("2030-01-21T10:00:00Z"), Optional.empty())));
    assertCode(() -> hireloop.bookLinkSlot().book(new BookLinkSlotCommand(link.token(), at("2030-01-14T07:00:00Z"),
        Optional.empty())), RuleViolationException.class, "booking.slot-in-past");

    assertThat(taken).isInstanceOf(SlotUnavailableException.class);
    assertThat(((SlotUnavailableException) taken).alternatives()).isNotEmpty();
    assertThat(hireloop.readBookingLink().read(link.token()).status()).isEqualTo(BookingStatus.PENDING);
    assertThat(hireloop.bookLinkSlot().book(new BookLinkSlotCommand(link.token(), at("2030-01-21T11:00:00Z"),
        Optional.empty())).status()).isEqualTo(BookingStatus.CONFIRMED);
  }

  @Test
  void a_link_whose_template_was_deleted_shows_the_first_template_at_its_own_length() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    EventTypeView panel = hireloop.createEventType().create(ada, template("Panel", 90, LocationKind.ADDRESS,
        "1 Main Street"));
    BookingLinkView link = hireloop.createBookingLink().create(new CreateBookingLinkCommand(ada, candidate,
        Optional.empty(), "manual", LONDON, Optional.of(panel.id())));

    hireloop.deleteEventType().delete(ada, panel.id());
    BookingLinkDetails details = hireloop.readBookingLink().read(link.token());

    // the default template's name states its length, so at 90 minutes it says so
    assertThat(details.title()).isEqualTo("90-Minute Candidate Interview");
    assertThat(details.durationMinutes()).isEqualTo(90);
    assertThat(hireloop.listLinkSlots().slots(new ListLinkSlotsQuery(link.token(), MONDAY, MONDAY,
        Optional.empty())).slots()).first().isEqualTo(new Slot(at("2030-01-21T09:00:00Z"),
        at("2030-01-21T10:30:00Z")));
  }

  // --- interview management

  @Test
  void interviews_are_listed_by_filter_in_the_recruiters_own_day_and_ordered_by_start() {
    clock.set(at("2030-01-14T12:00:00Z"));
    RecruiterId ada = recruiter("ada@example.com", NEW_YORK);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    withAvailability(ada, Availability.standard(NEW_YORK)
        .withWeeklyHours(WorkingHours.weekdays(LocalTimeRange.of("09:00", "23:00"))));
    BookingView completed = book(ada, candidate, "2030-01-14T14:00:00Z");
    BookingView noShow = book(ada, candidate, "2030-01-14T15:00:00Z");
    BookingView unmarked = book(ada, candidate, "2030-01-14T16:00:00Z");
    BookingView later = book(ada, candidate, "2030-01-14T20:00:00Z");
    BookingView lateEvening = book(ada, candidate, "2030-01-15T03:00:00Z"); // Monday 22:00 in New York
    BookingView tomorrow = book(ada, candidate, "2030-01-15T15:00:00Z");
    BookingView cancelled = book(ada, candidate, "2030-01-16T15:00:00Z");
    link(ada, candidate);
    hireloop.cancelBooking().cancel(new CancelBookingCommand(ada, cancelled.id(), Optional.empty(),
        Optional.empty()));
    clock.set(at("2030-01-14T17:00:00Z"));
    hireloop.completeBooking().complete(ada, completed.id());
    hireloop.completeBooking().markNoShow(ada, noShow.id());

    assertThat(interviewIds(ada, InterviewFilter.UPCOMING)).containsExactly(later.id(), lateEvening.id(),
        tomorrow.id());
    assertThat(interviewIds(ada, InterviewFilter.TODAY)).containsExactly(completed.id(), noShow.id(),
        unmarked.id(), later.id(), lateEvening.id());
    assertThat(interviewIds(ada, InterviewFilter.COMPLETED)).containsExactly(completed.id(), noShow.id(),
        unmarked.id());
    assertThat(interviewIds(ada, InterviewFilter.ALL)).containsExactly(completed.id(), noShow.id(), unmarked.id(),
        later.id(), lateEvening.id(), tomorrow.id(), cancelled.id());
    Page<InterviewView> page = hireloop.listInterviews().list(new ListInterviewsQuery(ada, InterviewFilter.ALL,
        new PageRequest(2, 3)));
    assertThat(page.items()).extracting(InterviewView::id).containsExactly(unmarked.id(), later.id(),
        lateEvening.id());
    assertThat(page.total()).isEqualTo(7);
  }

  @Test
  void an_interview_shows_the_candidate_the_template_and_both_zones() {
    RecruiterId ada = recruiter("ada@example.com", NEW_YORK);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    EventTypeView video = hireloop.createEventType().create(ada, new InterviewTemplate("Video interview",
        Duration.ofMinutes(45), "", LocationKind.VIDEO, VIDEO_LINK));
    BookingView booked = hireloop.bookSlot().book(new BookSlotCommand(ada, candidate, Optional.of(video.id()),
        at("2030-01-21T15:00:00Z"), SYDNEY));

    InterviewView interview = hireloop.getInterview().get(ada, booked.id());

    assertThat(interview.candidateName()).isEqualTo("Carol Candidate");
    assertThat(interview.candidateEmail()).contains(Email.of("carol@example.com"));
    assertThat(interview.title()).isEqualTo("Video interview");
    assertThat(interview.slot()).isEqualTo(booked.slot().orElseThrow());
    assertThat(interview.candidateTimeZone()).isEqualTo(SYDNEY);
    assertThat(interview.recruiterTimeZone()).isEqualTo(NEW_YORK);
    assertThat(interview.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(interview.provider()).isEqualTo("manual");
    assertThat(interview.locationKind()).isEqualTo(LocationKind.VIDEO);
    assertThat(interview.locationDetail()).isEqualTo(VIDEO_LINK);
    assertThat(interview.rescheduleCount()).isZero();
    assertThat(interviews(ada, InterviewFilter.ALL).items()).containsExactly(interview);

    hireloop.deleteEventType().delete(ada, video.id());

    InterviewView orphan = hireloop.getInterview().get(ada, booked.id());
    assertThat(orphan.title()).isEqualTo("45-minute interview");
    assertThat(orphan.locationKind()).isEqualTo(LocationKind.VIDEO);
    assertThat(orphan.locationDetail()).isEmpty();
  }

  @Test
  void a_booking_without_a_slot_is_no_interview() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    BookingLinkView link = link(ada, candidate);

    assertCode(() -> hireloop.getInterview().get(ada, link.booking().id()), NotFoundException.class,
        "interview.not-found");
    assertCode(() -> hireloop.getInterview().get(ada, new BookingId(UUID.fromString(
        "00000000-0000-4000-8000-00000000f00d"))), NotFoundException.class, "interview.not-found");
    assertThat(interviews(ada, InterviewFilter.ALL).total()).isZero();
  }

  // --- the audit trail and the outbox

  @Test
  void the_scheduling_audit_trail_holds_codes_and_ids_only() {
    RecruiterId ada = recruiter("ada@example.com", LONDON);
    ProfileId candidate = profile(ada, "Carol Candidate", "carol@example.com");
    hireloop.updateAvailability().update(new UpdateAvailabilityCommand(ada, Availability.standard(LONDON),
        Optional.empty()));
    hireloop.putDateOverride().put(ada, DateOverride.extra(MONDAY, LocalTimeRange.of("18:00", "19:00")));
    EventTypeView secret = hireloop.createEventType().create(ada, template("Carol's private chat", 30,
        LocationKind.ADDRESS, "Flat 2, 10 Private Road"));
    BookingLinkView link = hireloop.createBookingLink().create(new CreateBookingLinkCommand(ada, candidate,
        Optional.empty(), "manual", LONDON, Optional.of(secret.id())));
    hireloop.bookLinkSlot().book(new BookLinkSlotCommand(link.token(), at("2030-01-21T10:00:00Z"),
        Optional.empty()));
    hireloop.rescheduleBooking().reschedule(new RescheduleBookingCommand(ada, link.booking().id(),
        at("2030-01-21T18:00:00Z"), Optional.of("Carol Candidate is travelling")));
    BookingView direct = book(ada, candidate, "2030-01-22T10:00:00Z");
    hireloop.cancelBooking().cancel(new CancelBookingCommand(ada, direct.id(), Optional.empty(),
        Optional.of("Carol wrote to carol@example.com")));
    clock.set(at("2030-01-21T19:00:00Z"));
    hireloop.completeBooking().complete(ada, link.booking().id());

    List<AuditEntry> entries = audits(ada);

    assertThat(entries).extracting(AuditEntry::action).contains("availability.updated",
        "availability.override-set", "event-type.created", "booking.link-created", "booking.confirmed",
        "booking.rescheduled", "booking.cancelled", "booking.completed");
    assertThat(entries).allSatisfy(entry -> assertThat(entry.details().values())
        .allSatisfy(value -> assertThat(value).matches("[a-z0-9_.:-]+")));
    assertThat(entries.toString()).doesNotContain("Carol", "carol@", "Ada Recruiter", "Private", "travelling");
    assertThat(eventTypes(ada)).containsSubsequence("BookingCompleted", "BookingCancelled", "BookingConfirmed",
        "BookingRescheduled", "BookingConfirmed", "BookingRequested");
  }

  // --- helpers

  private RecruiterId recruiter(String email, ZoneId zone) {
    return hireloop.createRecruiter().create(new CreateRecruiterCommand("Ada Recruiter", Email.of(email), zone)).id();
  }

  /** A recruiter stored as one created before interview templates existed: with none. */
  private RecruiterId legacyRecruiter(String email) {
    Recruiter recruiter = Recruiter.create(new RecruiterId(ids.next()), "Legacy Recruiter", Email.of(email), LONDON,
        clock.instant());
    return persistence.recruiters().save(recruiter).id();
  }

  private ProfileId profile(RecruiterId recruiterId, String name, String email) {
    ProfileDetails details = new ProfileDetails(name, Optional.of(Email.of(email)), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    return hireloop.createProfile().create(new CreateProfileCommand(recruiterId, details, ProfileSource.MANUAL)).id();
  }

  private void withAvailability(RecruiterId recruiterId, Availability availability) {
    hireloop.updateAvailability().update(new UpdateAvailabilityCommand(recruiterId, availability, Optional.empty()));
  }

  private static InterviewTemplate template(String name, int minutes, LocationKind kind, String detail) {
    return new InterviewTemplate(name, Duration.ofMinutes(minutes), "About " + name, kind, detail);
  }

  private BookingView book(RecruiterId recruiterId, ProfileId profileId, String start) {
    return hireloop.bookSlot().book(new BookSlotCommand(recruiterId, profileId, Optional.empty(), at(start),
        LONDON));
  }

  private BookingView reschedule(RecruiterId recruiterId, BookingId bookingId, String start) {
    return hireloop.rescheduleBooking().reschedule(new RescheduleBookingCommand(recruiterId, bookingId, at(start),
        Optional.empty()));
  }

  private SlotUnavailableException refusedSlot(RecruiterId recruiterId, ProfileId profileId, String start) {
    return failure(SlotUnavailableException.class, () -> book(recruiterId, profileId, start));
  }

  private BookingLinkView link(RecruiterId recruiterId, ProfileId profileId) {
    return hireloop.createBookingLink().create(new CreateBookingLinkCommand(recruiterId, profileId,
        Optional.empty(), "manual", LONDON, Optional.empty()));
  }

  private SlotsView slots(RecruiterId recruiterId, LocalDate from, LocalDate to, ZoneId zone) {
    return hireloop.listSlots().list(new ListSlotsQuery(recruiterId, Optional.empty(), from, to, zone));
  }

  private List<Instant> starts(RecruiterId recruiterId, LocalDate from, LocalDate to, ZoneId zone) {
    return slots(recruiterId, from, to, zone).slots().stream().map(Slot::start).toList();
  }

  private static Instant firstOn(SlotsView view, String candidateDate) {
    return view.slots().stream().filter(slot -> onDate(slot, view.candidateZone(), candidateDate))
        .map(Slot::start).findFirst().orElseThrow();
  }

  private static boolean onDate(Slot slot, ZoneId zone, String date) {
    return slot.start().atZone(zone).toLocalDate().equals(LocalDate.parse(date));
  }

  private Page<InterviewView> interviews(RecruiterId recruiterId, InterviewFilter filter) {
    return hireloop.listInterviews().list(new ListInterviewsQuery(recruiterId, filter, PageRequest.first(200)));
  }

  private List<BookingId> interviewIds(RecruiterId recruiterId, InterviewFilter filter) {
    return interviews(recruiterId, filter).items().stream().map(InterviewView::id).toList();
  }

  /** Outbox event types of the recruiter, newest first. */
  private List<String> eventTypes(RecruiterId recruiterId) {
    return persistence.eventOutbox().list(recruiterId, PageRequest.first(200)).items().stream()
        .map(StoredEvent::event).map(DomainEvent::eventType).toList();
  }

  /** Audit entries of the recruiter, newest first. */
  private List<AuditEntry> audits(RecruiterId recruiterId) {
    return persistence.auditLog().list(recruiterId, PageRequest.first(200)).items();
  }

  private List<String> actions(RecruiterId recruiterId) {
    return audits(recruiterId).stream().map(AuditEntry::action).toList();
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  /** Runs {@code work} on {@code threads} threads released at the same moment; their results in thread order. */
  private static <T> List<T> race(int threads, Callable<T> work) throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return work.call();
        }));
      }
      ready.await();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(2, TimeUnit.MINUTES));
      }
      return results;
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("a racing request never finished", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T extends Throwable> T failure(Class<T> type, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(type);
    return type.cast(thrown);
  }

  private static void assertCode(ThrowingCallable call, Class<? extends HireloopException> type, String code) {
    assertThat(failure(type, call).code()).isEqualTo(code);
  }
}
