package dev.hireloop.domain.job;

import static dev.hireloop.domain.job.JobStatus.CLOSED;
import static dev.hireloop.domain.job.JobStatus.DRAFT;
import static dev.hireloop.domain.job.JobStatus.OPEN;

import dev.hireloop.domain.shared.StateMachine;
import dev.hireloop.domain.testing.StateMachineSpecification;
import dev.hireloop.domain.testing.TransitionSpec;

final class JobStatusTest extends StateMachineSpecification<JobStatus> {

  @Override
  protected StateMachine<JobStatus> machine() {
    return JobStatus.MACHINE;
  }

  @Override
  protected String machineName() {
    return "job";
  }

  @Override
  protected TransitionSpec<JobStatus> specification() {
    return TransitionSpec.of(JobStatus.class)
        .allow(DRAFT, OPEN, CLOSED)
        .allow(OPEN, CLOSED)
        .allow(CLOSED, OPEN);
  }
}
