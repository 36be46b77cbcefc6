package dev.hireloop.adapter.out.persistence.scheduler;

import dev.hireloop.adapter.out.persistence.TestDatabase;
import dev.hireloop.port.out.persistence.Persistence;
import javax.sql.DataSource;

/** Skipped without the PostgreSQL test variables; failed instead when HIRELOOP_REQUIRE_POSTGRES=true. */
class DbSchedulerEventDispatcherPostgresTest extends DbSchedulerScenarios {
  private TestDatabase database;

  @Override
  protected Persistence newPersistence() {
    database = closeAfterTest(TestDatabase.postgres());
    return database.persistence();
  }

  @Override
  protected DataSource dataSource() {
    return database.dataSource();
  }

  @Override
  protected String schema() {
    return database.schema();
  }
}
