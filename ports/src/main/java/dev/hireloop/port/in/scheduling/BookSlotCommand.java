package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** A recruiter books one of their own slots for a candidate directly (no link): a confirmed booking at once. */
public record BookSlotCommand(RecruiterId recruiterId, ProfileId profileId, Optional<EventTypeId> eventTypeId,
    Instant start, ZoneId candidateTimeZone) {
  public BookSlotCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    Check.notNull(eventTypeId, "eventTypeId");
    Check.notNull(start, "start");
    Check.notNull(candidateTimeZone, "candidateTimeZone");
  }
}
