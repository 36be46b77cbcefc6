package dev.hireloop.domain.assessment;

import dev.hireloop.domain.shared.StateMachine;

/** AI output is advisory: a draft counts only once a human approves it. */
public enum ReviewStatus {
  DRAFT,
  APPROVED,
  REJECTED;

  public static final StateMachine<ReviewStatus> MACHINE = StateMachine.builder("review", ReviewStatus.class)
      .allow(DRAFT, APPROVED, REJECTED)
      .build();
}
