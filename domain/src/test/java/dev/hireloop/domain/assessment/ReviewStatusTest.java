package dev.hireloop.domain.assessment;

import static dev.hireloop.domain.assessment.ReviewStatus.APPROVED;
import static dev.hireloop.domain.assessment.ReviewStatus.DRAFT;
import static dev.hireloop.domain.assessment.ReviewStatus.REJECTED;

import dev.hireloop.domain.shared.StateMachine;
import dev.hireloop.domain.testing.StateMachineSpecification;
import dev.hireloop.domain.testing.TransitionSpec;

final class ReviewStatusTest extends StateMachineSpecification<ReviewStatus> {

  @Override
  protected StateMachine<ReviewStatus> machine() {
    return ReviewStatus.MACHINE;
  }

  @Override
  protected String machineName() {
    return "review";
  }

  /** A decision is final: approved and rejected drafts stay so. */
  @Override
  protected TransitionSpec<ReviewStatus> specification() {
    return TransitionSpec.of(ReviewStatus.class)
        .allow(DRAFT, APPROVED, REJECTED);
  }
}
