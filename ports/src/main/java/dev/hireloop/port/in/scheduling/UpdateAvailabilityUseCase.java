package dev.hireloop.port.in.scheduling;

/** Saves the recruiter's availability settings. Existing bookings are kept even where they no longer fit. */
public interface UpdateAvailabilityUseCase {
  AvailabilityView update(UpdateAvailabilityCommand command);
}
