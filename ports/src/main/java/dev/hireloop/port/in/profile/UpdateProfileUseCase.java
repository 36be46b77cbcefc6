package dev.hireloop.port.in.profile;

/** Edits a profile's details. */
public interface UpdateProfileUseCase {
  ProfileView update(UpdateProfileCommand command);
}
