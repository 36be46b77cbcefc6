package dev.hireloop.domain.consent;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.profile.ProfileId;
import java.time.Instant;
import java.util.UUID;

/** A candidate gave consent for a purpose. */
public record ConsentGranted(UUID eventId, Instant occurredAt, RecruiterId recruiterId, ConsentId consentId, ProfileId profileId, ConsentPurpose purpose)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return consentId;
  }
}
