package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.shared.RecruiterId;

/** The recruiter's availability, or the standard one (weekdays 09:00–17:00 in the recruiter's zone). */
public interface GetAvailabilityUseCase {
  AvailabilityView get(RecruiterId recruiterId);
}
