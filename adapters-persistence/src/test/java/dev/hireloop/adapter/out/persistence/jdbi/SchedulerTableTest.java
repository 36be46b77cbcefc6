package dev.hireloop.adapter.out.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.hireloop.adapter.out.persistence.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The V1 migration creates a table that db-scheduler 16 can use, in Hireloop's schema, on both databases. */
class SchedulerTableTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void db_scheduler_runs_a_task_from_the_migrated_table(String database) throws Exception {
    try (TestDatabase testDatabase = database.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres()) {
      CompletableFuture<String> ran = new CompletableFuture<>();
      OneTimeTask<String> task = Tasks.oneTime("hireloop-migration-check", String.class)
          .execute((instance, context) -> ran.complete(instance.getData()));
      Scheduler scheduler = Scheduler.create(testDatabase.dataSource(), task)
          .tableName(testDatabase.schema() + ".scheduled_tasks")
          .pollingInterval(Duration.ofMillis(100))
          .threads(1)
          .build();
      scheduler.start();
      try {
        // a time in the past: due at once, whatever the clock says
        scheduler.schedule(task.instance("instance-1", "payload"), Instant.parse("2020-01-01T00:00:00Z"));

        assertThat(ran.get(30, TimeUnit.SECONDS)).isEqualTo("payload");
      } finally {
        scheduler.stop();
      }
    }
  }
}
