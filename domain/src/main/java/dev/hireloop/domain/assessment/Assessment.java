package dev.hireloop.domain.assessment;

import dev.hireloop.domain.interview.InterviewId;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The rubric assessment of one interview transcript: a draft until a human approves or rejects it. */
public record Assessment(
    AssessmentId id,
    RecruiterId recruiterId,
    InterviewId interviewId,
    ProfileId profileId,
    Optional<JobId> jobId,
    List<CriterionScore> scores,
    Recommendation recommendation,
    String summary,
    ReviewStatus status,
    Optional<Review> review,
    Instant createdAt,
    Instant updatedAt,
    Version version) {

  public Assessment {
    Check.notNull(id, "id");
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(interviewId, "interviewId");
    Check.notNull(profileId, "profileId");
    Check.notNull(jobId, "jobId");
    scores = Check.list(scores, "scores", 50);
    Check.notNull(recommendation, "recommendation");
    summary = Check.text(summary, "summary", 10_000);
    Check.notNull(status, "status");
    Check.notNull(review, "review");
    Check.notNull(createdAt, "createdAt");
    Check.notNull(updatedAt, "updatedAt");
    Check.notNull(version, "version");
    if ((status == ReviewStatus.DRAFT) == review.isPresent()) {
      throw new dev.hireloop.domain.shared.InvalidValueException("assessment.review-inconsistent",
          "a review is present exactly when the assessment is no longer a draft");
    }
  }

  public static Assessment draft(AssessmentId id, RecruiterId recruiterId, InterviewId interviewId,
      ProfileId profileId, Optional<JobId> jobId, List<CriterionScore> scores, Recommendation recommendation,
      String summary, Instant now) {
    return new Assessment(id, recruiterId, interviewId, profileId, jobId, scores, recommendation, summary,
        ReviewStatus.DRAFT, Optional.empty(), now, now, Version.initial());
  }

  public Assessment approve(RecruiterId reviewer, Optional<String> note, Instant now) {
    return decide(ReviewStatus.APPROVED, reviewer, note, now);
  }

  public Assessment reject(RecruiterId reviewer, Optional<String> note, Instant now) {
    return decide(ReviewStatus.REJECTED, reviewer, note, now);
  }

  /** The mean score, 1..5, or empty when there are no scores. */
  public Optional<Double> averageScore() {
    return scores.isEmpty() ? Optional.empty()
        : Optional.of(scores.stream().mapToInt(CriterionScore::score).average().orElseThrow());
  }

  public Assessment withVersion(Version stored) {
    return new Assessment(id, recruiterId, interviewId, profileId, jobId, scores, recommendation, summary, status,
        review, createdAt, updatedAt, stored);
  }

  private Assessment decide(ReviewStatus target, RecruiterId reviewer, Optional<String> note, Instant now) {
    ReviewStatus next = ReviewStatus.MACHINE.transition(status, target);
    return new Assessment(id, recruiterId, interviewId, profileId, jobId, scores, recommendation, summary, next,
        Optional.of(new Review(reviewer, now, note)), createdAt, now, version);
  }
}
