package dev.hireloop.domain.job;

import dev.hireloop.domain.shared.StateMachine;

/** draft → open → closed; a closed job can be reopened, a draft can be discarded (closed) without opening. */
public enum JobStatus {
  DRAFT,
  OPEN,
  CLOSED;

  public static final StateMachine<JobStatus> MACHINE = StateMachine.builder("job", JobStatus.class)
      .allow(DRAFT, OPEN, CLOSED)
      .allow(OPEN, CLOSED)
      .allow(CLOSED, OPEN)
      .build();
}
