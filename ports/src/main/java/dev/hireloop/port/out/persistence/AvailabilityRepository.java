package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.scheduling.RecruiterAvailability;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.Optional;

/**
 * Stores each recruiter's availability (one per recruiter, overrides included). Same save/versioning contract as
 * {@link RecruiterRepository} ({@code availability.stale}); saving a second initial-version availability for one
 * recruiter is {@code availability.stale} too.
 */
public interface AvailabilityRepository {
  RecruiterAvailability save(RecruiterAvailability availability);

  Optional<RecruiterAvailability> findByRecruiter(RecruiterId recruiterId);
}
