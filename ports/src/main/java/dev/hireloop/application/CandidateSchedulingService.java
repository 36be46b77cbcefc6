package dev.hireloop.application;

import dev.hireloop.domain.audit.Actor;
import dev.hireloop.domain.audit.ActorKind;
import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingCancelled;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingRescheduled;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.booking.Reschedule;
import dev.hireloop.domain.job.Job;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.job.JobStatus;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.profile.ProfileCreated;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.scheduling.Availability;
import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.domain.scheduling.Slot;
import dev.hireloop.domain.shared.GoneException;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.in.candidate.CalendarFileView;
import dev.hireloop.port.in.candidate.CancelManagedBookingCommand;
import dev.hireloop.port.in.candidate.CancelManagedBookingUseCase;
import dev.hireloop.port.in.candidate.CandidateBooking;
import dev.hireloop.port.in.candidate.DownloadCalendarFileUseCase;
import dev.hireloop.port.in.candidate.JobSchedulingView;
import dev.hireloop.port.in.candidate.ListJobSlotsQuery;
import dev.hireloop.port.in.candidate.ListJobSlotsUseCase;
import dev.hireloop.port.in.candidate.ListManagedSlotsQuery;
import dev.hireloop.port.in.candidate.ListManagedSlotsUseCase;
import dev.hireloop.port.in.candidate.ManageBookedLinkUseCase;
import dev.hireloop.port.in.candidate.ReadJobSchedulingUseCase;
import dev.hireloop.port.in.candidate.ReadManagedBookingUseCase;
import dev.hireloop.port.in.candidate.RescheduleManagedBookingCommand;
import dev.hireloop.port.in.candidate.RescheduleManagedBookingUseCase;
import dev.hireloop.port.in.candidate.ScheduleJobInterviewCommand;
import dev.hireloop.port.in.candidate.ScheduleJobInterviewUseCase;
import dev.hireloop.port.in.scheduling.ListSlotsQuery;
import dev.hireloop.port.in.scheduling.SlotsView;
import dev.hireloop.port.out.calendar.CalendarFiles;
import dev.hireloop.port.out.calendar.CalendarInvite;
import dev.hireloop.port.out.notification.CandidateLinks;
import dev.hireloop.port.out.persistence.BookingRepository;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The candidate's side of scheduling, without an account: a job's public page (the recruiter's default template
 * over the same slots, ledger and booking path as {@link SchedulingService}) and the manage link of a booked
 * interview, whose token is the credential for that one booking. Every change is made by the candidate
 * ({@link ActorKind#CANDIDATE}), with the same events and audit entries as the recruiter's. Stateless and
 * thread-safe.
 */
final class CandidateSchedulingService implements ReadJobSchedulingUseCase, ListJobSlotsUseCase,
    ScheduleJobInterviewUseCase, ManageBookedLinkUseCase, ReadManagedBookingUseCase, ListManagedSlotsUseCase,
    RescheduleManagedBookingUseCase, CancelManagedBookingUseCase, DownloadCalendarFileUseCase {
  private static final Actor CANDIDATE = new Actor(ActorKind.CANDIDATE, Optional.empty());

  private final ServiceContext context;
  private final SchedulingService scheduling;
  private final EventTypeService eventTypes;
  private final ManageTokens tokens;
  private final Optional<CalendarFiles> calendarFiles;
  private final Optional<CandidateLinks> candidateLinks;
  private final BookingEmails emails = new BookingEmails();

  CandidateSchedulingService(ServiceContext context, SchedulingService scheduling, ManageTokens tokens,
      Optional<CalendarFiles> calendarFiles, Optional<CandidateLinks> candidateLinks) {
    this.context = context;
    this.scheduling = scheduling;
    this.eventTypes = new EventTypeService(context);
    this.tokens = tokens;
    this.calendarFiles = calendarFiles;
    this.candidateLinks = candidateLinks;
  }

  // --- a job's public page

  @Override
  public JobSchedulingView read(JobId jobId) {
    Job job = openJob(jobId);
    Recruiter recruiter = context.recruiter(job.recruiterId());
    InterviewTemplate template = eventTypes.first(recruiter.id()).template();
    Availability availability = scheduling.availabilityOf(recruiter);
    return new JobSchedulingView(job.id(), job.details().title(), job.details().company(), template.name(),
        template.description(), SchedulingService.minutes(template), recruiter.name(), availability.zone(),
        template.locationKind());
  }

  @Override
  public SlotsView slots(ListJobSlotsQuery query) {
    Job job = openJob(query.jobId());
    return scheduling.list(new ListSlotsQuery(job.recruiterId(), Optional.empty(), query.from(), query.to(),
        query.candidateZone()));
  }

  @Override
  public CandidateBooking schedule(ScheduleJobInterviewCommand command) {
    Job job = openJob(command.jobId());
    Recruiter recruiter = context.recruiter(job.recruiterId());
    EventType eventType = eventTypes.first(recruiter.id());
    InterviewTemplate template = eventType.template();
    Availability availability = scheduling.availabilityOf(recruiter);
    Slot slot = scheduling.requireOffered(recruiter.id(), availability, template, command.start(), Optional.empty());
    Booking saved = scheduling.saveInSlot(recruiter.id(), () -> {
      Instant now = context.now();
      // the job may have closed since it was read: checked again where it counts, before anything is written
      openJob(command.jobId());
      Profile profile = profileFor(recruiter, command, now);
      Booking booking = Booking.request(new BookingId(context.newId()), recruiter.id(), profile.id(),
              Optional.of(job.id()), Optional.of(eventType.id()), CalendarProviders.MANUAL,
              SchedulingService.minutes(template), command.candidateZone(), Optional.empty(), now)
          .confirm(slot.interval(), SchedulingService.held(slot, availability), now);
      return scheduling.confirmed(bookings().save(booking), CANDIDATE, now);
    }, () -> scheduling.alternatives(recruiter.id(), availability, template, command.start(), Optional.empty()));
    return candidateBooking(saved);
  }

  /** The job if it takes interviews: a draft is not public (not found), a closed job is gone. */
  private Job openJob(JobId jobId) {
    Job job = context.persistence().jobs().findById(jobId)
        .filter(found -> found.status() != JobStatus.DRAFT)
        .orElseThrow(() -> new NotFoundException("job.not-found", "no job " + jobId));
    if (job.status() == JobStatus.CLOSED) {
      throw new GoneException("job.closed", "this job is closed and takes no more interviews");
    }
    return job;
  }

  /** The recruiter's profile with the candidate's e-mail address, or a new one (inside the booking's transaction). */
  private Profile profileFor(Recruiter recruiter, ScheduleJobInterviewCommand command, Instant now) {
    Optional<Profile> existing = context.persistence().profiles().findByEmail(recruiter.id(), command.email());
    if (existing.isPresent()) {
      return existing.get();
    }
    ProfileDetails details = new ProfileDetails(command.fullName(), Optional.of(command.email()), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
        Optional.of(command.candidateZone()));
    Profile saved = context.persistence().profiles().save(Profile.create(new ProfileId(context.newId()),
        recruiter.id(), details, ProfileSource.BOOKING_PAGE, now));
    context.publish(new ProfileCreated(context.newId(), now, saved.recruiterId(), saved.id(), saved.source()));
    context.audit(saved.recruiterId(), CANDIDATE, "profile.created", "profile", saved.id(), now,
        Map.of("source", SchedulingService.wire(saved.source())));
    return saved;
  }

  // --- the manage link

  @Override
  public CandidateBooking manage(String bookingLinkToken) {
    Booking booking = scheduling.linked(bookingLinkToken);
    if (booking.slot().isEmpty()) {
      throw new RuleViolationException("booking-link.not-booked", "no interview has been booked with this link yet");
    }
    return candidateBooking(booking);
  }

  @Override
  public CandidateBooking read(String manageToken) {
    return candidateBooking(managed(manageToken));
  }

  @Override
  public SlotsView slots(ListManagedSlotsQuery query) {
    Booking booking = managed(query.manageToken());
    Instant now = context.now();
    requireMovable(booking, now);
    Recruiter recruiter = context.recruiter(booking.recruiterId());
    Availability availability = scheduling.availabilityOf(recruiter);
    ZoneId zone = query.candidateZone().orElse(booking.candidateTimeZone());
    // the booking's own range is free for its move, as in the recruiter's reschedule
    List<Slot> slots = scheduling.offered(recruiter.id(), availability, scheduling.templateOf(booking), query.from(),
        query.to(), zone, Optional.of(booking.id()), now);
    return new SlotsView(booking.durationMinutes(), zone, availability.zone(), query.from(), query.to(), slots);
  }

  @Override
  public CandidateBooking reschedule(RescheduleManagedBookingCommand command) {
    Booking current = managed(command.manageToken());
    requireMovable(current, context.now());
    Recruiter recruiter = context.recruiter(current.recruiterId());
    InterviewTemplate template = scheduling.templateOf(current);
    Availability availability = scheduling.availabilityOf(recruiter);
    Optional<BookingId> itself = Optional.of(current.id());
    Slot slot = scheduling.requireOffered(recruiter.id(), availability, template, command.newStart(), itself);
    Booking saved = scheduling.saveInSlot(recruiter.id(), () -> {
      Instant now = context.now();
      Booking fresh = bookings().findById(current.id()).orElseThrow();
      requireMovable(fresh, now);
      Booking moved = fresh.reschedule(slot.interval(), SchedulingService.held(slot, availability), Optional.empty(),
          now);
      Booking inZone = command.candidateZone().map(zone -> moved.withCandidateTimeZone(zone, now)).orElse(moved);
      Booking stored = bookings().save(inZone);
      context.publish(new BookingRescheduled(context.newId(), now, stored.recruiterId(), stored.id(),
          stored.profileId(), fresh.slot().orElseThrow(), slot.interval()));
      scheduling.audit(stored, CANDIDATE, "booking.rescheduled", now, Map.of());
      return stored;
    }, () -> scheduling.alternatives(recruiter.id(), availability, template, command.newStart(), itself));
    return candidateBooking(saved);
  }

  @Override
  public CandidateBooking cancel(CancelManagedBookingCommand command) {
    Booking booking = context.inTransaction(() -> {
      Booking current = managed(command.manageToken());
      if (current.status() == BookingStatus.CANCELLED) {
        return current;
      }
      Instant now = context.now();
      requireMovable(current, now);
      Booking saved = bookings().save(current.cancel(command.reason(), now));
      context.publish(new BookingCancelled(context.newId(), now, saved.recruiterId(), saved.id(), saved.profileId()));
      scheduling.audit(saved, CANDIDATE, "booking.cancelled", now,
          Map.of("from", SchedulingService.wire(current.status())));
      return saved;
    });
    return candidateBooking(booking);
  }

  @Override
  public CalendarFileView calendarFile(String manageToken) {
    Booking booking = managed(manageToken);
    CalendarFiles files = calendarFiles.orElseThrow(() -> new NotFoundException("calendar-file.unavailable",
        "calendar files are not available here"));
    BookingInvites.Facts facts = BookingInvites.facts(context.persistence(), booking,
        context.recruiter(booking.recruiterId()));
    boolean cancelled = booking.status() == BookingStatus.CANCELLED;
    List<Reschedule> moves = booking.reschedules();
    // the words of the candidate's latest e-mail about it, so the file matches the one they were sent
    BookingEmails.Kind kind = cancelled ? BookingEmails.Kind.CANCELLED
        : moves.isEmpty() ? BookingEmails.Kind.CONFIRMED : BookingEmails.Kind.RESCHEDULED;
    Optional<URI> manageUrl = cancelled ? Optional.empty()
        : candidateLinks.map(pages -> pages.managePage(tokens.issue(booking).token()));
    Optional<Interval> previous = kind == BookingEmails.Kind.RESCHEDULED
        ? Optional.of(moves.get(moves.size() - 1).from()) : Optional.empty();
    BookingEmails.Composed composed = emails.compose(facts.toCandidate(kind, booking.slot().orElseThrow(), previous,
        manageUrl));
    CalendarInvite.Method method = cancelled ? CalendarInvite.Method.CANCEL : CalendarInvite.Method.REQUEST;
    CalendarInvite invite = facts.invite(booking.slot().orElseThrow(), moves.size(), method,
        booking.candidateTimeZone(), composed.text(), context.now());
    return new CalendarFileView(BookingInvites.fileName(method), files.contentType(invite), files.write(invite));
  }

  // --- shared

  /** The booking behind a manage token; one that never had a slot has no manage link. */
  private Booking managed(String manageToken) {
    Booking booking = tokens.verify(manageToken, bookings(), context.now());
    if (booking.slot().isEmpty()) {
      throw new NotFoundException("manage-link.invalid", "this link to manage an interview is not valid");
    }
    return booking;
  }

  /** A candidate changes only a confirmed interview that has not started. */
  private static void requireMovable(Booking booking, Instant now) {
    if (booking.status() != BookingStatus.CONFIRMED) {
      throw new RuleViolationException("booking.not-confirmed", "only a confirmed interview can be changed");
    }
    if (!booking.slot().orElseThrow().start().isAfter(now)) {
      throw new RuleViolationException("booking.started", "the interview has already started");
    }
  }

  private CandidateBooking candidateBooking(Booking booking) {
    ManageTokens.Issued issued = tokens.issue(booking);
    return new CandidateBooking(scheduling.details(booking), issued.token(), issued.expiresAt());
  }

  private BookingRepository bookings() {
    return context.persistence().bookings();
  }
}
