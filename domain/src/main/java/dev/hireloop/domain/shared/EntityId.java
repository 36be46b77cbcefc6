package dev.hireloop.domain.shared;

import java.util.UUID;

/** Implemented by every aggregate id: a typed wrapper around a UUID. */
public interface EntityId {
  UUID value();
}
