package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.shared.RecruiterId;
import java.time.LocalDate;

/** Removes the override of a date. @throws dev.hireloop.domain.shared.NotFoundException {@code override.not-found} */
public interface RemoveDateOverrideUseCase {
  AvailabilityView remove(RecruiterId recruiterId, LocalDate date);
}
