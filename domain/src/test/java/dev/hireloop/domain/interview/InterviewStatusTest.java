package dev.hireloop.domain.interview;

import static dev.hireloop.domain.interview.InterviewStatus.CANCELLED;
import static dev.hireloop.domain.interview.InterviewStatus.COMPLETED;
import static dev.hireloop.domain.interview.InterviewStatus.EXPIRED;
import static dev.hireloop.domain.interview.InterviewStatus.IN_PROGRESS;
import static dev.hireloop.domain.interview.InterviewStatus.SCHEDULED;

import dev.hireloop.domain.shared.StateMachine;
import dev.hireloop.domain.testing.StateMachineSpecification;
import dev.hireloop.domain.testing.TransitionSpec;

final class InterviewStatusTest extends StateMachineSpecification<InterviewStatus> {

  @Override
  protected StateMachine<InterviewStatus> machine() {
    return InterviewStatus.MACHINE;
  }

  @Override
  protected String machineName() {
    return "interview";
  }

  @Override
  protected TransitionSpec<InterviewStatus> specification() {
    return TransitionSpec.of(InterviewStatus.class)
        .allow(SCHEDULED, IN_PROGRESS, EXPIRED, CANCELLED)
        .allow(IN_PROGRESS, COMPLETED, EXPIRED, CANCELLED);
  }
}
