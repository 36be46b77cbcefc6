package dev.hireloop.adapter.out.persistence.scheduler;

import dev.hireloop.adapter.out.persistence.TestDatabase;
import dev.hireloop.port.out.persistence.Persistence;
import javax.sql.DataSource;

class DbSchedulerEventDispatcherH2Test extends DbSchedulerScenarios {
  private TestDatabase database;

  @Override
  protected Persistence newPersistence() {
    database = closeAfterTest(TestDatabase.h2());
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
