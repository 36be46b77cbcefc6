package dev.hireloop.application;

import dev.hireloop.domain.audit.Actor;
import dev.hireloop.domain.audit.ActorKind;
import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingCancelled;
import dev.hireloop.domain.booking.BookingCompleted;
import dev.hireloop.domain.booking.BookingConfirmed;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingMarkedNoShow;
import dev.hireloop.domain.booking.BookingRequested;
import dev.hireloop.domain.booking.BookingRescheduled;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.scheduling.Availability;
import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.domain.scheduling.Slot;
import dev.hireloop.domain.scheduling.SlotEngine;
import dev.hireloop.domain.scheduling.SlotQuery;
import dev.hireloop.domain.scheduling.SlotUnavailableException;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.GoneException;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.in.scheduling.BookLinkSlotCommand;
import dev.hireloop.port.in.scheduling.BookLinkSlotUseCase;
import dev.hireloop.port.in.scheduling.BookSlotCommand;
import dev.hireloop.port.in.scheduling.BookSlotUseCase;
import dev.hireloop.port.in.scheduling.BookingLinkDetails;
import dev.hireloop.port.in.scheduling.BookingLinkView;
import dev.hireloop.port.in.scheduling.BookingView;
import dev.hireloop.port.in.scheduling.CancelBookingCommand;
import dev.hireloop.port.in.scheduling.CancelBookingUseCase;
import dev.hireloop.port.in.scheduling.CompleteBookingUseCase;
import dev.hireloop.port.in.scheduling.CreateBookingLinkCommand;
import dev.hireloop.port.in.scheduling.CreateBookingLinkUseCase;
import dev.hireloop.port.in.scheduling.GetBookingUseCase;
import dev.hireloop.port.in.scheduling.ListLinkSlotsQuery;
import dev.hireloop.port.in.scheduling.ListLinkSlotsUseCase;
import dev.hireloop.port.in.scheduling.ListSlotsQuery;
import dev.hireloop.port.in.scheduling.ListSlotsUseCase;
import dev.hireloop.port.in.scheduling.ReadBookingLinkUseCase;
import dev.hireloop.port.in.scheduling.RescheduleBookingCommand;
import dev.hireloop.port.in.scheduling.RescheduleBookingUseCase;
import dev.hireloop.port.in.scheduling.SlotsView;
import dev.hireloop.port.out.persistence.BookingRepository;
import dev.hireloop.port.out.security.LinkClaims;
import dev.hireloop.port.out.security.LinkSigner;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slots, bookings and booking links over the conflict ledger. Stateless and thread-safe.
 *
 * <p>Booking a start takes two steps. First the slot engine must offer exactly that start, computed from the
 * availability, the template and the bookings that hold a range, their held ranges (slot plus buffers, as booked)
 * counted as busy: so the engine refuses what the ledger would refuse, and it also applies notice, window and the
 * per-day and per-week limits. Then one transaction saves the booking, where the ledger ({@link BookingRepository})
 * is what really prevents a double booking: when a concurrent request got there first, the save fails with
 * {@code booking.slot-taken} and the caller gets the nearest free slots instead. The limits are checked only in the
 * first step, so two requests racing for two different slots of one day may together exceed {@code maxPerDay}; the
 * ledger guarantees only that no two bookings overlap.
 */
