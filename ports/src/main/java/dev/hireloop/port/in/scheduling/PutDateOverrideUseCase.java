package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.scheduling.DateOverride;
import dev.hireloop.domain.shared.RecruiterId;

/** Sets the override of one date (a day off, replacement or extra hours), replacing any override already there. */
public interface PutDateOverrideUseCase {
  AvailabilityView put(RecruiterId recruiterId, DateOverride override);
}
