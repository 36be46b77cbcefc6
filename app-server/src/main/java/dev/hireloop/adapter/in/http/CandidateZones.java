package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.profile.GetProfileUseCase;
import dev.hireloop.port.in.recruiter.GetRecruiterUseCase;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The zone a candidate sees times in when a request names none: the profile's own zone, else the recruiter's.
 * Another recruiter's or an unknown profile is the profile use case's 404, as the booking itself would be.
 */
final class CandidateZones {
  private final GetProfileUseCase getProfile;
  private final GetRecruiterUseCase getRecruiter;

  CandidateZones(GetProfileUseCase getProfile, GetRecruiterUseCase getRecruiter) {
    this.getProfile = getProfile;
    this.getRecruiter = getRecruiter;
  }

  ZoneId resolve(RecruiterId recruiterId, ProfileId profileId, Optional<ZoneId> requested) {
    return requested.orElseGet(() -> getProfile.get(recruiterId, profileId).details().timeZone()
        .orElseGet(() -> getRecruiter.get(recruiterId).timeZone()));
  }
}
