package dev.hireloop.port.in.profile;

import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;

public record CreateProfileCommand(RecruiterId recruiterId, ProfileDetails details, ProfileSource source) {
  public CreateProfileCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(details, "details");
    Check.notNull(source, "source");
  }
}
