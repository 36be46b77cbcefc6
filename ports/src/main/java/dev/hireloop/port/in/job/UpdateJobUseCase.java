package dev.hireloop.port.in.job;

/** Edits a draft or open job. @throws dev.hireloop.domain.shared.RuleViolationException for a closed job */
public interface UpdateJobUseCase {
  JobView update(UpdateJobCommand command);
}
