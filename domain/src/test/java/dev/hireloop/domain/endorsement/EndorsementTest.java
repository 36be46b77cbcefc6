package dev.hireloop.domain.endorsement;

import static dev.hireloop.domain.testing.Fixtures.RECRUITER;
import static dev.hireloop.domain.testing.Fixtures.T0;
import static dev.hireloop.domain.testing.Fixtures.daysAfterT0;
import static dev.hireloop.domain.testing.Fixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.assessment.AssessmentId;
import dev.hireloop.domain.assessment.Review;
import dev.hireloop.domain.assessment.ReviewStatus;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.domain.testing.Expect;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class EndorsementTest {

  private static final EndorsementId ID = new EndorsementId(uuid(70));
  private static final ProfileId PROFILE = new ProfileId(uuid(71));
  private static final JobId JOB = new JobId(uuid(72));
  private static final AssessmentId ASSESSMENT = new AssessmentId(uuid(73));

  private static Endorsement draft() {
    return Endorsement.draft(ID, RECRUITER, PROFILE, Optional.of(JOB), Optional.of(ASSESSMENT),
        "Sam designed a booking engine end to end.", T0);
  }

  @Test
  void is_drafted_without_a_review() {
    Endorsement endorsement = draft();

    assertThat(endorsement.status()).isEqualTo(ReviewStatus.DRAFT);
    assertThat(endorsement.review()).isEmpty();
    assertThat(endorsement.jobId()).contains(JOB);
    assertThat(endorsement.assessmentId()).contains(ASSESSMENT);
    assertThat(endorsement.text()).isEqualTo("Sam designed a booking engine end to end.");
    assertThat(endorsement.createdAt()).isEqualTo(T0);
    assertThat(endorsement.version()).isEqualTo(Version.initial());
  }

  @Test
  void a_draft_can_be_edited() {
    Endorsement edited = draft().edit("  Sam led the booking engine. ", daysAfterT0(1));

    assertThat(edited.text()).isEqualTo("Sam led the booking engine.");
    assertThat(edited.status()).isEqualTo(ReviewStatus.DRAFT);
    assertThat(edited.updatedAt()).isEqualTo(daysAfterT0(1));
  }

  @Test
  void an_edit_needs_non_blank_bounded_text() {
    Expect.invalid("value.blank", () -> draft().edit("  ", daysAfterT0(1)));
    Expect.invalid("value.too-long", () -> draft().edit("t".repeat(20_001), daysAfterT0(1)));
    assertThat(draft().edit("t".repeat(20_000), daysAfterT0(1)).text()).hasSize(20_000);
  }

  @Test
  void only_a_draft_can_be_edited() {
    Endorsement approved = draft().approve(RECRUITER, Optional.empty(), daysAfterT0(1));
    Endorsement rejected = draft().reject(RECRUITER, Optional.empty(), daysAfterT0(1));

    Expect.ruleViolation("endorsement.not-draft", () -> approved.edit("changed", daysAfterT0(2)));
    Expect.ruleViolation("endorsement.not-draft", () -> rejected.edit("changed", daysAfterT0(2)));
  }

  @Test
  void approving_or_rejecting_records_the_human_review() {
    Endorsement approved = draft().approve(RECRUITER, Optional.of("Send to client"), daysAfterT0(1));
    Endorsement rejected = draft().reject(RECRUITER, Optional.empty(), daysAfterT0(2));

    assertThat(approved.status()).isEqualTo(ReviewStatus.APPROVED);
    assertThat(approved.review()).contains(new Review(RECRUITER, daysAfterT0(1), Optional.of("Send to client")));
    assertThat(approved.updatedAt()).isEqualTo(daysAfterT0(1));
    assertThat(rejected.status()).isEqualTo(ReviewStatus.REJECTED);
    assertThat(rejected.review()).contains(new Review(RECRUITER, daysAfterT0(2), Optional.empty()));
  }

  @Test
  void a_decision_is_final() {
    Endorsement approved = draft().approve(RECRUITER, Optional.empty(), daysAfterT0(1));
    Endorsement rejected = draft().reject(RECRUITER, Optional.empty(), daysAfterT0(1));

    Expect.illegalTransition("review", ReviewStatus.APPROVED, ReviewStatus.REJECTED,
        () -> approved.reject(RECRUITER, Optional.empty(), daysAfterT0(2)));
    Expect.illegalTransition("review", ReviewStatus.REJECTED, ReviewStatus.APPROVED,
        () -> rejected.approve(RECRUITER, Optional.empty(), daysAfterT0(2)));
    Expect.illegalTransition("review", ReviewStatus.REJECTED, ReviewStatus.REJECTED,
        () -> rejected.reject(RECRUITER, Optional.empty(), daysAfterT0(2)));
  }

  @Test
  void a_review_is_present_exactly_when_the_endorsement_is_decided() {
    Review review = new Review(RECRUITER, T0, Optional.empty());

    Expect.invalid("endorsement.review-inconsistent", () -> stored(ReviewStatus.DRAFT, Optional.of(review)));
    Expect.invalid("endorsement.review-inconsistent", () -> stored(ReviewStatus.APPROVED, Optional.empty()));
    Expect.invalid("endorsement.review-inconsistent", () -> stored(ReviewStatus.REJECTED, Optional.empty()));
    assertThat(stored(ReviewStatus.REJECTED, Optional.of(review)).review()).contains(review);
  }

  @Test
  void keeps_its_stored_version_through_every_change() {
    assertThat(draft().withVersion(new Version(6)).edit("new", T0).approve(RECRUITER, Optional.empty(), T0)
        .version()).isEqualTo(new Version(6));
  }

  private static Endorsement stored(ReviewStatus status, Optional<Review> review) {
    return new Endorsement(ID, RECRUITER, PROFILE, Optional.empty(), Optional.empty(), "Text.", status, review, T0,
        T0, Version.initial());
  }
}
