package dev.hireloop.domain.scheduling;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A recruiter's stored availability (the recruiter is the interviewer). A recruiter who never saved one has
 * {@link #standard(RecruiterId, ZoneId, Instant)}: weekdays 09:00–17:00 in the recruiter's own zone.
 */
public record RecruiterAvailability(RecruiterId recruiterId, Availability availability, Instant createdAt,
    Instant updatedAt, Version version) {

  public RecruiterAvailability {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(availability, "availability");
    Check.notNull(createdAt, "createdAt");
    Check.notNull(updatedAt, "updatedAt");
    Check.notNull(version, "version");
  }

  public static RecruiterAvailability standard(RecruiterId recruiterId, ZoneId zone, Instant now) {
    return new RecruiterAvailability(recruiterId, Availability.standard(zone), now, now, Version.initial());
  }

  /** Replaces every setting but the date overrides, which are kept. */
  public RecruiterAvailability update(Availability settings, Instant now) {
    return new RecruiterAvailability(recruiterId, settings.withOverrides(availability.overrides()), createdAt, now,
        version);
  }

  /** Adds the override for its date, or replaces the one already there. Overrides stay sorted by date. */
  public RecruiterAvailability putOverride(DateOverride override, Instant now) {
    Check.notNull(override, "override");
    List<DateOverride> next = new ArrayList<>(availability.overrides());
    next.removeIf(existing -> existing.date().equals(override.date()));
    next.add(override);
    next.sort(Comparator.comparing(DateOverride::date));
    return new RecruiterAvailability(recruiterId, availability.withOverrides(next), createdAt, now, version);
  }

  /** Removes the override of {@code date}; empty when there is none. */
  public Optional<RecruiterAvailability> removeOverride(LocalDate date, Instant now) {
    List<DateOverride> next = new ArrayList<>(availability.overrides());
    if (!next.removeIf(existing -> existing.date().equals(date))) {
      return Optional.empty();
    }
    return Optional.of(new RecruiterAvailability(recruiterId, availability.withOverrides(next), createdAt, now,
        version));
  }

  public RecruiterAvailability withVersion(Version stored) {
    return new RecruiterAvailability(recruiterId, availability, createdAt, updatedAt, stored);
  }
}
