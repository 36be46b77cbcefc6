package dev.hireloop.port.in.job;

/** One of the recruiter's jobs. @throws dev.hireloop.domain.shared.NotFoundException for an unknown job or another recruiter's */
public interface GetJobUseCase {
  JobView get(dev.hireloop.domain.shared.RecruiterId recruiterId, dev.hireloop.domain.job.JobId jobId);
}
