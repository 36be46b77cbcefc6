package dev.hireloop.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.matching.MatchFactor;
import dev.hireloop.domain.matching.MatchId;
import dev.hireloop.domain.matching.ProfileMatched;
import dev.hireloop.domain.matching.SkillMatch;
import dev.hireloop.domain.profile.DocumentId;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.events.DeliverEventCommand;
import dev.hireloop.port.in.events.DeliveryOutcome;
import dev.hireloop.port.in.job.ChangeJobStatusCommand;
import dev.hireloop.port.in.job.CreateJobCommand;
import dev.hireloop.port.in.job.UpdateJobCommand;
import dev.hireloop.port.in.matching.ListJobMatchesQuery;
import dev.hireloop.port.in.matching.ListProfileMatchesQuery;
import dev.hireloop.port.in.matching.MatchJobCommand;
import dev.hireloop.port.in.matching.MatchLimits;
import dev.hireloop.port.in.matching.MatchProfileCommand;
import dev.hireloop.port.in.matching.MatchView;
import dev.hireloop.port.in.profile.CreateProfileCommand;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.out.events.StoredEvent;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.port.out.persistence.ProfileDocument;
import dev.hireloop.port.out.persistence.StoredCv;
import dev.hireloop.testing.CvSamples;
import dev.hireloop.testing.Fixtures;
import dev.hireloop.testing.MutableClock;
import dev.hireloop.testing.SequentialIds;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Matching through {@link Hireloop} on every persistence adapter: runs store their best results (replacing the
 * previous ones) and publish {@code ProfileMatched}; the {@code matching} handler re-runs on events; a profile's
 * latest CV gives its evidence, a profile without one its typed skills.
 */
public abstract class MatchingUseCasesContract {
  private static final Instant START = Instant.parse("2030-01-14T08:00:00Z");

  private final MutableClock clock = MutableClock.at(START);
  private final SequentialIds ids = new SequentialIds();
  private Persistence persistence;
  private Hireloop hireloop;
  private RecruiterId ada;

