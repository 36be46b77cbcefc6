package dev.hireloop.domain.endorsement;

import dev.hireloop.domain.assessment.AssessmentId;
import dev.hireloop.domain.assessment.Review;
import dev.hireloop.domain.assessment.ReviewStatus;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.domain.shared.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A recruiter's endorsement of a candidate for a job, drafted from an assessment. It is editable while a draft
 * and counts only once a human approves it.
 */
public record Endorsement(
    EndorsementId id,
    RecruiterId recruiterId,
    ProfileId profileId,
    Optional<JobId> jobId,
    Optional<AssessmentId> assessmentId,
    String text,
    ReviewStatus status,
    Optional<Review> review,
    Instant createdAt,
    Instant updatedAt,
    Version version) {

  public Endorsement {
    Check.notNull(id, "id");
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    Check.notNull(jobId, "jobId");
    Check.notNull(assessmentId, "assessmentId");
    text = Check.text(text, "text", 20_000);
    Check.notNull(status, "status");
    Check.notNull(review, "review");
    Check.notNull(createdAt, "createdAt");
    Check.notNull(updatedAt, "updatedAt");
    Check.notNull(version, "version");
    if ((status == ReviewStatus.DRAFT) == review.isPresent()) {
      throw new InvalidValueException("endorsement.review-inconsistent",
          "a review is present exactly when the endorsement is no longer a draft");
    }
  }

  public static Endorsement draft(EndorsementId id, RecruiterId recruiterId, ProfileId profileId,
      Optional<JobId> jobId, Optional<AssessmentId> assessmentId, String text, Instant now) {
    return new Endorsement(id, recruiterId, profileId, jobId, assessmentId, text, ReviewStatus.DRAFT,
        Optional.empty(), now, now, Version.initial());
  }

  public Endorsement edit(String newText, Instant now) {
    if (status != ReviewStatus.DRAFT) {
      throw new RuleViolationException("endorsement.not-draft", "only a draft endorsement can be edited");
    }
    return new Endorsement(id, recruiterId, profileId, jobId, assessmentId, newText, status, review, createdAt, now,
        version);
  }

  public Endorsement approve(RecruiterId reviewer, Optional<String> note, Instant now) {
    return decide(ReviewStatus.APPROVED, reviewer, note, now);
  }

  public Endorsement reject(RecruiterId reviewer, Optional<String> note, Instant now) {
    return decide(ReviewStatus.REJECTED, reviewer, note, now);
  }

  public Endorsement withVersion(Version stored) {
    return new Endorsement(id, recruiterId, profileId, jobId, assessmentId, text, status, review, createdAt,
        updatedAt, stored);
  }

  private Endorsement decide(ReviewStatus target, RecruiterId reviewer, Optional<String> note, Instant now) {
    ReviewStatus next = ReviewStatus.MACHINE.transition(status, target);
    return new Endorsement(id, recruiterId, profileId, jobId, assessmentId, text, next,
        Optional.of(new Review(reviewer, now, note)), createdAt, now, version);
  }
}
