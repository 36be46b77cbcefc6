package dev.hireloop.port.in.recruiter;

/** @throws dev.hireloop.domain.shared.NotFoundException for an unknown id */
public interface GetRecruiterUseCase {
  RecruiterView get(dev.hireloop.domain.shared.RecruiterId recruiterId);
}
