package dev.hireloop.adapter.out.persistence.scheduler;

import java.util.Optional;
import java.util.UUID;

/**
 * One (event, handler) pair to deliver. Its text form {@code <eventId>:<handlerName>} is the db-scheduler
 * instance id, so the pair is all the task needs (no task data, no serialization) and scheduling the same pair
 * twice is a no-op.
 */
record DeliveryKey(UUID eventId, String handler) {
  private static final int UUID_LENGTH = 36;

  String instanceId() {
    return eventId + ":" + handler;
  }

  static Optional<DeliveryKey> parse(String instanceId) {
    if (instanceId == null || instanceId.length() < UUID_LENGTH + 2 || instanceId.charAt(UUID_LENGTH) != ':') {
      return Optional.empty();
    }
    try {
      return Optional.of(new DeliveryKey(UUID.fromString(instanceId.substring(0, UUID_LENGTH)),
          instanceId.substring(UUID_LENGTH + 1)));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return instanceId();
  }
}
