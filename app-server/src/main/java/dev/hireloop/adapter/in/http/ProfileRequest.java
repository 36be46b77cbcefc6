package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Zones;
import dev.hireloop.port.in.profile.UpdateProfileCommand;
import java.util.List;
import java.util.Optional;

/** {@code PUT /api/profiles/{profile_id}}: a candidate's details, replaced as a whole; {@code full_name} required. */
record ProfileRequest(String fullName, String email, String phone, String location, String headline,
    String linkedinUrn, List<String> skills, Integer yearsOfExperience, String timeZone) {

  UpdateProfileCommand toCommand(RecruiterId recruiterId, ProfileId profileId, Optional<Long> expectedVersion) {
    return new UpdateProfileCommand(recruiterId, profileId, details(fullName, email, phone, location, headline,
        linkedinUrn, skills, yearsOfExperience, timeZone), expectedVersion);
  }

  static ProfileDetails details(String fullName, String email, String phone, String location, String headline,
      String linkedinUrn, List<String> skills, Integer yearsOfExperience, String timeZone) {
    return new ProfileDetails(
        Check.notNull(fullName, "full_name"),
        Optional.ofNullable(email).map(Email::of),
        Optional.ofNullable(phone),
        Optional.ofNullable(location),
        Optional.ofNullable(headline),
        Optional.ofNullable(linkedinUrn),
        JobRequest.skills(skills, "skills"),
        Optional.ofNullable(yearsOfExperience),
        Optional.ofNullable(timeZone).map(zone -> Zones.parse(zone, "time_zone")));
  }
}
