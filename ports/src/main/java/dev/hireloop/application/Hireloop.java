package dev.hireloop.application;

import dev.hireloop.domain.cv.CvParser;
import dev.hireloop.domain.matching.MatchScorer;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.skill.SkillExtractor;
import dev.hireloop.domain.skill.SkillTaxonomy;
import dev.hireloop.port.in.cv.DownloadProfileDocumentUseCase;
import dev.hireloop.port.in.cv.EraseProfileDocumentUseCase;
import dev.hireloop.port.in.cv.IntakeCvUseCase;
import dev.hireloop.port.in.cv.ListProfileDocumentsUseCase;
import dev.hireloop.port.in.events.DeliverEventUseCase;
import dev.hireloop.port.in.events.ListDeadLettersUseCase;
import dev.hireloop.port.in.events.RecordDeadLetterUseCase;
import dev.hireloop.port.in.events.ReplayDeadLetterUseCase;
import dev.hireloop.port.in.job.CloseJobUseCase;
import dev.hireloop.port.in.job.CreateJobUseCase;
import dev.hireloop.port.in.job.GetJobUseCase;
import dev.hireloop.port.in.job.ListJobsUseCase;
import dev.hireloop.port.in.job.OpenJobUseCase;
import dev.hireloop.port.in.job.UpdateJobUseCase;
import dev.hireloop.port.in.jobimport.ExtractJobUseCase;
import dev.hireloop.port.in.jobimport.ImportJobUseCase;
import dev.hireloop.port.in.jobimport.PreviewJobImportUseCase;
import dev.hireloop.port.in.matching.ListJobMatchesUseCase;
import dev.hireloop.port.in.matching.ListProfileMatchesUseCase;
import dev.hireloop.port.in.matching.MatchJobUseCase;
import dev.hireloop.port.in.matching.MatchLimits;
import dev.hireloop.port.in.matching.MatchProfileUseCase;
import dev.hireloop.port.in.profile.ChangeProfileStatusUseCase;
import dev.hireloop.port.in.profile.CreateProfileUseCase;
import dev.hireloop.port.in.profile.GetProfileUseCase;
import dev.hireloop.port.in.profile.ListProfilesUseCase;
import dev.hireloop.port.in.profile.UpdateProfileUseCase;
import dev.hireloop.port.in.recruiter.AuthenticateRecruiterUseCase;
import dev.hireloop.port.in.recruiter.BootstrapFirstRecruiterUseCase;
import dev.hireloop.port.in.recruiter.CreateRecruiterUseCase;
import dev.hireloop.port.in.recruiter.CreateRecruiterWithTokenUseCase;
import dev.hireloop.port.in.recruiter.GetRecruiterUseCase;
import dev.hireloop.port.in.recruiter.IssueApiTokenUseCase;
import dev.hireloop.port.in.recruiter.ListApiTokensUseCase;
import dev.hireloop.port.in.recruiter.ListRecruitersUseCase;
import dev.hireloop.port.in.recruiter.RevokeApiTokenUseCase;
import dev.hireloop.port.in.recruiter.UpdateRecruiterUseCase;
import dev.hireloop.port.out.documents.DocumentTextExtractor;
import dev.hireloop.port.out.events.EventHandler;
import dev.hireloop.port.out.jobsource.JobSource;
import dev.hireloop.port.out.jobsource.PostingHtmlReader;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.port.in.scheduling.BookLinkSlotUseCase;
import dev.hireloop.port.in.scheduling.BookSlotUseCase;
import dev.hireloop.port.in.scheduling.CancelBookingUseCase;
import dev.hireloop.port.in.scheduling.CompleteBookingUseCase;
import dev.hireloop.port.in.scheduling.CreateBookingLinkUseCase;
import dev.hireloop.port.in.scheduling.CreateEventTypeUseCase;
import dev.hireloop.port.in.scheduling.DeleteEventTypeUseCase;
import dev.hireloop.port.in.scheduling.GetAvailabilityUseCase;
import dev.hireloop.port.in.scheduling.GetBookingUseCase;
import dev.hireloop.port.in.scheduling.GetEventTypeUseCase;
import dev.hireloop.port.in.scheduling.GetInterviewUseCase;
import dev.hireloop.port.in.scheduling.ListEventTypesUseCase;
import dev.hireloop.port.in.scheduling.ListInterviewsUseCase;
import dev.hireloop.port.in.scheduling.ListLinkSlotsUseCase;
import dev.hireloop.port.in.scheduling.ListSlotsUseCase;
import dev.hireloop.port.in.scheduling.PutDateOverrideUseCase;
import dev.hireloop.port.in.scheduling.ReadBookingLinkUseCase;
import dev.hireloop.port.in.scheduling.RemoveDateOverrideUseCase;
import dev.hireloop.port.in.scheduling.RescheduleBookingUseCase;
import dev.hireloop.port.in.scheduling.UpdateAvailabilityUseCase;
import dev.hireloop.port.in.scheduling.UpdateEventTypeUseCase;
import dev.hireloop.port.out.security.LinkSigner;
import dev.hireloop.port.out.security.SecretCipher;
import dev.hireloop.port.out.security.TokenGenerator;
import dev.hireloop.port.out.system.IdGenerator;
import java.time.Clock;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.port.in.notification.ListStoredEmailsUseCase;
import dev.hireloop.port.in.notification.SendBookingReminderUseCase;
import dev.hireloop.port.in.notification.SendQueuedEmailsUseCase;
import dev.hireloop.port.out.calendar.CalendarFiles;
import dev.hireloop.port.in.candidate.CancelManagedBookingUseCase;
import dev.hireloop.port.in.candidate.DownloadCalendarFileUseCase;
import dev.hireloop.port.in.candidate.ListJobSlotsUseCase;
import dev.hireloop.port.in.candidate.ListManagedSlotsUseCase;
import dev.hireloop.port.in.candidate.ManageBookedLinkUseCase;
import dev.hireloop.port.in.candidate.ReadJobSchedulingUseCase;
import dev.hireloop.port.in.candidate.ReadManagedBookingUseCase;
import dev.hireloop.port.in.candidate.RescheduleManagedBookingUseCase;
import dev.hireloop.port.in.candidate.ScheduleJobInterviewUseCase;
import dev.hireloop.port.out.notification.CandidateLinks;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.port.out.notification.Notifier;
import dev.hireloop.port.out.notification.ReminderSchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The public entry point of the Hireloop library: one accessor per use case, wired from the driven ports given to
 * the {@link Builder}. No framework, no classpath scanning, no globals — the host application owns its
 * {@code DataSource} and calls the schema migration itself.
 *
 * <pre>{@code
 * Hireloop hireloop = Hireloop.builder()
 *     .persistence(JdbiPersistence.create(dataSource))
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe: every use case is stateless apart from the injected ports.
 */
public final class Hireloop {
  private static final int DEFAULT_LINK_DAYS = 14;
  /** How long a booking link lasts unless {@link Builder#bookingLinkLifetime(Duration)} says otherwise. */
  public static final Duration DEFAULT_BOOKING_LINK_LIFETIME = Duration.ofDays(DEFAULT_LINK_DAYS);
  /**
   * The sender of e-mails unless {@link Builder#emailFrom(EmailAddress)} says otherwise; {@code localhost.localdomain}
   * is never a real mail domain, so a server that sends for real must configure its own.
   */
  public static final EmailAddress DEFAULT_EMAIL_FROM = EmailAddress.of("Hireloop",
      Email.of("no-reply@localhost.localdomain"));
  private final Persistence persistence;
  private final Clock clock;
  private final Optional<SecretCipher> secretCipher;
  private final List<EventHandler> eventHandlers;
  private final RecruiterService recruiters;
  private final ApiTokenService tokens;
  private final JobService jobs;
  private final ProfileService profiles;
  private final JobImportService jobImport;
  private final DeliverEventService deliverEvent;
  private final RecordDeadLetterService recordDeadLetter;
  private final ListDeadLettersService listDeadLetters;
  private final ReplayDeadLetterService replayDeadLetter;
  private final AvailabilityService availability;
  private final EventTypeService eventTypes;
  private final SchedulingService scheduling;
  private final InterviewService interviews;
  private final ListStoredEmailsService listStoredEmails;
  private final CandidateSchedulingService candidateScheduling;
  private final SendQueuedEmailsService sendQueuedEmails;
  private final BookingReminderService sendBookingReminder;
  private final MatchingService matching;
  private final CvIntakeService cvIntake;

  private Hireloop(Builder builder) {
    this.persistence = builder.persistence;
    this.clock = builder.clock;
    this.secretCipher = Optional.ofNullable(builder.secretCipher);
    ServiceContext context = new ServiceContext(builder.persistence, builder.clock, builder.ids, builder.tokens);
    LinkSigner links = builder.linkSigner != null ? builder.linkSigner : HmacLinkSigner.ephemeral();
    ManageTokens manageTokens = new ManageTokens(links);
    Optional<CandidateLinks> candidateLinks = Optional.ofNullable(builder.candidateLinks);
    List<EventHandler> handlers = new ArrayList<>(builder.eventHandlers);
    Optional<BookingEmailHandler.ManageLinks> manageLinks =
        candidateLinks.map(pages -> new BookingEmailHandler.ManageLinks(pages, manageTokens));
    this.matching = new MatchingService(context, MatchScorer.standard());
    handlers.add(new MatchingHandler(context, matching, builder.matchLimits));
    handlers.add(new BookingEmailHandler(context, Optional.ofNullable(builder.notifier),
        Optional.ofNullable(builder.calendarFiles), builder.emailFrom, manageLinks));
    if (builder.reminderSchedule != null) {
      handlers.add(new BookingReminderHandler(context, builder.reminderSchedule));
    }
    this.eventHandlers = List.copyOf(handlers);
    this.sendQueuedEmails = new SendQueuedEmailsService(context, Optional.ofNullable(builder.notifier),
        builder.emailRetries);
    this.sendBookingReminder = new BookingReminderService(context, builder.notifier != null,
        Optional.ofNullable(builder.calendarFiles), builder.emailFrom, manageLinks);
    this.listStoredEmails = new ListStoredEmailsService(context);
    this.recruiters = new RecruiterService(context);
    this.tokens = new ApiTokenService(context, recruiters);
    this.jobs = new JobService(context);
    this.profiles = new ProfileService(context);
    SkillExtractor skills = builder.skillExtractor != null ? builder.skillExtractor
        // the taxonomy loads on first use, so a Hireloop that never analyses a posting never reads it
        : text -> SkillTaxonomy.standard().extract(text);
    this.jobImport = new JobImportService(jobs, builder.jobSources, Optional.ofNullable(builder.postingHtmlReader),
        skills);
    CvParser cvParser = new CvParser(skills);
    this.cvIntake = new CvIntakeService(context, Optional.ofNullable(builder.documentTextExtractor), cvParser::parse);
    Persistence store = builder.persistence;
    this.deliverEvent = new DeliverEventService(store.transactions(), store.eventOutbox(), store.eventDeliveries(),
        eventHandlers, builder.clock);
    this.recordDeadLetter = new RecordDeadLetterService(store.transactions(), store.eventOutbox(),
        store.eventDeliveries(), builder.clock);
    this.listDeadLetters = new ListDeadLettersService(store.eventDeliveries());
    this.replayDeadLetter = new ReplayDeadLetterService(store.transactions(), store.eventOutbox(),
        store.eventDeliveries());
    this.availability = new AvailabilityService(context);
    this.eventTypes = new EventTypeService(context);
    this.scheduling = new SchedulingService(context, links, builder.bookingLinkLifetime);
    this.candidateScheduling = new CandidateSchedulingService(context, scheduling, manageTokens,
        Optional.ofNullable(builder.calendarFiles), candidateLinks);
    this.interviews = new InterviewService(context);
  }

  public static Builder builder() {
    return new Builder();
  }

  // --- recruiters and API tokens

  public CreateRecruiterUseCase createRecruiter() {
    return recruiters;
  }

  public CreateRecruiterWithTokenUseCase createRecruiterWithToken() {
    return tokens;
  }

  public BootstrapFirstRecruiterUseCase bootstrapFirstRecruiter() {
    return tokens;
  }

  public UpdateRecruiterUseCase updateRecruiter() {
    return recruiters;
  }

  public GetRecruiterUseCase getRecruiter() {
    return recruiters;
  }

  public ListRecruitersUseCase listRecruiters() {
    return recruiters;
  }

  public IssueApiTokenUseCase issueApiToken() {
    return tokens;
  }

  public ListApiTokensUseCase listApiTokens() {
    return tokens;
  }

  public RevokeApiTokenUseCase revokeApiToken() {
    return tokens;
  }

  public AuthenticateRecruiterUseCase authenticateRecruiter() {
    return tokens;
  }

  // --- jobs

  public CreateJobUseCase createJob() {
    return jobs;
  }

  public UpdateJobUseCase updateJob() {
    return jobs;
  }

  public OpenJobUseCase openJob() {
    return jobs;
  }

  public CloseJobUseCase closeJob() {
    return jobs;
  }

  public GetJobUseCase getJob() {
    return jobs;
  }

  public ListJobsUseCase listJobs() {
    return jobs;
  }

  // --- job import: from a posting URL, or a pasted description

  /** Fetches, analyses and saves a posting as a draft job; 422 {@code import.no-sources} without job sources. */
  public ImportJobUseCase importJob() {
    return jobImport;
  }

  /** Fetches and analyses a posting without saving it (seed 000's "Import from URL" review step). */
  public PreviewJobImportUseCase previewJobImport() {
    return jobImport;
  }

  /** Analyses a pasted description (text, or HTML when a posting HTML reader is configured); saves nothing. */
  public ExtractJobUseCase extractJob() {
    return jobImport;
  }

  // --- candidate profiles

  public CreateProfileUseCase createProfile() {
    return profiles;
  }

  public UpdateProfileUseCase updateProfile() {
    return profiles;
  }

  public ChangeProfileStatusUseCase changeProfileStatus() {
    return profiles;
  }

  public GetProfileUseCase getProfile() {
    return profiles;
  }

  public ListProfilesUseCase listProfiles() {
    return profiles;
  }

  // --- CVs: intake (parse, create or update the profile by e-mail), the stored documents, erasure

  /**
   * Reads, parses and stores a CV with the profile it creates or updates; 422 {@code cv.intake-unavailable}
   * without a {@link Builder#documentTextExtractor(DocumentTextExtractor)}.
   */
  public IntakeCvUseCase intakeCv() {
    return cvIntake;
  }

  public ListProfileDocumentsUseCase listProfileDocuments() {
    return cvIntake;
  }

  public DownloadProfileDocumentUseCase downloadProfileDocument() {
    return cvIntake;
  }

  /** Erases a stored document and its parsed copy (personal data), with an audit entry that names ids only. */
  public EraseProfileDocumentUseCase eraseProfileDocument() {
    return cvIntake;
  }

  // --- matching: profiles to open jobs, jobs to profiles, with explanations

  /** Matches a profile against the recruiter's open jobs and stores the best (also run on every received CV). */
  public MatchProfileUseCase matchProfile() {
    return matching;
  }

  /** Matches a job against the recruiter's profiles and stores the best (also run when a job is posted or edited). */
  public MatchJobUseCase matchJob() {
    return matching;
  }

  public ListProfileMatchesUseCase listProfileMatches() {
    return matching;
  }

  public ListJobMatchesUseCase listJobMatches() {
    return matching;
  }

  // --- scheduling: availability, templates, slots, bookings, booking links, interviews

  public GetAvailabilityUseCase getAvailability() {
    return availability;
  }

  public UpdateAvailabilityUseCase updateAvailability() {
    return availability;
  }

  public PutDateOverrideUseCase putDateOverride() {
    return availability;
  }

  public RemoveDateOverrideUseCase removeDateOverride() {
    return availability;
  }

  public CreateEventTypeUseCase createEventType() {
    return eventTypes;
  }

  public UpdateEventTypeUseCase updateEventType() {
    return eventTypes;
  }

  public DeleteEventTypeUseCase deleteEventType() {
    return eventTypes;
  }

  public GetEventTypeUseCase getEventType() {
    return eventTypes;
  }

  public ListEventTypesUseCase listEventTypes() {
    return eventTypes;
  }

  public ListSlotsUseCase listSlots() {
    return scheduling;
  }

  public BookSlotUseCase bookSlot() {
    return scheduling;
  }

  public RescheduleBookingUseCase rescheduleBooking() {
    return scheduling;
  }

  public CancelBookingUseCase cancelBooking() {
    return scheduling;
  }

  public CompleteBookingUseCase completeBooking() {
    return scheduling;
  }

  public GetBookingUseCase getBooking() {
    return scheduling;
  }

  /** Seed 001's booking links: a pending booking and a signed, expiring token for the candidate's page. */
  public CreateBookingLinkUseCase createBookingLink() {
    return scheduling;
  }

  /** The candidate's side of a booking link (the token is the credential). */
  public ReadBookingLinkUseCase readBookingLink() {
    return scheduling;
  }

  public ListLinkSlotsUseCase listLinkSlots() {
    return scheduling;
  }

  public BookLinkSlotUseCase bookLinkSlot() {
    return scheduling;
  }

  public ListInterviewsUseCase listInterviews() {
    return interviews;
  }

  public GetInterviewUseCase getInterview() {
    return interviews;
  }

  // --- candidate self-service: a job's public scheduling page and the manage link of a booked interview

  /** A job's public scheduling page (seed 000's {@code /schedule-interview/{jobId}}): the interview on offer. */
  public ReadJobSchedulingUseCase readJobScheduling() {
    return candidateScheduling;
  }

  public ListJobSlotsUseCase listJobSlots() {
    return candidateScheduling;
  }

  /** Books from a job's page: the candidate's profile is found by e-mail or created, in the booking's transaction. */
  public ScheduleJobInterviewUseCase scheduleJobInterview() {
    return candidateScheduling;
  }

  /** The manage token of a booking made through a booking link, for that link's holder. */
  public ManageBookedLinkUseCase manageBookedLink() {
    return candidateScheduling;
  }

  public ReadManagedBookingUseCase readManagedBooking() {
    return candidateScheduling;
  }

  public ListManagedSlotsUseCase listManagedSlots() {
    return candidateScheduling;
  }

  public RescheduleManagedBookingUseCase rescheduleManagedBooking() {
    return candidateScheduling;
  }

  public CancelManagedBookingUseCase cancelManagedBooking() {
    return candidateScheduling;
  }

  /** The calendar file of a managed booking; 404 {@code calendar-file.unavailable} without {@link CalendarFiles}. */
  public DownloadCalendarFileUseCase downloadCalendarFile() {
    return candidateScheduling;
  }

  // --- e-mail: the stored outbox

  /** The recruiter's stored e-mails (booking confirmations, moves, cancellations), newest first. */
  public ListStoredEmailsUseCase listStoredEmails() {
    return listStoredEmails;
  }

  /**
   * Sends the queued e-mails that are due (claim, send outside any transaction, record the outcome; back-off and
   * {@code FAILED} after the last attempt). The event dispatchers call it periodically.
   */
  public SendQueuedEmailsUseCase sendQueuedEmails() {
    return sendQueuedEmails;
  }

  /** Stores a booking's reminder e-mails when its reminder timer fires (called by the reminder schedule's runner). */
  public SendBookingReminderUseCase sendBookingReminder() {
    return sendBookingReminder;
  }

  // --- domain events: delivery (called by the event dispatcher) and dead letters

  public DeliverEventUseCase deliverEvent() {
    return deliverEvent;
  }

  public RecordDeadLetterUseCase recordDeadLetter() {
    return recordDeadLetter;
  }

  public ListDeadLettersUseCase listDeadLetters() {
    return listDeadLetters;
  }

  public ReplayDeadLetterUseCase replayDeadLetter() {
    return replayDeadLetter;
  }

  // --- infrastructure the host wires around the library

  /**
   * The registered event handlers, for the event dispatcher's fan-out: the builder's, then Hireloop's own
   * {@code matching} (re-matches a profile on a received CV, a job when it is posted or edited),
   * {@code booking-emails} (confirmation, reschedule and cancellation e-mails to candidate and recruiter) and, with
   * a reminder schedule, {@code booking-reminders} (sets each confirmed booking's reminder timer).
   */
  public List<EventHandler> eventHandlers() {
    return eventHandlers;
  }

  public Persistence persistence() {
    return persistence;
  }

  public Clock clock() {
    return clock;
  }

  public Optional<SecretCipher> secretCipher() {
    return secretCipher;
  }

  /**
   * Collects the driven ports. {@code persistence} is required; the clock defaults to the system UTC clock at
   * microsecond resolution, ids to random UUIDs, tokens to 256 bits from {@code SecureRandom}. Job import has no
   * job sources and no HTML reader unless given (the {@code adapters-jobboard} module's {@code JobBoards} provides
   * both), and extracts skills with {@link SkillTaxonomy#standard()} unless given another extractor (postings and
   * CVs alike). CV intake needs a document text extractor. Not thread-safe.
   */
  public static final class Builder {
    private Persistence persistence;
    private Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    private IdGenerator ids = UUID::randomUUID;
    private TokenGenerator tokens = new SecureRandomTokens();
    private SecretCipher secretCipher;
    private final List<EventHandler> eventHandlers = new ArrayList<>();
    private List<JobSource> jobSources = List.of();
    private PostingHtmlReader postingHtmlReader;
    private SkillExtractor skillExtractor;
    private LinkSigner linkSigner;
    private Duration bookingLinkLifetime = DEFAULT_BOOKING_LINK_LIFETIME;
    private Notifier notifier;
    private CalendarFiles calendarFiles;
    private EmailAddress emailFrom = DEFAULT_EMAIL_FROM;
    private CandidateLinks candidateLinks;
    private ReminderSchedule reminderSchedule;
    private SendQueuedEmailsService.EmailRetries emailRetries = SendQueuedEmailsService.EmailRetries.DEFAULT;
    private MatchLimits matchLimits = MatchLimits.DEFAULT;
    private DocumentTextExtractor documentTextExtractor;

    private Builder() {}

    public Builder persistence(Persistence persistence) {
      this.persistence = Objects.requireNonNull(persistence, "persistence");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder ids(IdGenerator ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    public Builder tokens(TokenGenerator tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
      return this;
    }

    public Builder secretCipher(SecretCipher secretCipher) {
      this.secretCipher = Objects.requireNonNull(secretCipher, "secretCipher");
      return this;
    }

    /** Adds a handler for domain events (workflow rules, notifications, the host's own hooks). */
    public Builder eventHandler(EventHandler handler) {
      eventHandlers.add(Objects.requireNonNull(handler, "handler"));
      return this;
    }

    /**
     * The sources a posting URL is fetched from, asked in this order; the first that recognises the URL fetches it
     * (so a catch-all source such as JSON-LD career pages goes last).
     */
    public Builder jobSources(List<JobSource> jobSources) {
      Objects.requireNonNull(jobSources, "jobSources");
      jobSources.forEach(source -> Objects.requireNonNull(source, "jobSources must not contain null"));
      this.jobSources = List.copyOf(jobSources);
      return this;
    }

    /** Reads pasted posting HTML; without one, extracting from HTML answers 422 {@code import.html-unsupported}. */
    public Builder postingHtmlReader(PostingHtmlReader postingHtmlReader) {
      this.postingHtmlReader = Objects.requireNonNull(postingHtmlReader, "postingHtmlReader");
      return this;
    }

    /** Finds skills in postings; defaults to the standard skills taxonomy. */
    public Builder skillExtractor(SkillExtractor skillExtractor) {
      this.skillExtractor = Objects.requireNonNull(skillExtractor, "skillExtractor");
      return this;
    }

    /** Signs and checks the tokens of candidate links; see {@link #linkSigningKeys(List)} for the usual choice. */
    public Builder linkSigner(LinkSigner linkSigner) {
      this.linkSigner = Objects.requireNonNull(linkSigner, "linkSigner");
      return this;
    }

    /**
     * HMAC-SHA256 link tokens under these keys (each at least 32 bytes): new tokens use the first, any verifies, so
     * a key is rotated by putting the new one first. Without keys or a signer, a random key is made per
     * {@code Hireloop} instance and links stop working when it is discarded: fine for tests, not for a server.
     */
    public Builder linkSigningKeys(List<byte[]> keys) {
      Objects.requireNonNull(keys, "keys");
      this.linkSigner = new HmacLinkSigner(keys);
      return this;
    }

    /** How long a booking link can be used to pick a slot; default {@value #DEFAULT_LINK_DAYS} days. */
    public Builder bookingLinkLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime");
      if (lifetime.compareTo(Duration.ofMinutes(5)) < 0 || lifetime.compareTo(Duration.ofDays(366)) > 0) {
        throw new InvalidValueException("hireloop.configuration",
            "a booking link lasts between 5 minutes and 366 days");
      }
      this.bookingLinkLifetime = lifetime;
      return this;
    }

    /**
     * Sends Hireloop's e-mails (booking confirmations, moves, cancellations, reminders). Every message is stored in
     * the outbox first: with a notifier as {@code QUEUED}, sent later by {@link Hireloop#sendQueuedEmails()}
     * outside any transaction; without one it is kept with status {@code KEPT}, listed by
     * {@link Hireloop#listStoredEmails()}.
     */
    public Builder notifier(Notifier notifier) {
      this.notifier = Objects.requireNonNull(notifier, "notifier");
      return this;
    }

    /** Writes the calendar file attached to booking e-mails; without one, the e-mails go without it. */
    public Builder calendarFiles(CalendarFiles calendarFiles) {
      this.calendarFiles = Objects.requireNonNull(calendarFiles, "calendarFiles");
      return this;
    }

    /** The sender of Hireloop's e-mails; default {@code "Hireloop" <no-reply@localhost.localdomain>}. */
    public Builder emailFrom(EmailAddress emailFrom) {
      this.emailFrom = Objects.requireNonNull(emailFrom, "emailFrom");
      return this;
    }

    /**
     * Where the host serves the candidate's pages: with it, the candidate's confirmation and reschedule e-mails
     * carry a link to reschedule or cancel (a fresh manage token for the booking's current slot); without it they
     * carry none.
     */
    public Builder candidateLinks(CandidateLinks candidateLinks) {
      this.candidateLinks = Objects.requireNonNull(candidateLinks, "candidateLinks");
      return this;
    }

    /**
     * Durable timers for the reminder e-mail 24 hours before each confirmed interview ({@code DbSchedulerReminderSchedule}
     * on a database, {@code InMemoryReminderSchedule} in memory). Without one, no reminders are sent. A booking made
     * or moved less than 24 hours ahead gets none either: its confirmation has just gone out.
     */
    public Builder reminderSchedule(ReminderSchedule reminderSchedule) {
      this.reminderSchedule = Objects.requireNonNull(reminderSchedule, "reminderSchedule");
      return this;
    }

    /**
     * Reads the text out of uploaded CVs (the {@code adapters-documents} module's
     * {@code StandardDocumentTextExtractor}); its {@code maxBytes()} is the intake's size cap. Without one, CV
     * intake answers 422 {@code cv.intake-unavailable}.
     */
    public Builder documentTextExtractor(DocumentTextExtractor documentTextExtractor) {
      this.documentTextExtractor = Objects.requireNonNull(documentTextExtractor, "documentTextExtractor");
      return this;
    }

    /**
     * How often a queued e-mail is tried, the first attempt included, before it is {@code FAILED} (default 8), and
     * the wait after the first failure (default 1 minute), doubling after each further one up to 1 hour.
     */
    public Builder emailRetries(int maxAttempts, Duration firstRetryDelay) {
      Objects.requireNonNull(firstRetryDelay, "firstRetryDelay");
      if (maxAttempts < 1 || maxAttempts > 100) {
        throw new InvalidValueException("hireloop.configuration", "an e-mail is tried between 1 and 100 times");
      }
      if (firstRetryDelay.isNegative() || firstRetryDelay.compareTo(Duration.ofHours(1)) > 0) {
        throw new InvalidValueException("hireloop.configuration",
            "the first e-mail retry waits between 0 and 1 hour");
      }
      this.emailRetries = new SendQueuedEmailsService.EmailRetries(maxAttempts, firstRetryDelay,
          SendQueuedEmailsService.EmailRetries.DEFAULT.maxDelay());
      return this;
    }

    /**
     * What the {@code matching} handler keeps when it re-runs matching after an event (a received CV, a job posted
     * or edited): the best {@code limit} at or above {@code minScore}; default the best 50 of any score.
     */
    public Builder matchLimits(MatchLimits matchLimits) {
      this.matchLimits = Objects.requireNonNull(matchLimits, "matchLimits");
      return this;
    }

    /** Builds the facade, or fails listing every missing or inconsistent setting at once. */
    public Hireloop build() {
      List<String> problems = new ArrayList<>();
      if (persistence == null) {
        problems.add("persistence is required (InMemoryPersistence.create() or JdbiPersistence.create(dataSource))");
      }
      Set<String> names = new HashSet<>();
      for (EventHandler handler : eventHandlers) {
        if (handler.name() == null || handler.name().isBlank()) {
          problems.add("an event handler has no name");
        } else if (handler.name().equals(BookingEmailHandler.NAME)
            || handler.name().equals(BookingReminderHandler.NAME)
            || handler.name().equals(MatchingHandler.NAME)) {
          problems.add("the event handler name " + handler.name() + " is Hireloop's own");
        } else if (!names.add(handler.name())) {
          problems.add("two event handlers are named " + handler.name());
        }
      }
      Set<String> sourceNames = new HashSet<>();
      for (JobSource source : jobSources) {
        if (source.name() == null || source.name().isBlank()) {
          problems.add("a job source has no name");
        } else if (!sourceNames.add(source.name())) {
          problems.add("two job sources are named " + source.name());
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidValueException("hireloop.configuration", "cannot build Hireloop: "
            + String.join("; ", problems));
      }
      return new Hireloop(this);
    }
  }
}
