package dev.hireloop.testing;

import dev.hireloop.domain.audit.Actor;
import dev.hireloop.domain.audit.AuditEntry;
import dev.hireloop.domain.audit.AuditEntryId;
import dev.hireloop.domain.booking.BookingConfirmed;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.Job;
import dev.hireloop.domain.job.JobCreated;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.job.JobPosted;
import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.profile.ProfileCreated;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.profile.ProfileStatusChanged;
import dev.hireloop.domain.recruiter.ApiToken;
import dev.hireloop.domain.recruiter.ApiTokenId;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.recruiter.RecruiterCreated;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.skill.Skill;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builders for test data. Each instance has its own {@link SequentialIds} and {@link MutableClock} (standing at
 * {@link #NOW} unless given), so ids are unique within one instance and instants are repeatable. Names and
 * e-mail addresses are numbered ({@code Recruiter 3}, {@code recruiter-3@example.com}), so two calls never
 * collide on a unique column. Thread-safe.
 */
public final class Fixtures {
  /** Default start of the clock: whole seconds, so stored instants compare equal without truncation. */
  public static final Instant NOW = Instant.parse("2030-01-15T09:00:00Z");

  private final SequentialIds ids;
  private final MutableClock clock;
  private final AtomicLong counter = new AtomicLong();

  public Fixtures() {
    this(new SequentialIds(), MutableClock.at(NOW));
  }

  public Fixtures(SequentialIds ids, MutableClock clock) {
    this.ids = ids;
    this.clock = clock;
  }

  public SequentialIds ids() {
    return ids;
  }

  public MutableClock clock() {
    return clock;
  }

  public Instant now() {
    return clock.instant();
  }

  // ids

  public UUID uuid() {
    return ids.next();
  }

  public RecruiterId recruiterId() {
    return new RecruiterId(ids.next());
  }

  public ApiTokenId apiTokenId() {
    return new ApiTokenId(ids.next());
  }

  public JobId jobId() {
    return new JobId(ids.next());
  }

  public ProfileId profileId() {
    return new ProfileId(ids.next());
  }

  public AuditEntryId auditEntryId() {
    return new AuditEntryId(ids.next());
  }

  // recruiters and tokens

  /** An active recruiter, never stored (version 0), with a numbered name and e-mail. */
  public Recruiter recruiter() {
    long n = counter.incrementAndGet();
    return recruiter(Email.of("recruiter-" + n + "@example.com"));
  }

  public Recruiter recruiter(Email email) {
    long n = counter.incrementAndGet();
    return Recruiter.create(recruiterId(), "Recruiter " + n, email, ZoneId.of("Europe/London"), now());
  }

  /** A fresh plaintext token: long, random-looking and unique within this instance. */
  public String plaintextToken() {
    return "hl_test_" + ids.next().toString().replace("-", "") + "_" + counter.incrementAndGet();
  }

  /** A token without expiry, never used, never stored. */
  public ApiToken apiToken(RecruiterId recruiterId) {
    return apiToken(recruiterId, plaintextToken());
  }

  public ApiToken apiToken(RecruiterId recruiterId, String plaintext) {
    return ApiToken.issue(apiTokenId(), recruiterId, "Token " + counter.incrementAndGet(), plaintext,
        Optional.empty(), now());
  }

  // jobs

  /** A draft job with a numbered title and no optional details. */
  public Job job(RecruiterId recruiterId) {
    return job(recruiterId, JobDetails.minimal("Job " + counter.incrementAndGet(), "A job to fill."));
  }

  public Job job(RecruiterId recruiterId, JobDetails details) {
    return Job.draft(jobId(), recruiterId, details, now());
  }

  /** Minimal details with the given title, required and preferred skills. */
  public static JobDetails jobDetails(String title, List<String> required, List<String> preferred) {
    return new JobDetails(title, Optional.empty(), "Description of " + title, Optional.empty(),
        RemotePolicy.ON_SITE, EmploymentType.FULL_TIME, Optional.empty(), Optional.empty(), skills(required),
        skills(preferred), Optional.empty());
  }

  /** Details with every optional field present. */
  public static JobDetails fullJobDetails() {
    return new JobDetails("Senior Backend Engineer", Optional.of("Acme Hiring GmbH"),
        "We build recruiting software.\n\nYou will own the persistence layer.", Optional.of("Berlin, Germany"),
        RemotePolicy.HYBRID, EmploymentType.CONTRACT,
        Optional.of(SalaryRange.of("EUR", "70000", "85000.50", PayPeriod.YEAR)), Optional.of(5),
        skills(List.of("Java", "PostgreSQL", "Kubernetes")), skills(List.of("Kotlin", "Terraform")),
        Optional.of(URI.create("https://boards.greenhouse.io/acme/jobs/123456")));
  }

  // profiles

  /** A new profile with a numbered name and no optional details. */
  public Profile profile(RecruiterId recruiterId) {
    return profile(recruiterId, ProfileDetails.named("Candidate " + counter.incrementAndGet()));
  }

  public Profile profile(RecruiterId recruiterId, ProfileDetails details) {
    return Profile.create(profileId(), recruiterId, details, ProfileSource.MANUAL, now());
  }

  /** Minimal details with a name, an e-mail address and skills. */
  public static ProfileDetails profileDetails(String fullName, Optional<Email> email, List<String> skills) {
    return new ProfileDetails(fullName, email, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), skills(skills), Optional.empty(), Optional.empty());
  }

  /** Details with every optional field present. */
  public static ProfileDetails fullProfileDetails(Email email) {
    return new ProfileDetails("Ada Lovelace", Optional.of(email), Optional.of("+44 20 7946 0958"),
        Optional.of("London, United Kingdom"), Optional.of("Analytical engine programmer"),
        Optional.of("urn:li:person:ada-lovelace_1815"), skills(List.of("Mathematics", "Java", "PostgreSQL")),
        Optional.of(12), Optional.of(ZoneId.of("Europe/London")));
  }

  // audit

  /** An entry by the recruiter about one of their jobs, with two details. */
  public AuditEntry auditEntry(RecruiterId recruiterId) {
    return AuditEntry.of(auditEntryId(), recruiterId, Actor.recruiter(recruiterId), "job.opened", "job", jobId(),
        now(), Map.of("from", "draft", "to", "open"));
  }

  public AuditEntry auditEntry(RecruiterId recruiterId, Instant occurredAt) {
    return AuditEntry.of(auditEntryId(), recruiterId, Actor.system(), "profile.moved", "profile", profileId(),
        occurredAt, Map.of());
  }

  // events

  public RecruiterCreated recruiterCreated(RecruiterId recruiterId) {
    return new RecruiterCreated(uuid(), now(), recruiterId);
  }

  public JobCreated jobCreated(RecruiterId recruiterId, JobId jobId) {
    return new JobCreated(uuid(), now(), recruiterId, jobId);
  }

  public JobPosted jobPosted(RecruiterId recruiterId, JobId jobId) {
    return new JobPosted(uuid(), now(), recruiterId, jobId);
  }

  public ProfileCreated profileCreated(RecruiterId recruiterId, ProfileId profileId) {
    return new ProfileCreated(uuid(), now(), recruiterId, profileId, ProfileSource.CV);
  }

  public ProfileStatusChanged profileStatusChanged(RecruiterId recruiterId, ProfileId profileId) {
    return new ProfileStatusChanged(uuid(), now(), recruiterId, profileId, PipelineStatus.MATCHED,
        PipelineStatus.SHORTLISTED);
  }

  /** An event with a nested value: a 45-minute slot two days from now. */
  public BookingConfirmed bookingConfirmed(RecruiterId recruiterId) {
    Interval slot = Interval.of(now().plus(Duration.ofDays(2)), Duration.ofMinutes(45));
    return new BookingConfirmed(uuid(), now(), recruiterId, new BookingId(uuid()), profileId(), slot);
  }

  /** One event of each shape above, all for the given recruiter. */
  public List<DomainEvent> someEvents(RecruiterId recruiterId) {
    return List.of(recruiterCreated(recruiterId), jobCreated(recruiterId, jobId()),
        profileStatusChanged(recruiterId, profileId()), bookingConfirmed(recruiterId));
  }

  private static List<Skill> skills(List<String> names) {
    return names.stream().map(Skill::of).toList();
  }
}
