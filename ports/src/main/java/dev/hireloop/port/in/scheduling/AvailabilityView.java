package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.scheduling.Availability;
import dev.hireloop.domain.scheduling.RecruiterAvailability;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;

/** A recruiter's availability; {@code version} 0 means the recruiter never saved one (the standard hours). */
public record AvailabilityView(RecruiterId recruiterId, Availability availability, Instant updatedAt, long version) {
  public static AvailabilityView from(RecruiterAvailability stored) {
    return new AvailabilityView(stored.recruiterId(), stored.availability(), stored.updatedAt(),
        stored.version().value());
  }
}
