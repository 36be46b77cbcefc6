package dev.hireloop.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.matching.Match;
import dev.hireloop.domain.matching.MatchId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.testing.CvSamples;
import dev.hireloop.testing.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MatchRepository} promises. Subclasses return an isolated store. */
public abstract class MatchRepositoryContract {
  protected final Fixtures fixtures = new Fixtures();
  private Persistence persistence;
  private MatchRepository matches;
  private RecruiterId recruiterId;

  /** A new, empty store for each test. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void createStore() {
    persistence = newPersistence();
    matches = persistence.matches();
    recruiterId = persistence.recruiters().save(fixtures.recruiter()).id();
  }

  @Test
  void round_trips_a_result_with_its_components_and_evidence() {
    ProfileId profile = profile();
    JobId job = job();
    Match match = Match.of(recruiterId, profile, job, CvSamples.result(0.1 + 0.7),
        Instant.parse("2030-01-15T09:00:00.123456789Z"));

    matches.replaceForProfile(profile, List.of(match));

    Match found = matches.findById(MatchId.of(profile, job)).orElseThrow();
    assertThat(found.result()).isEqualTo(match.result());
    assertThat(found.score()).isEqualTo(0.1 + 0.7);
    assertThat(found.matchedAt()).isEqualTo(Instant.parse("2030-01-15T09:00:00.123456Z"));
    assertThat(matches.findById(MatchId.of(profile, job()))).isEmpty();
  }

  @Test
  void lists_best_first_above_the_minimum_and_limited_on_either_side() {
    ProfileId profile = profile();
    JobId low = job();
    JobId high = job();
    JobId middle = job();
    matches.replaceForProfile(profile, List.of(match(profile, low, 0.2), match(profile, high, 0.9),
        match(profile, middle, 0.5)));

    assertThat(matches.forProfile(profile, 0.0, 10)).extracting(Match::jobId).containsExactly(high, middle, low);
    assertThat(matches.forProfile(profile, 0.5, 10)).extracting(Match::jobId).containsExactly(high, middle);
    assertThat(matches.forProfile(profile, 0.0, 1)).extracting(Match::jobId).containsExactly(high);
    assertThat(matches.forJob(high, 0.0, 10)).extracting(Match::profileId).containsExactly(profile);
    assertThat(matches.forJob(high, 0.95, 10)).isEmpty();
  }

  @Test
  void equal_scores_are_ordered_by_the_other_sides_id() {
    JobId job = job();
    ProfileId first = profile();
    ProfileId second = profile();
    matches.replaceForJob(job, List.of(match(second, job, 0.5), match(first, job, 0.5)));

    List<ProfileId> order = matches.forJob(job, 0.0, 10).stream().map(Match::profileId).toList();
    assertThat(order).containsExactlyInAnyOrder(first, second);
    // UUID byte order, as both databases sort them
    assertThat(order.get(0).value().toString().compareTo(order.get(1).value().toString())).isNegative();
  }

  @Test
  void replacing_for_a_profile_drops_its_old_matches_and_keeps_other_profiles() {
    ProfileId profile = profile();
    ProfileId other = profile();
    JobId kept = job();
    JobId dropped = job();
    matches.replaceForProfile(profile, List.of(match(profile, kept, 0.4), match(profile, dropped, 0.6)));
    matches.replaceForProfile(other, List.of(match(other, dropped, 0.3)));

    matches.replaceForProfile(profile, List.of(match(profile, kept, 0.7)));

    assertThat(matches.forProfile(profile, 0.0, 10)).singleElement()
        .satisfies(match -> assertThat(match.score()).isEqualTo(0.7));
    assertThat(matches.forJob(dropped, 0.0, 10)).extracting(Match::profileId).containsExactly(other);
  }

  @Test
  void replacing_for_a_job_drops_its_old_matches_and_keeps_other_jobs() {
    JobId job = job();
    JobId other = job();
    ProfileId profile = profile();
    matches.replaceForJob(job, List.of(match(profile, job, 0.4)));
    matches.replaceForJob(other, List.of(match(profile, other, 0.5)));

    matches.replaceForJob(job, List.of());

    assertThat(matches.forJob(job, 0.0, 10)).isEmpty();
    assertThat(matches.forProfile(profile, 0.0, 10)).extracting(Match::jobId).containsExactly(other);
  }

  @Test
  void refuses_matches_of_another_profile_or_job() {
    ProfileId profile = profile();
    JobId job = job();
    Match ofOther = match(profile(), job, 0.5);

    assertThatThrownBy(() -> matches.replaceForProfile(profile, List.of(ofOther)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> matches.replaceForJob(job(), List.of(ofOther)))
        .isInstanceOf(InvalidValueException.class);
    assertThat(matches.forJob(job, 0.0, 10)).isEmpty();
  }

  @Test
  void a_replace_in_a_failed_transaction_leaves_the_old_matches() {
    ProfileId profile = profile();
    JobId job = job();
    matches.replaceForProfile(profile, List.of(match(profile, job, 0.4)));

    assertThatThrownBy(() -> persistence.transactions().run(() -> {
      matches.replaceForProfile(profile, List.of());
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(matches.forProfile(profile, 0.0, 10)).extracting(Match::score).containsExactly(0.4);
  }

  private Match match(ProfileId profile, JobId job, double score) {
    return Match.of(recruiterId, profile, job, CvSamples.result(score), fixtures.now());
  }

  private ProfileId profile() {
    return persistence.profiles().save(fixtures.profile(recruiterId)).id();
  }

  private JobId job() {
    return persistence.jobs().save(fixtures.job(recruiterId)).id();
  }
}
