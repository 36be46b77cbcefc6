package dev.hireloop.port.in.profile;

/** Creates a candidate profile in status new. @throws dev.hireloop.domain.shared.ConflictException if the recruiter already has a profile with that e-mail */
public interface CreateProfileUseCase {
  ProfileView create(CreateProfileCommand command);
}
