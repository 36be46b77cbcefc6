package dev.hireloop.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.JobStatus;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.IllegalTransitionException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.domain.shared.UnauthorizedException;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.port.in.job.ChangeJobStatusCommand;
import dev.hireloop.port.in.job.CreateJobCommand;
import dev.hireloop.port.in.job.JobView;
import dev.hireloop.port.in.job.ListJobsQuery;
import dev.hireloop.port.in.job.UpdateJobCommand;
import dev.hireloop.port.in.profile.ChangeProfileStatusCommand;
import dev.hireloop.port.in.profile.CreateProfileCommand;
import dev.hireloop.port.in.profile.ListProfilesQuery;
import dev.hireloop.port.in.profile.ProfileView;
import dev.hireloop.port.in.profile.UpdateProfileCommand;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.recruiter.IssueApiTokenCommand;
import dev.hireloop.port.in.recruiter.IssuedApiToken;
import dev.hireloop.port.in.recruiter.RecruiterWithToken;
import dev.hireloop.port.in.recruiter.RevokeApiTokenCommand;
import dev.hireloop.port.in.recruiter.UpdateRecruiterCommand;
import dev.hireloop.port.out.events.StoredEvent;
import dev.hireloop.port.out.persistence.Persistence;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The use cases of the foundation, end to end through {@link Hireloop}, run against every persistence adapter
 * (in-memory, H2, PostgreSQL): what a recruiter can do, what is refused, and that a refused change leaves
 * nothing behind — no row, no event, no audit entry.
 */
public abstract class HireloopUseCasesContract {
  private static final Instant START = Instant.parse("2030-01-15T09:00:00.123456789Z");

  private final AtomicReference<Instant> now = new AtomicReference<>(START);
  private final AtomicLong sequence = new AtomicLong();
  private Persistence persistence;
  private Hireloop hireloop;

