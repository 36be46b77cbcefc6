package dev.hireloop.domain.endorsement;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.profile.ProfileId;
import java.time.Instant;
import java.util.UUID;

/** An endorsement draft awaits a human decision. */
public record EndorsementDrafted(UUID eventId, Instant occurredAt, RecruiterId recruiterId, EndorsementId endorsementId, ProfileId profileId)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return endorsementId;
  }
}
