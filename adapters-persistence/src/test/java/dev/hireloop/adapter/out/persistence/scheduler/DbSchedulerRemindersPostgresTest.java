package dev.hireloop.adapter.out.persistence.scheduler;

import dev.hireloop.adapter.out.persistence.TestDatabase;

/** Skipped without the PostgreSQL test variables; failed instead when HIRELOOP_REQUIRE_POSTGRES=true. */
class DbSchedulerRemindersPostgresTest extends DbSchedulerRemindersScenarios {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
