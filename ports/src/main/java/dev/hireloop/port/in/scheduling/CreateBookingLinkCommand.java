package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Seed 001's {@code POST /scheduling/book}: a booking link for one of the recruiter's candidates. The link's
 * interview lasts {@code durationMinutes} (the template's length when empty) and takes its name and location from
 * {@code eventTypeId} (the original template when empty). {@code provider} is a provider name such as
 * {@code manual}; {@code candidateTimeZone} is the zone the candidate's page opens in.
 */
public record CreateBookingLinkCommand(RecruiterId recruiterId, ProfileId profileId, Optional<Integer> durationMinutes,
    String provider, ZoneId candidateTimeZone, Optional<EventTypeId> eventTypeId) {
  public CreateBookingLinkCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    Check.notNull(durationMinutes, "durationMinutes");
    durationMinutes.ifPresent(minutes -> Check.range(minutes, "durationMinutes", 5, 480));
    Check.notNull(provider, "provider");
    Check.notNull(candidateTimeZone, "candidateTimeZone");
    Check.notNull(eventTypeId, "eventTypeId");
  }
}
