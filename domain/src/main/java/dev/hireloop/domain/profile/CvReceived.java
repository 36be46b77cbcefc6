package dev.hireloop.domain.profile;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.UUID;

/**
 * A CV was received, parsed and stored with a profile ({@code profileCreated}: the CV created the profile rather
 * than updating one found by its e-mail address). Ids only: a rule reads the parsed CV from storage.
 */
public record CvReceived(UUID eventId, Instant occurredAt, RecruiterId recruiterId, ProfileId profileId,
    DocumentId documentId, boolean profileCreated) implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return profileId;
  }
}
