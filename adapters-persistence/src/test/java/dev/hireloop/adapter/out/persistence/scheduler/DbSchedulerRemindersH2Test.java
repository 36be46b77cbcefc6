package dev.hireloop.adapter.out.persistence.scheduler;

import dev.hireloop.adapter.out.persistence.TestDatabase;

class DbSchedulerRemindersH2Test extends DbSchedulerRemindersScenarios {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
