package dev.hireloop.domain.interview;

import dev.hireloop.domain.shared.StateMachine;

/** scheduled → in_progress → completed; a scheduled or started interview can expire or be cancelled. */
public enum InterviewStatus {
  SCHEDULED,
  IN_PROGRESS,
  COMPLETED,
  EXPIRED,
  CANCELLED;

  public static final StateMachine<InterviewStatus> MACHINE =
      StateMachine.builder("interview", InterviewStatus.class)
          .allow(SCHEDULED, IN_PROGRESS, EXPIRED, CANCELLED)
          .allow(IN_PROGRESS, COMPLETED, EXPIRED, CANCELLED)
          .build();
}
