package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.StorageContracts;
import dev.hireloop.adapter.out.persistence.TestDatabase;
import dev.hireloop.port.out.persistence.Persistence;

/** Every storage contract against {@link JdbiPersistence} on a new in-memory H2 database (PostgreSQL mode) per test. */
class H2PersistenceTest extends StorageContracts {
  @Override
  protected Persistence freshPersistence() {
    TestDatabase database = TestDatabase.h2();
    closeAfterTest(database);
    return database.persistence();
  }
}
