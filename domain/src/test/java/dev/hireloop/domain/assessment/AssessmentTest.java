package dev.hireloop.domain.assessment;

import static dev.hireloop.domain.testing.Fixtures.OTHER_RECRUITER;
import static dev.hireloop.domain.testing.Fixtures.RECRUITER;
import static dev.hireloop.domain.testing.Fixtures.T0;
import static dev.hireloop.domain.testing.Fixtures.daysAfterT0;
import static dev.hireloop.domain.testing.Fixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.interview.InterviewId;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.domain.testing.Expect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AssessmentTest {

  private static final AssessmentId ID = new AssessmentId(uuid(60));
  private static final InterviewId INTERVIEW = new InterviewId(uuid(61));
  private static final ProfileId PROFILE = new ProfileId(uuid(62));
  private static final CriterionScore DESIGN =
      new CriterionScore("System design", 4, List.of("I split the booking engine into a ledger and a scheduler."));
  private static final CriterionScore TESTING =
      new CriterionScore("Testing", 3, List.of("We ran contract tests against every adapter."));

  private static Assessment draft(List<CriterionScore> scores) {
    return Assessment.draft(ID, RECRUITER, INTERVIEW, PROFILE, Optional.of(new JobId(uuid(63))), scores,
        Recommendation.PROCEED, "Strong design skills.", T0);
  }

  private static Assessment draft() {
    return draft(List.of(DESIGN, TESTING));
  }

  @Test
  void a_score_quotes_the_evidence_it_rests_on() {
    assertThat(DESIGN.criterion()).isEqualTo("System design");
    assertThat(DESIGN.score()).isEqualTo(4);
    assertThat(DESIGN.evidence()).containsExactly("I split the booking engine into a ledger and a scheduler.");
  }

  @Test
  void a_score_without_evidence_is_refused() {
    Expect.invalid("assessment.evidence-required", () -> new CriterionScore("Testing", 3, List.of()));
  }

  @Test
  void evidence_quotes_are_trimmed_and_must_not_be_blank() {
    assertThat(new CriterionScore("Testing", 3, List.of("  a quote ")).evidence()).containsExactly("a quote");
    Expect.invalid("value.blank", () -> new CriterionScore("Testing", 3, List.of("a quote", "  ")));
    Expect.invalid("value.too-long", () -> new CriterionScore("Testing", 3, List.of("q".repeat(2_001))));
    Expect.invalid("value.too-many", () -> new CriterionScore("Testing", 3, Collections.nCopies(21, "quote")));
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, 0, 6, 100})
  void a_score_is_between_one_and_five(int score) {
    Expect.invalid("value.out-of-range", () -> new CriterionScore("Testing", score, List.of("quote")));
  }

  @Test
  void a_score_names_its_criterion() {
    Expect.invalid("value.blank", () -> new CriterionScore(" ", 3, List.of("quote")));
    Expect.invalid("value.too-long", () -> new CriterionScore("c".repeat(101), 3, List.of("quote")));
  }

  @Test
  void a_score_copies_its_evidence() {
    List<String> evidence = new ArrayList<>(List.of("quote"));

    CriterionScore score = new CriterionScore("Testing", 3, evidence);
    evidence.clear();

    assertThat(score.evidence()).containsExactly("quote");
    assertThatThrownBy(() -> score.evidence().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void is_drafted_without_a_review() {
    Assessment assessment = draft();

    assertThat(assessment.status()).isEqualTo(ReviewStatus.DRAFT);
    assertThat(assessment.review()).isEmpty();
    assertThat(assessment.scores()).containsExactly(DESIGN, TESTING);
    assertThat(assessment.recommendation()).isEqualTo(Recommendation.PROCEED);
    assertThat(assessment.createdAt()).isEqualTo(T0);
    assertThat(assessment.version()).isEqualTo(Version.initial());
  }

  @Test
  void copies_the_scores_it_is_given() {
    List<CriterionScore> scores = new ArrayList<>(List.of(DESIGN));

    Assessment assessment = draft(scores);
    scores.add(TESTING);

    assertThat(assessment.scores()).containsExactly(DESIGN);
    assertThatThrownBy(() -> assessment.scores().add(TESTING)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void averages_its_scores_and_has_no_average_without_scores() {
    assertThat(draft().averageScore()).contains(3.5);
    assertThat(draft(List.of()).averageScore()).isEmpty();
  }

  @Test
  void approving_records_who_decided_when_and_why() {
    Assessment approved = draft().approve(OTHER_RECRUITER, Optional.of(" Agree "), daysAfterT0(1));

    assertThat(approved.status()).isEqualTo(ReviewStatus.APPROVED);
    assertThat(approved.review()).contains(new Review(OTHER_RECRUITER, daysAfterT0(1), Optional.of("Agree")));
    assertThat(approved.updatedAt()).isEqualTo(daysAfterT0(1));
  }

  @Test
  void rejecting_records_the_review_too() {
    Assessment rejected = draft().reject(RECRUITER, Optional.empty(), daysAfterT0(1));

    assertThat(rejected.status()).isEqualTo(ReviewStatus.REJECTED);
    assertThat(rejected.review()).contains(new Review(RECRUITER, daysAfterT0(1), Optional.empty()));
  }

  @Test
  void a_decision_is_final() {
    Assessment approved = draft().approve(RECRUITER, Optional.empty(), daysAfterT0(1));
    Assessment rejected = draft().reject(RECRUITER, Optional.empty(), daysAfterT0(1));

    Expect.illegalTransition("review", ReviewStatus.APPROVED, ReviewStatus.APPROVED,
        () -> approved.approve(RECRUITER, Optional.empty(), daysAfterT0(2)));
    Expect.illegalTransition("review", ReviewStatus.APPROVED, ReviewStatus.REJECTED,
        () -> approved.reject(RECRUITER, Optional.empty(), daysAfterT0(2)));
    Expect.illegalTransition("review", ReviewStatus.REJECTED, ReviewStatus.APPROVED,
        () -> rejected.approve(RECRUITER, Optional.empty(), daysAfterT0(2)));
  }

  @Test
  void a_review_is_present_exactly_when_the_assessment_is_decided() {
    Review review = new Review(RECRUITER, T0, Optional.empty());

    Expect.invalid("assessment.review-inconsistent", () -> stored(ReviewStatus.DRAFT, Optional.of(review)));
    Expect.invalid("assessment.review-inconsistent", () -> stored(ReviewStatus.APPROVED, Optional.empty()));
    Expect.invalid("assessment.review-inconsistent", () -> stored(ReviewStatus.REJECTED, Optional.empty()));
    assertThat(stored(ReviewStatus.APPROVED, Optional.of(review)).review()).contains(review);
  }

  @Test
  void a_review_note_is_optional_trimmed_and_bounded() {
    assertThat(new Review(RECRUITER, T0, Optional.of("  ")).note()).isEmpty();
    Expect.invalid("value.too-long", () -> new Review(RECRUITER, T0, Optional.of("n".repeat(2_001))));
    Expect.invalid("value.required", () -> new Review(null, T0, Optional.empty()));
    Expect.invalid("value.required", () -> new Review(RECRUITER, null, Optional.empty()));
  }

  @Test
  void rejects_a_blank_summary() {
    Expect.invalid("value.blank", () -> Assessment.draft(ID, RECRUITER, INTERVIEW, PROFILE, Optional.empty(),
        List.of(DESIGN), Recommendation.CONSIDER, " ", T0));
  }

  @Test
  void keeps_its_stored_version_through_the_decision() {
    assertThat(draft().withVersion(new Version(3)).approve(RECRUITER, Optional.empty(), T0).version())
        .isEqualTo(new Version(3));
  }

  private static Assessment stored(ReviewStatus status, Optional<Review> review) {
    return new Assessment(ID, RECRUITER, INTERVIEW, PROFILE, Optional.empty(), List.of(DESIGN),
        Recommendation.CONSIDER, "Summary.", status, review, T0, T0, Version.initial());
  }
}
