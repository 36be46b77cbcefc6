package dev.hireloop.port.in.events;

/** The recruiter's dead letters, newest first. */
public interface ListDeadLettersUseCase {
  dev.hireloop.domain.shared.Page<DeadLetterView> list(dev.hireloop.domain.shared.RecruiterId recruiterId, dev.hireloop.domain.shared.PageRequest page);
}