final class SchedulingService implements ListSlotsUseCase, CreateBookingLinkUseCase, GetBookingUseCase,
    CancelBookingUseCase, BookSlotUseCase, RescheduleBookingUseCase, CompleteBookingUseCase, ReadBookingLinkUseCase,
    ListLinkSlotsUseCase, BookLinkSlotUseCase {
  /** The purpose a booking link's token is signed for; a token signed for anything else is no booking link. */
  static final String LINK_PURPOSE = "booking";
  private static final String SLOT_TAKEN = "booking.slot-taken";
  private static final int ALTERNATIVES = 5;
  private static final int ALTERNATIVE_DAYS = 14;
  // the ledger is read this far beyond the dates asked: whole ISO weeks for the weekly limit, plus any zone offset
  private static final Duration LEDGER_MARGIN = Duration.ofDays(8);

  private final ServiceContext context;
  private final LinkSigner links;
  private final Duration linkLifetime;
  private final AvailabilityService availabilities;
  private final EventTypeService eventTypes;
  private final SlotEngine engine = new SlotEngine();
  private final LedgerQueue queue = new LedgerQueue(Duration.ofSeconds(30));

  SchedulingService(ServiceContext context, LinkSigner links, Duration linkLifetime) {
    this.context = context;
    this.links = links;
    this.linkLifetime = linkLifetime;
    this.availabilities = new AvailabilityService(context);
    this.eventTypes = new EventTypeService(context);
  }

  // --- the recruiter's side

  @Override
  public SlotsView list(ListSlotsQuery query) {
    Recruiter recruiter = context.recruiter(query.recruiterId());
    InterviewTemplate template = query.eventTypeId()
        .map(id -> eventTypes.owned(recruiter.id(), id))
        .orElseGet(() -> eventTypes.first(recruiter.id()))
        .template();
    Availability availability = availabilities.current(recruiter).availability();
    List<Slot> slots = offered(recruiter.id(), availability, template, query.from(), query.to(),
        query.candidateZone(), Optional.empty(), context.now());
    return new SlotsView(minutes(template), query.candidateZone(), availability.zone(), query.from(), query.to(),
        slots);
  }

  @Override
  public BookingView book(BookSlotCommand command) {
    Recruiter recruiter = context.recruiter(command.recruiterId());
    requireProfile(recruiter.id(), command.profileId());
    EventType eventType = command.eventTypeId()
        .map(id -> eventTypes.owned(recruiter.id(), id))
        .orElseGet(() -> eventTypes.first(recruiter.id()));
    InterviewTemplate template = eventType.template();
    Availability availability = availabilities.current(recruiter).availability();
    Slot slot = requireOffered(recruiter.id(), availability, template, command.start(), Optional.empty());
    Booking saved = saveInSlot(recruiter.id(), () -> {
      Instant now = context.now();
      Booking booking = Booking.request(new BookingId(context.newId()), recruiter.id(), command.profileId(),
              Optional.empty(), Optional.of(eventType.id()), CalendarProviders.MANUAL, minutes(template),
              command.candidateTimeZone(), Optional.empty(), now)
          .confirm(slot.interval(), held(slot, availability), now);
      return confirmed(bookings().save(booking), Actor.recruiter(recruiter.id()), now);
    }, () -> alternatives(recruiter.id(), availability, template, command.start(), Optional.empty()));
    return BookingView.from(saved);
  }

  @Override
  public BookingView reschedule(RescheduleBookingCommand command) {
    Booking current = owned(command.recruiterId(), command.bookingId(), Optional.empty());
    requireFuture(command.newStart());
    if (current.status() != BookingStatus.CONFIRMED) {
      throw new RuleViolationException("booking.not-confirmed", "only a confirmed booking can be rescheduled");
    }
    Recruiter recruiter = context.recruiter(current.recruiterId());
    InterviewTemplate template = templateOf(current);
    Availability availability = availabilities.current(recruiter).availability();
    // the booking's own range is free for its move: a 45-minute booking may slide by 15 minutes
    Optional<BookingId> itself = Optional.of(current.id());
    Slot slot = requireOffered(recruiter.id(), availability, template, command.newStart(), itself);
    Booking saved = saveInSlot(recruiter.id(), () -> {
      Instant now = context.now();
      Booking fresh = owned(command.recruiterId(), command.bookingId(), Optional.empty());
      Booking moved = bookings().save(fresh.reschedule(slot.interval(), held(slot, availability), command.reason(),
          now));
      context.publish(new BookingRescheduled(context.newId(), now, moved.recruiterId(), moved.id(),
          moved.profileId(), fresh.slot().orElseThrow(), slot.interval()));
      audit(moved, Actor.recruiter(moved.recruiterId()), "booking.rescheduled", now, Map.of());
      return moved;
    }, () -> alternatives(recruiter.id(), availability, template, command.newStart(), itself));
    return BookingView.from(saved);
  }

  @Override
  public BookingView get(RecruiterId recruiterId, BookingId bookingId, Optional<String> provider) {
    return BookingView.from(owned(recruiterId, bookingId, provider));
  }

  @Override
  public BookingView cancel(CancelBookingCommand command) {
    return context.inTransaction(() -> {
      Booking current = owned(command.recruiterId(), command.bookingId(), command.provider());
      Instant now = context.now();
      Booking saved = bookings().save(current.cancel(command.reason(), now));
      context.publish(new BookingCancelled(context.newId(), now, saved.recruiterId(), saved.id(), saved.profileId()));
      // the reason is free text written by a person: it stays on the booking, never in the audit trail
      audit(saved, Actor.recruiter(saved.recruiterId()), "booking.cancelled", now,
          Map.of("from", wire(current.status())));
      return BookingView.from(saved);
    });
  }

  @Override
  public BookingView complete(RecruiterId recruiterId, BookingId bookingId) {
    return context.inTransaction(() -> {
      Instant now = context.now();
      Booking saved = bookings().save(owned(recruiterId, bookingId, Optional.empty()).complete(now));
      context.publish(new BookingCompleted(context.newId(), now, saved.recruiterId(), saved.id(), saved.profileId()));
      audit(saved, Actor.recruiter(recruiterId), "booking.completed", now, Map.of());
      return BookingView.from(saved);
    });
  }

  @Override
  public BookingView markNoShow(RecruiterId recruiterId, BookingId bookingId) {
    return context.inTransaction(() -> {
      Instant now = context.now();
      Booking saved = bookings().save(owned(recruiterId, bookingId, Optional.empty()).markNoShow(now));
      context.publish(new BookingMarkedNoShow(context.newId(), now, saved.recruiterId(), saved.id(),
          saved.profileId()));
      audit(saved, Actor.recruiter(recruiterId), "booking.no-show", now, Map.of());
      return BookingView.from(saved);
    });
  }

  // --- booking links

  @Override
  public BookingLinkView create(CreateBookingLinkCommand command) {
    // checked before anything else, so that a link for an unusable provider leaves nothing behind
    String provider = CalendarProviders.configured(command.provider());
    Recruiter recruiter = context.recruiter(command.recruiterId());
    requireProfile(recruiter.id(), command.profileId());
    EventType eventType = command.eventTypeId()
        .map(id -> eventTypes.owned(recruiter.id(), id))
        .orElseGet(() -> eventTypes.first(recruiter.id()));
    int durationMinutes = command.durationMinutes().orElse(minutes(eventType.template()));
    BookingView booking = context.inTransaction(() -> {
      Instant now = context.now();
      // whole seconds, the precision of the token's claims, so that the two compare equal
      Instant expiresAt = now.plus(linkLifetime).truncatedTo(ChronoUnit.SECONDS);
      Booking saved = bookings().save(Booking.request(new BookingId(context.newId()), recruiter.id(),
          command.profileId(), Optional.empty(), Optional.of(eventType.id()), provider, durationMinutes,
          command.candidateTimeZone(), Optional.of(expiresAt), now));
      context.publish(new BookingRequested(context.newId(), now, saved.recruiterId(), saved.id(), saved.profileId()));
      audit(saved, Actor.recruiter(saved.recruiterId()), "booking.link-created", now, Map.of("provider", provider));
      return BookingView.from(saved);
    });
    String token = links.sign(new LinkClaims(LINK_PURPOSE, booking.id().value(), booking.expiresAt().orElseThrow()));
    return new BookingLinkView(booking, token);
  }

  @Override
  public BookingLinkDetails read(String token) {
    Booking booking = linked(token);
    if (booking.isExpiredAt(context.now())) {
      throw expired();
    }
    return details(booking);
  }

  @Override
  public SlotsView slots(ListLinkSlotsQuery query) {
    Booking booking = linked(query.token());
    requireUsable(booking, context.now());
    Recruiter recruiter = context.recruiter(booking.recruiterId());
    Availability availability = availabilities.current(recruiter).availability();
    ZoneId zone = query.candidateZone().orElse(booking.candidateTimeZone());
    List<Slot> slots = offered(recruiter.id(), availability, templateOf(booking), query.from(), query.to(), zone,
        Optional.empty(), context.now());
    return new SlotsView(booking.durationMinutes(), zone, availability.zone(), query.from(), query.to(), slots);
  }

  @Override
  public BookingLinkDetails book(BookLinkSlotCommand command) {
    Booking pending = linked(command.token());
    requireUsable(pending, context.now());
    Recruiter recruiter = context.recruiter(pending.recruiterId());
    InterviewTemplate template = templateOf(pending);
    Availability availability = availabilities.current(recruiter).availability();
    Slot slot = requireOffered(recruiter.id(), availability, template, command.start(), Optional.empty());
    Booking saved = saveInSlot(recruiter.id(), () -> {
      Instant now = context.now();
      Booking fresh = bookings().findById(pending.id()).orElseThrow(SchedulingService::invalidLink);
      requireUsable(fresh, now);
      Booking booked = fresh.confirm(slot.interval(), held(slot, availability), now);
      Booking inZone = command.candidateZone().map(zone -> booked.withCandidateTimeZone(zone, now)).orElse(booked);
      return confirmed(bookings().save(inZone), new Actor(ActorKind.CANDIDATE, Optional.empty()), now);
    }, () -> alternatives(recruiter.id(), availability, template, command.start(), Optional.empty()));
    return details(saved);
  }

  /** The recruiter's availability now (the standard hours if never saved). */
  Availability availabilityOf(Recruiter recruiter) {
    return availabilities.current(recruiter).availability();
  }

  // --- slots

  /** The engine's slots on {@code from..to} in {@code zone}, with the ledger's bookings (but {@code ignoring}). */
  List<Slot> offered(RecruiterId recruiterId, Availability availability, InterviewTemplate template,
      LocalDate from, LocalDate to, ZoneId zone, Optional<BookingId> ignoring, Instant now) {
    Instant ledgerFrom = from.atStartOfDay(zone).toInstant().minus(LEDGER_MARGIN);
    Instant ledgerTo = to.plusDays(1).atStartOfDay(zone).toInstant().plus(LEDGER_MARGIN);
    List<Booking> holding = bookings().findHolding(recruiterId, ledgerFrom, ledgerTo).stream()
        .filter(booking -> ignoring.filter(booking.id()::equals).isEmpty())
        .toList();
    // held ranges as busy: exactly what the ledger refuses; slots as bookings: what the limits count
    List<Interval> busy = holding.stream().map(booking -> booking.held().orElseThrow()).toList();
    List<Interval> booked = holding.stream().map(booking -> booking.slot().orElseThrow()).toList();
    return engine.slots(new SlotQuery(availability, template, busy, booked, now, from, to, zone));
  }

  /** The offered slot starting at {@code start}, or the reason why there is none. */
  Slot requireOffered(RecruiterId recruiterId, Availability availability, InterviewTemplate template,
      Instant start, Optional<BookingId> ignoring) {
    requireFuture(start);
    Instant now = context.now();
    LocalDate day = start.atZone(availability.zone()).toLocalDate();
    return offered(recruiterId, availability, template, day.minusDays(1), day.plusDays(1), availability.zone(),
        ignoring, now).stream()
        .filter(slot -> slot.start().equals(start))
        .findFirst()
        .orElseThrow(() -> new SlotUnavailableException("booking.slot-unavailable",
            "that start is not a bookable slot (taken, off the step, outside the hours or too soon)",
            alternatives(recruiterId, availability, template, start, ignoring)));
  }

  /** Up to five offered slots nearest to {@code start} (looking up to 14 days ahead), sorted by start. */
  List<Slot> alternatives(RecruiterId recruiterId, Availability availability, InterviewTemplate template,
      Instant start, Optional<BookingId> ignoring) {
    LocalDate day = start.atZone(availability.zone()).toLocalDate();
    return offered(recruiterId, availability, template, day.minusDays(1), day.plusDays(ALTERNATIVE_DAYS),
        availability.zone(), ignoring, context.now()).stream()
        .filter(slot -> !slot.start().equals(start))
        .sorted(Comparator.comparing((Slot slot) -> Duration.between(slot.start(), start).abs())
            .thenComparing(Slot::start))
        .limit(ALTERNATIVES)
        .sorted(Comparator.comparing(Slot::start))
        .toList();
  }

  /**
   * Runs the write of a booking into a slot; when the ledger refuses it because someone was faster, answers with
   * the alternatives, computed only after the failed transaction (on PostgreSQL it is aborted and reads nothing).
   */
  Booking saveInSlot(RecruiterId interviewer, Supplier<Booking> write, Supplier<List<Slot>> alternatives) {
    try {
      return queue.inTurn(interviewer, () -> context.inTransaction(write));
    } catch (ConflictException e) {
      if (!SLOT_TAKEN.equals(e.code())) {
        throw e;
      }
      throw new SlotUnavailableException(SLOT_TAKEN, "that slot was booked a moment ago; pick another",
          alternatives.get());
    }
  }

  Booking confirmed(Booking saved, Actor actor, Instant now) {
    context.publish(new BookingConfirmed(context.newId(), now, saved.recruiterId(), saved.id(), saved.profileId(),
        saved.slot().orElseThrow()));
    audit(saved, actor, "booking.confirmed", now, Map.of("provider", saved.provider()));
    return saved;
  }

  private void requireFuture(Instant start) {
    if (!start.isAfter(context.now())) {
      throw new RuleViolationException("booking.slot-in-past", "the slot has already started");
    }
  }

  static Interval held(Slot slot, Availability availability) {
    return new Interval(slot.start().minus(availability.bufferBefore()), slot.end().plus(availability.bufferAfter()));
  }

  // --- booking links

  /** The booking a token is for: a valid signature, the booking purpose, and the expiry the booking has. */
  Booking linked(String token) {
    return links.verify(token)
        .filter(claims -> claims.purpose().equals(LINK_PURPOSE))
        .flatMap(claims -> bookings().findById(new BookingId(claims.subject()))
            .filter(booking -> booking.expiresAt()
                .map(expiry -> expiry.truncatedTo(ChronoUnit.SECONDS).equals(claims.expiresAt()))
                .orElse(false)))
        .orElseThrow(SchedulingService::invalidLink);
  }

  private static void requireUsable(Booking booking, Instant now) {
    if (booking.isExpiredAt(now)) {
      throw expired();
    }
    if (booking.status() != BookingStatus.PENDING) {
      throw new RuleViolationException("booking-link.used", "this booking link has already been used");
    }
  }

  private static NotFoundException invalidLink() {
    return new NotFoundException("booking-link.invalid", "this booking link is not valid");
  }

  private static GoneException expired() {
    return new GoneException("booking-link.expired", "this booking link has expired");
  }

  BookingLinkDetails details(Booking booking) {
    Recruiter recruiter = context.recruiter(booking.recruiterId());
    Availability availability = availabilities.current(recruiter).availability();
    InterviewTemplate template = templateOf(booking);
    // the video link, phone number or address is for the candidate who booked, not for whoever holds the link
    boolean booked = booking.slot().isPresent() && booking.status() != BookingStatus.CANCELLED;
    Optional<String> locationDetail = Optional.of(template.locationDetail())
        .filter(detail -> booked && !detail.isEmpty());
    return new BookingLinkDetails(booking.id(), booking.status(), template.name(), template.description(),
        booking.durationMinutes(), recruiter.name(), availability.zone(), booking.candidateTimeZone(),
        template.locationKind(), locationDetail, booking.slot(), booking.expiresAt());
  }

  /** The booking's template (the recruiter's first if it was deleted), at the booking's own length. */
  InterviewTemplate templateOf(Booking booking) {
    InterviewTemplate template = booking.eventTypeId()
        .flatMap(id -> context.persistence().eventTypes().findById(id))
        .filter(eventType -> eventType.recruiterId().equals(booking.recruiterId()))
        .orElseGet(() -> eventTypes.first(booking.recruiterId()))
        .template();
    return template.withDuration(Duration.ofMinutes(booking.durationMinutes()));
  }

  // --- shared

  /**
   * The recruiter's booking; another recruiter's, or (with {@code provider}) another provider's, is
   * {@code booking.not-found}. An unknown provider name is {@code provider.unknown}.
   */
  private Booking owned(RecruiterId recruiterId, BookingId bookingId, Optional<String> provider) {
    Optional<String> canonical = provider.map(CalendarProviders::known);
    return bookings().findById(bookingId)
        .filter(booking -> booking.recruiterId().equals(recruiterId))
        .filter(booking -> canonical.map(booking.provider()::equals).orElse(true))
        .orElseThrow(() -> new NotFoundException("booking.not-found", "no booking " + bookingId));
  }

  private void requireProfile(RecruiterId recruiterId, ProfileId profileId) {
    context.persistence().profiles().findById(profileId)
        .filter(profile -> profile.recruiterId().equals(recruiterId))
        .orElseThrow(() -> new NotFoundException("profile.not-found", "no profile " + profileId));
  }

  private BookingRepository bookings() {
    return context.persistence().bookings();
  }

  void audit(Booking booking, Actor actor, String action, Instant now, Map<String, String> details) {
    context.audit(booking.recruiterId(), actor, action, "booking", booking.id(), now, details);
  }

  static int minutes(InterviewTemplate template) {
    return Math.toIntExact(template.duration().toMinutes());
  }

  static String wire(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
