package dev.hireloop.port.in.profile;

/** One of the recruiter's profiles. @throws dev.hireloop.domain.shared.NotFoundException for an unknown profile or another recruiter's */
public interface GetProfileUseCase {
  ProfileView get(dev.hireloop.domain.shared.RecruiterId recruiterId, dev.hireloop.domain.profile.ProfileId profileId);
}
