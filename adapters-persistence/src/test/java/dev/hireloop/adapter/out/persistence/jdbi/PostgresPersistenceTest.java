package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.StorageContracts;
import dev.hireloop.adapter.out.persistence.TestDatabase;
import dev.hireloop.port.out.persistence.Persistence;

/**
 * Every storage contract against {@link JdbiPersistence} on PostgreSQL, in a new schema per test. Skipped with a
 * printed reason when the test server is not configured; failed instead under {@code HIRELOOP_REQUIRE_POSTGRES=true}.
 */
class PostgresPersistenceTest extends StorageContracts {
  @Override
  protected Persistence freshPersistence() {
    TestDatabase database = TestDatabase.postgres();
    closeAfterTest(database);
    return database.persistence();
  }
}
