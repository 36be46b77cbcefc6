package dev.hireloop.port.in.profile;

import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.Optional;

/** Replaces a profile's details. With {@code expectedVersion}, a profile changed meanwhile is a conflict. */
public record UpdateProfileCommand(RecruiterId recruiterId, ProfileId profileId, ProfileDetails details,
    Optional<Long> expectedVersion) {
  public UpdateProfileCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    Check.notNull(details, "details");
    Check.notNull(expectedVersion, "expectedVersion");
  }
}
