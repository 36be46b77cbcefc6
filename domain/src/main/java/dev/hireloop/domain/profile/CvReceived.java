package dev.hireloop.domain.profile;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.UUID;

/**
 * A CV was received, parsed and stored with a profile (created by it, or found by its e-mail address). Ids only: a
 * rule reads the parsed CV, and whether it created the profile, from the stored CV history.
 */
public record CvReceived(UUID eventId, Instant occurredAt, RecruiterId recruiterId, ProfileId profileId,
    DocumentId documentId) implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return profileId;
  }
}