  /** An isolated, empty store, migrated if it is a database. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void create_store() {
    persistence = newPersistence();
    hireloop = Hireloop.builder().persistence(persistence).clock(clock).ids(ids).build();
    ada = recruiter("ada@example.com");
  }

  @Test
  void the_candidate_with_every_required_skill_ranks_first_with_the_evidence_for_each() {
    JobId job = job(ada, "Backend Engineer", List.of("Java", "PostgreSQL"), List.of("Kotlin"), true);
    ProfileId strong = profile(ada, "Strong", List.of("Java", "PostgreSQL", "Kotlin"));
    ProfileId partial = profile(ada, "Partial", List.of("Java"));
    ProfileId none = profile(ada, "None", List.of("Excel"));

    List<MatchView> matches = hireloop.matchJob().match(new MatchJobCommand(ada, job, 10, 0.0));

    assertThat(matches).extracting(MatchView::profileId).containsExactly(strong, partial, none);
    MatchView best = matches.get(0);
    assertThat(best.jobTitle()).isEqualTo("Backend Engineer");
    assertThat(best.profileName()).isEqualTo("Strong");
    assertThat(best.result().requiredSkills()).allSatisfy(skill ->
        assertThat(skill.evidence()).contains(MatchingService.LISTED_ON_PROFILE));
    assertThat(matches.get(1).result().requiredSkills()).filteredOn(skill -> !skill.matched())
        .extracting(skill -> skill.skill().name()).containsExactly("PostgreSQL");
    assertThat(best.result().components()).extracting(component -> component.factor())
        .contains(MatchFactor.REQUIRED_SKILLS, MatchFactor.PREFERRED_SKILLS);
    assertThat(hireloop.listJobMatches().list(new ListJobMatchesQuery(ada, job, 10, 0.0)))
        .extracting(MatchView::profileId).containsExactly(strong, partial, none);
    assertThat(persistence.matches().findById(MatchId.of(strong, job))).isPresent();
  }

  @Test
  void a_profile_is_matched_against_its_recruiters_open_jobs_only() {
    JobId open = job(ada, "Open", List.of("Java"), List.of(), true);
    JobId draft = job(ada, "Draft", List.of("Java"), List.of(), false);
    JobId closed = job(ada, "Closed", List.of("Java"), List.of(), true);
    hireloop.closeJob().close(new ChangeJobStatusCommand(ada, closed));
    RecruiterId bob = recruiter("bob@example.com");
    job(bob, "Bob's", List.of("Java"), List.of(), true);
    ProfileId grace = profile(ada, "Grace", List.of("Java"));

    List<MatchView> matches = hireloop.matchProfile().match(new MatchProfileCommand(ada, grace, 10, 0.0));

    assertThat(matches).extracting(MatchView::jobId).containsExactly(open);
    assertThat(hireloop.listProfileMatches().list(new ListProfileMatchesQuery(ada, grace, 10, 0.0)))
        .extracting(MatchView::jobId).containsExactly(open);
    assertThat(draft).isNotEqualTo(open);
  }

  @Test
  void a_run_keeps_the_top_n_at_or_above_the_minimum_and_publishes_one_event_each() {
    JobId job = job(ada, "Backend Engineer", List.of("Java", "PostgreSQL"), List.of(), true);
    ProfileId both = profile(ada, "Both", List.of("Java", "PostgreSQL"));
    profile(ada, "One", List.of("Java"));
    profile(ada, "Neither", List.of("Excel"));

    List<MatchView> top = hireloop.matchJob().match(new MatchJobCommand(ada, job, 1, 0.0));

    assertThat(top).extracting(MatchView::profileId).containsExactly(both);
    assertThat(hireloop.listJobMatches().list(new ListJobMatchesQuery(ada, job, 10, 0.0))).hasSize(1);
    assertThat(events(ProfileMatched.class)).singleElement().satisfies(event -> {
      assertThat(event.matchId()).isEqualTo(MatchId.of(both, job));
      assertThat(event.jobId()).isEqualTo(job);
    });
    double floor = top.get(0).score();
    List<MatchView> above = hireloop.matchJob().match(new MatchJobCommand(ada, job, 10, floor));
    assertThat(above).allSatisfy(match -> assertThat(match.score()).isGreaterThanOrEqualTo(floor));
  }

  @Test
  void re_running_replaces_the_stored_matches() {
    JobId first = job(ada, "First", List.of("Java"), List.of(), true);
    JobId second = job(ada, "Second", List.of("Java"), List.of(), true);
    ProfileId grace = profile(ada, "Grace", List.of("Java"));
    hireloop.matchProfile().match(new MatchProfileCommand(ada, grace, 10, 0.0));

    hireloop.closeJob().close(new ChangeJobStatusCommand(ada, first));
    hireloop.matchProfile().match(new MatchProfileCommand(ada, grace, 10, 0.0));

    assertThat(hireloop.listProfileMatches().list(new ListProfileMatchesQuery(ada, grace, 10, 0.0)))
        .extracting(MatchView::jobId).containsExactly(second);
  }

  @Test
  void the_latest_cv_gives_the_evidence_and_the_profiles_typed_skills_are_kept() {
    JobId job = job(ada, "Backend Engineer", List.of("Java", "Terraform"), List.of("PostgreSQL"), true);
    ProfileId grace = profile(ada, "Grace", List.of("Terraform"));
    storeCv(grace);

    MatchView match = hireloop.matchProfile().match(new MatchProfileCommand(ada, grace, 10, 0.0)).get(0);

    assertThat(match.result().requiredSkills()).extracting(SkillMatch::evidence).containsExactly(
        Optional.of("Java 17, Spring Boot • 5 years"), Optional.of(MatchingService.LISTED_ON_PROFILE));
    assertThat(match.result().preferredSkills()).extracting(SkillMatch::evidence)
        .containsExactly(Optional.of("PostgreSQL tuning"));
  }

  @Test
  void the_matching_handler_runs_on_a_posted_job_and_skips_an_edited_draft() {
    ProfileId grace = profile(ada, "Grace", List.of("Java"));
    JobId draft = job(ada, "Draft", List.of("Java"), List.of(), false);
    hireloop.updateJob().update(new UpdateJobCommand(ada, draft,
        Fixtures.jobDetails("Draft v2", List.of("Java"), List.of()), Optional.empty()));
    JobId posted = job(ada, "Posted", List.of("Java"), List.of(), true);

    deliverAll();

    assertThat(hireloop.listProfileMatches().list(new ListProfileMatchesQuery(ada, grace, 10, 0.0)))
        .extracting(MatchView::jobId).containsExactly(posted);
    assertThat(deliverAll()).isZero();
  }

  @Test
  void hireloop_reserves_the_matching_handler_name() {
    assertThatThrownBy(() -> Hireloop.builder().persistence(persistence)
        .eventHandler(new RecordingHandler("matching", event -> true)).build())
        .hasMessageContaining("matching");
    assertThat(hireloop.eventHandlers()).extracting(handler -> handler.name()).contains("matching");
  }

  @Test
  void another_recruiters_profile_or_job_is_not_found() {
    RecruiterId bob = recruiter("bob@example.com");
    JobId job = job(ada, "Backend Engineer", List.of("Java"), List.of(), true);
    ProfileId grace = profile(ada, "Grace", List.of("Java"));

    assertThatThrownBy(() -> hireloop.matchProfile().match(new MatchProfileCommand(bob, grace, 10, 0.0)))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("profile.not-found"));
    assertThatThrownBy(() -> hireloop.matchJob().match(new MatchJobCommand(bob, job, 10, 0.0)))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("job.not-found"));
    assertThatThrownBy(() -> hireloop.listJobMatches().list(new ListJobMatchesQuery(bob, job, 10, 0.0)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> hireloop.listProfileMatches().list(new ListProfileMatchesQuery(bob, grace, 10, 0.0)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void limits_outside_their_bounds_are_refused() {
    assertThatThrownBy(() -> new MatchLimits(0, 0.5)).hasMessageContaining("limit");
    assertThatThrownBy(() -> new MatchLimits(10, 1.5)).hasMessageContaining("min_score");
  }

  // --- helpers

  private RecruiterId recruiter(String email) {
    return hireloop.createRecruiter().create(new CreateRecruiterCommand("Recruiter " + email, Email.of(email),
        ZoneId.of("Europe/London"))).id();
  }

  private JobId job(RecruiterId owner, String title, List<String> required, List<String> preferred, boolean open) {
    JobDetails details = Fixtures.jobDetails(title, required, preferred);
    return hireloop.createJob().create(new CreateJobCommand(owner, details, open)).id();
  }

  private ProfileId profile(RecruiterId owner, String name, List<String> skills) {
    ProfileDetails details = Fixtures.profileDetails(name, Optional.empty(), skills);
    return hireloop.createProfile().create(new CreateProfileCommand(owner, details, ProfileSource.MANUAL)).id();
  }

  private void storeCv(ProfileId profileId) {
    persistence.transactions().run(() -> persistence.cvs().add(new StoredCv(new ProfileDocument(
        new DocumentId(ids.next()), ada, profileId, "cv.pdf", "application/pdf", 3, "b".repeat(64), clock.instant()),
        CvSamples.full("grace@example.org"), 1, false), new byte[] {1, 2, 3}));
  }

  private <T extends DomainEvent> List<T> events(Class<T> type) {
    return persistence.eventOutbox().list(ada, PageRequest.first(200)).items().stream().map(StoredEvent::event)
        .filter(type::isInstance).map(type::cast).toList();
  }

  /** Delivers every stored event to the matching handler; how many were delivered for the first time. */
  private int deliverAll() {
    int delivered = 0;
    for (StoredEvent stored : persistence.eventOutbox().list(ada, PageRequest.first(200)).items()) {
      DeliveryOutcome outcome = hireloop.deliverEvent().deliver(new DeliverEventCommand(stored.event().eventId(),
          MatchingHandler.NAME));
      if (outcome instanceof DeliveryOutcome.Delivered) {
        delivered++;
      }
    }
    return delivered;
  }
}
