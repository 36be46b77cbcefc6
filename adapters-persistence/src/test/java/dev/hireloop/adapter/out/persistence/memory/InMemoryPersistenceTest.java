package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.StorageContracts;
import dev.hireloop.port.out.persistence.Persistence;

/** Every storage contract against {@link InMemoryPersistence}, a new store per test. */
class InMemoryPersistenceTest extends StorageContracts {
  @Override
  protected Persistence freshPersistence() {
    return InMemoryPersistence.create();
  }
}
