package dev.hireloop.domain.outreach;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.UUID;

/** A message was approved for sending. */
public record OutreachApproved(UUID eventId, Instant occurredAt, RecruiterId recruiterId, OutreachMessageId messageId)
    implements DomainEvent {
  @Override
  public EntityId subjectId() {
    return messageId;
  }
}
