package dev.hireloop.port.in.profile;

/** Lists and searches the recruiter's profiles, newest first. */
public interface ListProfilesUseCase {
  dev.hireloop.domain.shared.Page<ProfileView> list(ListProfilesQuery query);
}
