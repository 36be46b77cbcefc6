package dev.hireloop.application;

import dev.hireloop.domain.scheduling.DateOverride;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.scheduling.AvailabilityView;
import dev.hireloop.port.in.scheduling.GetAvailabilityUseCase;
import dev.hireloop.port.in.scheduling.PutDateOverrideUseCase;
import dev.hireloop.port.in.scheduling.RemoveDateOverrideUseCase;
import dev.hireloop.port.in.scheduling.UpdateAvailabilityCommand;
import dev.hireloop.port.in.scheduling.UpdateAvailabilityUseCase;
import java.time.LocalDate;

/** A recruiter's availability and date overrides. Stateless and thread-safe. */
final class AvailabilityService implements GetAvailabilityUseCase, UpdateAvailabilityUseCase, PutDateOverrideUseCase,
    RemoveDateOverrideUseCase {
  private final ServiceContext context;

  AvailabilityService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public AvailabilityView get(RecruiterId recruiterId) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public AvailabilityView update(UpdateAvailabilityCommand command) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public AvailabilityView put(RecruiterId recruiterId, DateOverride override) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public AvailabilityView remove(RecruiterId recruiterId, LocalDate date) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }
}
