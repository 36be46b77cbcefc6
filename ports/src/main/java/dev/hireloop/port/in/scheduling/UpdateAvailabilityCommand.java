package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.scheduling.Availability;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.Optional;

/**
 * Replaces every availability setting; the date overrides in {@code settings} are ignored (they have their own
 * use cases) and the stored ones kept. With {@code expectedVersion}, a change made meanwhile is a conflict.
 */
public record UpdateAvailabilityCommand(RecruiterId recruiterId, Availability settings,
    Optional<Long> expectedVersion) {
  public UpdateAvailabilityCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(settings, "settings");
    Check.notNull(expectedVersion, "expectedVersion");
  }
}
