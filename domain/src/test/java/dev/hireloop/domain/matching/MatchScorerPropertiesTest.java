package dev.hireloop.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.skill.Skill;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over generated jobs and candidates (skills from the taxonomy, realistic titles and places, seeded so
 * a failure repeats): what the candidate brings only ever raises the score, and the fast path agrees exactly.
 */
final class MatchScorerPropertiesTest {
  private static final int PAIRS = 3_000;
  private final MatchScorer scorer = MatchScorer.standard();

  @Test
  void one_more_required_skill_always_raises_the_score_and_the_ranking() {
    Random random = new Random(6001);
    int checked = 0;
    for (int i = 0; i < PAIRS; i++) {
      JobDetails job = Candidates.randomJob(random);
      CandidateFacts without = Candidates.randomCandidate(random);
      for (Skill skill : job.requiredSkills()) {
        if (Candidates.has(without, skill)) {
          continue;
        }
        CandidateFacts with = Candidates.withSkill(without, skill);
        double lacking = scorer.score(job, without).score();
        double having = scorer.score(job, with).score();
        assertThat(having).as("%s adding %s to %s", job.title(), skill, without.skills()).isGreaterThan(lacking);
        List<Ranked<CandidateFacts>> ranking = MatchScorer.top(List.of(without, with),
            c -> scorer.score(job, c).score(), c -> c == with ? "b-with" : "a-without", 2, 0.0);
        assertThat(ranking.get(0).item()).isSameAs(with);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(PAIRS);
  }

  @Test
  void one_more_preferred_skill_never_lowers_the_score() {
    Random random = new Random(6002);
    int checked = 0;
    for (int i = 0; i < PAIRS; i++) {
      JobDetails job = Candidates.randomJob(random);
      CandidateFacts without = Candidates.randomCandidate(random);
      for (Skill skill : job.preferredSkills()) {
        if (!Candidates.has(without, skill)) {
          assertThat(scorer.score(job, Candidates.withSkill(without, skill)).score())
              .isGreaterThan(scorer.score(job, without).score());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(PAIRS);
  }

  @Test
  void a_skill_the_job_does_not_ask_for_changes_nothing() {
    Random random = new Random(6003);
    Skill cobol = Candidates.skill("COBOL");
    for (int i = 0; i < PAIRS; i++) {
      JobDetails job = Candidates.randomJob(random);
      CandidateFacts candidate = Candidates.randomCandidate(random);
      if (Candidates.has(candidate, cobol) || job.requiredSkills().contains(cobol)
          || job.preferredSkills().contains(cobol)) {
        continue;
      }
      assertThat(scorer.score(job, Candidates.withSkill(candidate, cobol)).score())
          .isEqualTo(scorer.score(job, candidate).score());
    }
  }

  @Test
  void more_experience_never_lowers_the_score() {
    Random random = new Random(6004);
    for (int i = 0; i < PAIRS; i++) {
      JobDetails job = Candidates.randomJob(random);
      CandidateFacts candidate = Candidates.randomCandidate(random);
      int months = random.nextInt(12 * 20);
      double less = scorer.score(job, Candidates.withMonths(candidate, months)).score();
      double more = scorer.score(job, Candidates.withMonths(candidate, months + 1 + random.nextInt(36))).score();
      assertThat(more).isGreaterThanOrEqualTo(less);
    }
  }

  @Test
  void the_prepared_score_is_exactly_the_full_score() {
    Random random = new Random(6005);
    List<PreparedJob> jobs = new ArrayList<>();
    List<PreparedCandidate> candidates = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      jobs.add(scorer.prepare(Candidates.randomJob(random)));
      candidates.add(scorer.prepare(Candidates.randomCandidate(random)));
    }
    for (PreparedJob job : jobs) {
      for (PreparedCandidate candidate : candidates) {
        double fast = scorer.score(job, candidate);
        MatchResult full = scorer.score(job.details(), candidate.facts());
        assertThat(Double.doubleToRawLongBits(fast)).isEqualTo(Double.doubleToRawLongBits(full.score()));
        assertThat(scorer.explain(job, candidate)).isEqualTo(full);
        assertThat(fast).isBetween(0.0, 1.0);
      }
    }
  }

  @Test
  void top_keeps_the_best_n_above_the_minimum_in_the_same_order_whatever_the_input_order() {
    Random random = new Random(6006);
    PreparedCandidate candidate = scorer.prepare(Candidates.randomCandidate(random));
    List<PreparedJob> jobs = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      jobs.add(scorer.prepare(Candidates.randomJob(random)));
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
      ids.add(String.format("job-%05d", i));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
      order.add(i);
    }
    List<Integer> expected = order.stream()
        .filter(i -> scorer.score(jobs.get(i), candidate) >= 0.3)
        .sorted(Comparator.<Integer>comparingDouble(i -> -scorer.score(jobs.get(i), candidate))
            .thenComparing(ids::get))
        .limit(25).toList();

    Collections.shuffle(order, random);
    List<Ranked<Integer>> top = MatchScorer.top(order, i -> scorer.score(jobs.get(i), candidate), ids::get, 25, 0.3);

    assertThat(top).extracting(Ranked::item).containsExactlyElementsOf(expected);
    assertThat(top).extracting(Ranked::id).containsExactlyElementsOf(expected.stream().map(ids::get).toList());
    assertThat(top).allSatisfy(r -> assertThat(r.score()).isGreaterThanOrEqualTo(0.3));
  }

  @Test
  void top_breaks_ties_by_the_callers_id() {
    List<String> items = List.of("c", "a", "d", "b");

    assertThat(MatchScorer.top(items, item -> 0.5, item -> item, 3, 0.0)).extracting(Ranked::id)
        .containsExactly("a", "b", "c");
    assertThat(MatchScorer.top(items, item -> 0.5, item -> item, 3, 0.6)).isEmpty();
  }
}
