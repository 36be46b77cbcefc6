package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.profile.CreateProfileCommand;
import java.util.List;

/** {@code POST /api/profiles}: the fields of {@link ProfileRequest} and how the candidate came in (default manual). */
record CreateProfileRequest(String fullName, String email, String phone, String location, String headline,
    String linkedinUrn, List<String> skills, Integer yearsOfExperience, String timeZone, String source) {

  CreateProfileCommand toCommand(RecruiterId recruiterId) {
    return new CreateProfileCommand(recruiterId, ProfileRequest.details(fullName, email, phone, location, headline,
        linkedinUrn, skills, yearsOfExperience, timeZone),
        source == null ? ProfileSource.MANUAL : WireEnums.fromWire(ProfileSource.class, source, "source"));
  }
}