  /** An isolated, empty store, migrated if it is a database. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void build_hireloop() {
    persistence = newPersistence();
    Clock clock = new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now.get();
      }
    };
    hireloop = Hireloop.builder()
        .persistence(persistence)
        .clock(clock)
        .ids(() -> new UUID(0x4849_5245L, sequence.incrementAndGet()))
        .tokens(() -> "hlk_test_token_" + String.format("%040d", sequence.incrementAndGet()))
        .build();
  }

  private void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  private RecruiterWithToken recruiter(String email) {
    return hireloop.createRecruiterWithToken().create(
        new CreateRecruiterCommand("Ada Recruiter", Email.of(email), ZoneId.of("Europe/London")), "laptop");
  }

  private static JobDetails details(String title, String... required) {
    return new JobDetails(title, Optional.of("Acme"), "Build things.\n\n- Requirements: " + String.join(", ", required),
        Optional.of("London, UK"), RemotePolicy.HYBRID, EmploymentType.FULL_TIME,
        Optional.of(new SalaryRange(Currency.getInstance("GBP"), new BigDecimal("60000"), new BigDecimal("80000"),
            PayPeriod.YEAR)),
        Optional.of(3), List.of(required).stream().map(Skill::of).toList(), List.of(Skill.of("Kubernetes")),
        Optional.empty());
  }

  private static ProfileDetails candidate(String name, String email, String... skills) {
    return new ProfileDetails(name, Optional.ofNullable(email).map(Email::of), Optional.of("+44 20 7946 0958"),
        Optional.of("Leeds"), Optional.of("Backend engineer"), Optional.empty(),
        List.of(skills).stream().map(Skill::of).toList(), Optional.of(6), Optional.of(ZoneId.of("Europe/London")));
  }

  private List<String> eventTypes(RecruiterId recruiterId) {
    return persistence.eventOutbox().list(recruiterId, PageRequest.first(200)).items().stream()
        .map(StoredEvent::event).map(DomainEvent::eventType).toList();
  }

  private long auditCount(RecruiterId recruiterId) {
    return persistence.auditLog().list(recruiterId, PageRequest.first(200)).total();
  }

  // --- recruiters and tokens

  @Test
  void a_new_recruiter_gets_a_token_that_authenticates_as_them() {
    RecruiterWithToken created = recruiter("ada@example.com");

    var principal = hireloop.authenticateRecruiter().authenticate(created.token().plaintext());

    assertThat(principal.recruiterId()).isEqualTo(created.recruiter().id());
    assertThat(created.token().plaintext()).startsWith(created.token().token().prefix());
    assertThat(eventTypes(created.recruiter().id())).containsExactly("ApiTokenIssued", "RecruiterCreated");
  }

  @Test
  void tokens_are_stored_only_as_hashes_and_listed_without_secrets() {
    RecruiterWithToken created = recruiter("ada@example.com");
    String plaintext = created.token().plaintext();

    var stored = persistence.apiTokens().listByRecruiter(created.recruiter().id());

    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).hash().value()).doesNotContain(plaintext).hasSize(64);
    assertThat(hireloop.listApiTokens().list(created.recruiter().id()).toString()).doesNotContain(plaintext);
  }

  @Test
  void unknown_revoked_and_expired_tokens_are_refused() {
    RecruiterWithToken created = recruiter("ada@example.com");
    RecruiterId id = created.recruiter().id();
    IssuedApiToken shortLived = hireloop.issueApiToken().issue(
        new IssueApiTokenCommand(id, "ci", Optional.of(START.plus(Duration.ofHours(1)))));

    hireloop.revokeApiToken().revoke(new RevokeApiTokenCommand(id, created.token().token().id()));
    advance(Duration.ofHours(2));

    assertThatThrownBy(() -> hireloop.authenticateRecruiter().authenticate(created.token().plaintext()))
        .isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> hireloop.authenticateRecruiter().authenticate(shortLived.plaintext()))
        .isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> hireloop.authenticateRecruiter().authenticate("hlk_never_issued_0000000000000000000"))
        .isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> hireloop.authenticateRecruiter().authenticate(""))
        .isInstanceOf(UnauthorizedException.class);
  }

  @Test
  void a_token_expiring_in_the_past_is_refused_and_nothing_is_written() {
    RecruiterWithToken created = recruiter("ada@example.com");
    RecruiterId id = created.recruiter().id();
    long audits = auditCount(id);

    assertThatThrownBy(() -> hireloop.issueApiToken().issue(
        new IssueApiTokenCommand(id, "old", Optional.of(START.minusSeconds(1)))))
        .isInstanceOf(RuleViolationException.class);

    assertThat(hireloop.listApiTokens().list(id)).hasSize(1);
    assertThat(auditCount(id)).isEqualTo(audits);
  }

  @Test
  void a_recruiter_cannot_revoke_another_recruiters_token() {
    RecruiterWithToken ada = recruiter("ada@example.com");
    RecruiterWithToken bob = recruiter("bob@example.com");

    assertThatThrownBy(() -> hireloop.revokeApiToken().revoke(
        new RevokeApiTokenCommand(bob.recruiter().id(), ada.token().token().id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(hireloop.authenticateRecruiter().authenticate(ada.token().plaintext()).recruiterId())
        .isEqualTo(ada.recruiter().id());
  }

  @Test
  void recruiter_e_mail_addresses_are_unique_and_a_duplicate_writes_nothing() {
    recruiter("ada@example.com");

    assertThatThrownBy(() -> recruiter("ADA@example.com")).isInstanceOf(ConflictException.class);
    assertThat(hireloop.listRecruiters().list()).hasSize(1);
  }

  @Test
  void bootstrap_creates_the_first_recruiter_once() {
    var command = new CreateRecruiterCommand("Admin", Email.of("admin@example.com"), ZoneId.of("UTC"));

    Optional<RecruiterWithToken> first = hireloop.bootstrapFirstRecruiter().bootstrap(command);
    Optional<RecruiterWithToken> second = hireloop.bootstrapFirstRecruiter().bootstrap(command);

    assertThat(first).isPresent();
    assertThat(second).isEmpty();
    assertThat(hireloop.listRecruiters().list()).hasSize(1);
    assertThat(hireloop.authenticateRecruiter().authenticate(first.get().token().plaintext()).recruiterId())
        .isEqualTo(first.get().recruiter().id());
  }

  @Test
  void a_recruiter_updates_their_own_details_with_version_checks() {
    RecruiterWithToken ada = recruiter("ada@example.com");
    RecruiterId id = ada.recruiter().id();

    var updated = hireloop.updateRecruiter().update(new UpdateRecruiterCommand(id, Optional.of("Ada L."),
        Optional.empty(), Optional.of(ZoneId.of("America/New_York")), Optional.of(ada.recruiter().version())));

    assertThat(updated.name()).isEqualTo("Ada L.");
    assertThat(updated.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(updated.email()).isEqualTo(Email.of("ada@example.com"));
    assertThatThrownBy(() -> hireloop.updateRecruiter().update(new UpdateRecruiterCommand(id, Optional.of("Stale"),
        Optional.empty(), Optional.empty(), Optional.of(ada.recruiter().version()))))
        .isInstanceOf(ConflictException.class);
    assertThat(hireloop.getRecruiter().get(id).name()).isEqualTo("Ada L.");
  }

  // --- jobs

  @Test
  void a_job_goes_from_draft_to_open_to_closed_with_an_event_and_an_audit_entry_each_step() {
    RecruiterId id = recruiter("ada@example.com").recruiter().id();

    JobView draft = hireloop.createJob().create(new CreateJobCommand(id, details("Backend Engineer", "Java"), false));
    JobView open = hireloop.openJob().open(new ChangeJobStatusCommand(id, draft.id()));
    JobView closed = hireloop.closeJob().close(new ChangeJobStatusCommand(id, draft.id()));

    assertThat(draft.status()).isEqualTo(JobStatus.DRAFT);
    assertThat(open.status()).isEqualTo(JobStatus.OPEN);
    assertThat(open.openedAt()).isPresent();
    assertThat(closed.status()).isEqualTo(JobStatus.CLOSED);
    assertThat(closed.version()).isEqualTo(3);
    assertThat(eventTypes(id)).containsSubsequence("JobClosed", "JobPosted", "JobCreated");
    assertThat(hireloop.getJob().get(id, draft.id())).isEqualTo(closed);
  }

  @Test
  void a_job_can_be_created_and_posted_in_one_step() {
    RecruiterId id = recruiter("ada@example.com").recruiter().id();

    JobView job = hireloop.createJob().create(new CreateJobCommand(id, details("SRE", "Linux"), true));

    assertThat(job.status()).isEqualTo(JobStatus.OPEN);
    assertThat(eventTypes(id)).containsSubsequence("JobPosted", "JobCreated");
  }

  @Test
  void an_illegal_job_transition_is_refused_and_leaves_no_event() {
    RecruiterId id = recruiter("ada@example.com").recruiter().id();
    JobView job = hireloop.createJob().create(new CreateJobCommand(id, details("SRE", "Linux"), true));
    List<String> before = eventTypes(id);

    assertThatThrownBy(() -> hireloop.openJob().open(new ChangeJobStatusCommand(id, job.id())))
        .isInstanceOf(IllegalTransitionException.class);

    assertThat(eventTypes(id)).isEqualTo(before);
    assertThat(hireloop.getJob().get(id, job.id()).version()).isEqualTo(job.version());
  }

  @Test
  void editing_a_job_replaces_its_details_and_checks_the_expected_version() {
    RecruiterId id = recruiter("ada@example.com").recruiter().id();
    JobView job = hireloop.createJob().create(new CreateJobCommand(id, details("SRE", "Linux"), false));

    JobView edited = hireloop.updateJob().update(new UpdateJobCommand(id, job.id(),
        details("Senior SRE", "Linux", "Terraform"), Optional.of(job.version())));

    assertThat(edited.details().title()).isEqualTo("Senior SRE");
    assertThat(edited.details().requiredSkills()).extracting(Skill::name).containsExactly("Linux", "Terraform");
    assertThatThrownBy(() -> hireloop.updateJob().update(new UpdateJobCommand(id, job.id(),
        details("Lost update", "Linux"), Optional.of(job.version()))))
        .isInstanceOf(ConflictException.class);
    assertThat(hireloop.getJob().get(id, job.id()).details().title()).isEqualTo("Senior SRE");
  }

  @Test
  void another_recruiters_job_is_not_found_for_every_use_case() {
    RecruiterId ada = recruiter("ada@example.com").recruiter().id();
    RecruiterId bob = recruiter("bob@example.com").recruiter().id();
    JobId adasJob = hireloop.createJob().create(new CreateJobCommand(ada, details("SRE", "Linux"), false)).id();

    assertThatThrownBy(() -> hireloop.getJob().get(bob, adasJob)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> hireloop.openJob().open(new ChangeJobStatusCommand(bob, adasJob)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> hireloop.updateJob().update(new UpdateJobCommand(bob, adasJob,
        details("Hijack", "Linux"), Optional.empty()))).isInstanceOf(NotFoundException.class);
    assertThat(hireloop.listJobs().list(new ListJobsQuery(bob, Optional.empty(), Optional.empty(), Optional.empty(),
        PageRequest.first(50))).total()).isZero();
    assertThat(hireloop.getJob().get(ada, adasJob).status()).isEqualTo(JobStatus.DRAFT);
  }

  @Test
  void jobs_are_listed_newest_first_and_filtered_by_status_skill_and_text() {
    RecruiterId id = recruiter("ada@example.com").recruiter().id();
    JobView java = hireloop.createJob().create(new CreateJobCommand(id, details("Java Developer", "Java"), true));
    advance(Duration.ofSeconds(1));
    JobView nurse = hireloop.createJob().create(new CreateJobCommand(id, details("Registered Nurse", "BLS"), false));
    advance(Duration.ofSeconds(1));
    JobView python = hireloop.createJob().create(new CreateJobCommand(id, details("Data Engineer", "Python"), true));

    var all = hireloop.listJobs().list(new ListJobsQuery(id, Optional.empty(), Optional.empty(), Optional.empty(),
        PageRequest.first(50)));
    var open = hireloop.listJobs().list(new ListJobsQuery(id, Optional.of(JobStatus.OPEN), Optional.empty(),
        Optional.empty(), PageRequest.first(50)));
    var bySkill = hireloop.listJobs().list(new ListJobsQuery(id, Optional.empty(), Optional.of(Skill.of("bls")),
        Optional.empty(), PageRequest.first(50)));
    var byText = hireloop.listJobs().list(new ListJobsQuery(id, Optional.empty(), Optional.empty(),
        Optional.of("engineer"), PageRequest.first(50)));
    var secondPage = hireloop.listJobs().list(new ListJobsQuery(id, Optional.empty(), Optional.empty(),
        Optional.empty(), new PageRequest(1, 1)));

    assertThat(all.items()).extracting(JobView::id).containsExactly(python.id(), nurse.id(), java.id());
    assertThat(open.items()).extracting(JobView::id).containsExactly(python.id(), java.id());
    assertThat(bySkill.items()).extracting(JobView::id).containsExactly(nurse.id());
    assertThat(byText.items()).extracting(JobView::id).containsExactly(python.id());
    assertThat(secondPage.items()).extracting(JobView::id).containsExactly(nurse.id());
    assertThat(secondPage.total()).isEqualTo(3);
  }

  // --- profiles

  @Test
  void a_profile_moves_along_the_pipeline_and_every_move_is_an_event() {
    RecruiterId id = recruiter("ada@example.com").recruiter().id();
    ProfileView profile = hireloop.createProfile().create(new CreateProfileCommand(id,
        candidate("Grace Hopper", "grace@example.com", "COBOL"), ProfileSource.MANUAL));

    for (PipelineStatus next : List.of(PipelineStatus.CONTACTED, PipelineStatus.INTERESTED,
        PipelineStatus.CV_RECEIVED, PipelineStatus.MATCHED, PipelineStatus.SHORTLISTED)) {
      profile = hireloop.changeProfileStatus().change(new ChangeProfileStatusCommand(id, profile.id(), next,
          Optional.empty(), Optional.empty()));
    }

    assertThat(profile.status()).isEqualTo(PipelineStatus.SHORTLISTED);
    assertThat(profile.nextStatuses()).contains(PipelineStatus.BOOKED, PipelineStatus.ON_HOLD)
        .doesNotContain(PipelineStatus.NEW);
    assertThat(eventTypes(id).stream().filter("ProfileStatusChanged"::equals)).hasSize(5);
  }

  @Test
  void an_on_hold_profile_resumes_only_where_it_left_off() {
    RecruiterId id = recruiter("ada@example.com").recruiter().id();
    ProfileId profile = hireloop.createProfile().create(new CreateProfileCommand(id,
        candidate("Grace Hopper", null), ProfileSource.MANUAL)).id();
    hireloop.changeProfileStatus().change(new ChangeProfileStatusCommand(id, profile, PipelineStatus.CONTACTED,
        Optional.empty(), Optional.empty()));
    hireloop.changeProfileStatus().change(new ChangeProfileStatusCommand(id, profile, PipelineStatus.ON_HOLD,
        Optional.of("candidate_travelling"), Optional.empty()));

    assertThatThrownBy(() -> hireloop.changeProfileStatus().change(new ChangeProfileStatusCommand(id, profile,
        PipelineStatus.SHORTLISTED, Optional.empty(), Optional.empty())))
        .isInstanceOf(IllegalTransitionException.class);
    ProfileView resumed = hireloop.changeProfileStatus().change(new ChangeProfileStatusCommand(id, profile,
        PipelineStatus.CONTACTED, Optional.empty(), Optional.empty()));

    assertThat(resumed.status()).isEqualTo(PipelineStatus.CONTACTED);
    assertThat(resumed.statusBeforeHold()).isEmpty();
  }

  @Test
  void a_free_text_reason_is_refused_because_the_audit_trail_holds_no_personal_data() {
    assertThatThrownBy(() -> new ChangeProfileStatusCommand(new RecruiterId(UUID.randomUUID()),
        new ProfileId(UUID.randomUUID()), PipelineStatus.REJECTED, Optional.of("Grace said no on the phone"),
        Optional.empty())).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void a_recruiter_has_one_profile_per_e_mail_but_two_recruiters_may_share_a_candidate() {
    RecruiterId ada = recruiter("ada@example.com").recruiter().id();
    RecruiterId bob = recruiter("bob@example.com").recruiter().id();
    hireloop.createProfile().create(new CreateProfileCommand(ada, candidate("Grace", "grace@example.com"),
        ProfileSource.CV));
    long events = eventTypes(ada).size();

    assertThatThrownBy(() -> hireloop.createProfile().create(new CreateProfileCommand(ada,
        candidate("Grace H.", "GRACE@example.com"), ProfileSource.CV))).isInstanceOf(ConflictException.class);
    hireloop.createProfile().create(new CreateProfileCommand(bob, candidate("Grace", "grace@example.com"),
        ProfileSource.CV));

    assertThat(eventTypes(ada)).hasSize((int) events);
    assertThat(hireloop.listProfiles().list(new ListProfilesQuery(ada, Set.of(), List.of(), Optional.empty(),
        PageRequest.first(10))).total()).isEqualTo(1);
  }

  @Test
  void profiles_are_searched_by_status_all_skills_and_text() {
    RecruiterId id = recruiter("ada@example.com").recruiter().id();
    ProfileView grace = hireloop.createProfile().create(new CreateProfileCommand(id,
        candidate("Grace Hopper", "grace@example.com", "COBOL", "Java"), ProfileSource.MANUAL));
    advance(Duration.ofSeconds(1));
    ProfileView alan = hireloop.createProfile().create(new CreateProfileCommand(id,
        candidate("Alan Turing", "alan@example.com", "Java", "Python"), ProfileSource.MANUAL));
    hireloop.changeProfileStatus().change(new ChangeProfileStatusCommand(id, alan.id(), PipelineStatus.CV_RECEIVED,
        Optional.empty(), Optional.empty()));

    var javaAndPython = hireloop.listProfiles().list(new ListProfilesQuery(id, Set.of(),
        List.of(Skill.of("java"), Skill.of("PYTHON")), Optional.empty(), PageRequest.first(10)));
    var java = hireloop.listProfiles().list(new ListProfilesQuery(id, Set.of(), List.of(Skill.of("Java")),
        Optional.empty(), PageRequest.first(10)));
    var newOnes = hireloop.listProfiles().list(new ListProfilesQuery(id, Set.of(PipelineStatus.NEW), List.of(),
        Optional.empty(), PageRequest.first(10)));
    var either = hireloop.listProfiles().list(new ListProfilesQuery(id,
        Set.of(PipelineStatus.NEW, PipelineStatus.CV_RECEIVED), List.of(), Optional.empty(), PageRequest.first(10)));
    var byName = hireloop.listProfiles().list(new ListProfilesQuery(id, Set.of(), List.of(), Optional.of("hopper"),
        PageRequest.first(10)));

    assertThat(javaAndPython.items()).extracting(ProfileView::id).containsExactly(alan.id());
    assertThat(java.items()).extracting(ProfileView::id).containsExactly(alan.id(), grace.id());
    assertThat(newOnes.items()).extracting(ProfileView::id).containsExactly(grace.id());
    assertThat(either.total()).isEqualTo(2);
    assertThat(byName.items()).extracting(ProfileView::id).containsExactly(grace.id());
  }

  @Test
  void editing_a_profile_keeps_its_status_and_refuses_a_stale_version() {
    RecruiterId id = recruiter("ada@example.com").recruiter().id();
    ProfileView profile = hireloop.createProfile().create(new CreateProfileCommand(id,
        candidate("Grace Hopper", "grace@example.com"), ProfileSource.MANUAL));
    ProfileView moved = hireloop.changeProfileStatus().change(new ChangeProfileStatusCommand(id, profile.id(),
        PipelineStatus.CONTACTED, Optional.empty(), Optional.of(profile.version())));

    ProfileView edited = hireloop.updateProfile().update(new UpdateProfileCommand(id, profile.id(),
        candidate("Grace B. Hopper", "grace@example.com", "COBOL"), Optional.of(moved.version())));

    assertThat(edited.status()).isEqualTo(PipelineStatus.CONTACTED);
    assertThat(edited.details().fullName()).isEqualTo("Grace B. Hopper");
    assertThatThrownBy(() -> hireloop.updateProfile().update(new UpdateProfileCommand(id, profile.id(),
        candidate("Lost", "grace@example.com"), Optional.of(profile.version()))))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void another_recruiters_profile_is_not_found() {
    RecruiterId ada = recruiter("ada@example.com").recruiter().id();
    RecruiterId bob = recruiter("bob@example.com").recruiter().id();
    ProfileId graces = hireloop.createProfile().create(new CreateProfileCommand(ada, candidate("Grace", null),
        ProfileSource.MANUAL)).id();

    assertThatThrownBy(() -> hireloop.getProfile().get(bob, graces)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> hireloop.changeProfileStatus().change(new ChangeProfileStatusCommand(bob, graces,
        PipelineStatus.REJECTED, Optional.empty(), Optional.empty()))).isInstanceOf(NotFoundException.class);
    assertThat(hireloop.getProfile().get(ada, graces).status()).isEqualTo(PipelineStatus.NEW);
  }

  @Test
  void stored_instants_are_truncated_to_microseconds_whatever_the_clock_says() {
    RecruiterId id = recruiter("ada@example.com").recruiter().id();

    ProfileView profile = hireloop.createProfile().create(new CreateProfileCommand(id, candidate("Grace", null),
        ProfileSource.MANUAL));

    assertThat(profile.createdAt()).isEqualTo(Instant.parse("2030-01-15T09:00:00.123456Z"));
    assertThat(hireloop.getProfile().get(id, profile.id())).isEqualTo(profile);
  }
}
