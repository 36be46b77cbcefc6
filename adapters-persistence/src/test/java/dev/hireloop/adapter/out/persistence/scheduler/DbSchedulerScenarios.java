package dev.hireloop.adapter.out.persistence.scheduler;

import static dev.hireloop.adapter.out.persistence.scheduler.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.application.EventUseCases;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.in.notification.ReminderOutcome;
import dev.hireloop.port.out.events.EventHandler;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The scenarios every dispatcher passes, plus what only a database-backed dispatcher can show. */
abstract class DbSchedulerScenarios extends EventDispatcherScenarios {
  protected abstract DataSource dataSource();

  protected abstract String schema();

  @Override
  protected AutoCloseable newDispatcher(List<EventHandler> handlers, EventUseCases useCases,
      EventDispatcherOptions options) {
    return new DbSchedulerEventDispatcher(dataSource(), schema(), handlers, persistence.eventOutbox(),
        useCases.deliverEvent(), useCases.recordDeadLetter(), limit -> 0,
        bookingId -> new ReminderOutcome.Skipped("no reminders here"), fixtures.clock(), options);
  }

  @Override
  protected void start(AutoCloseable dispatcher) {
    ((DbSchedulerEventDispatcher) dispatcher).start();
  }

  @Test
  void delivered_and_parked_pairs_leave_no_scheduled_execution_behind() {
    EffectHandler failing = handler("test.failing", event -> true).broken(true);
    EffectHandler steady = handler("test.steady", event -> true);
    appendJobPostings(3);
    startDispatcher(List.of(failing, steady), FAST);

    waitUntil("three dead letters", () -> deadLetters().size() == 3, () -> deadLetters().toString());
    waitUntilEffects(steady, 3);

    waitUntil("no delivery execution left", () -> scheduledExecutions(DbSchedulerEventDispatcher.DELIVERY_TASK) == 0,
        () -> scheduledExecutions(DbSchedulerEventDispatcher.DELIVERY_TASK) + " executions");
    assertThat(scheduledExecutions(DbSchedulerEventDispatcher.RELAY_TASK)).isOne();
  }

  @Test
  void two_dispatchers_on_one_database_never_run_a_pair_twice_at_once_and_apply_each_effect_once() {
    EffectHandler plain = handler("test.plain", event -> true);
    EffectHandler retrying = handler("test.retrying", event -> true).failingFirstAttempts(1);
    EffectHandler working = handler("test.working", event -> true).working(Duration.ofMillis(2));
    List<EventHandler> handlers = List.of(plain, retrying, working);
    List<DomainEvent> events = appendJobPostings(200);
    EventDispatcherOptions options = FAST.withBatchSize(50).withMaxAttempts(10).withThreads(4);
    startDispatcher(handlers, options.withSchedulerName("test-node-a"));
    startDispatcher(handlers, options.withSchedulerName("test-node-b"));

    for (EffectHandler handler : List.of(plain, retrying, working)) {
      waitUntil(Duration.ofSeconds(60), events.size() + " effects of " + handler.name(),
          () -> effectCount(handler) >= events.size(), () -> effectCount(handler) + " effects");
    }

    for (EffectHandler handler : List.of(plain, retrying, working)) {
      assertThat(handler.overlaps()).as("overlapping runs of %s", handler.name()).isZero();
      assertThat(effectsOf(handler)).as("effects of %s", handler.name())
          .containsOnlyKeys(ids(events)).allSatisfy((id, count) -> assertThat(count).isOne());
    }
    assertThat(deadLetters()).isEmpty();
  }

  @Test
  void rejects_a_schema_name_that_is_not_a_plain_identifier() {
    EventUseCases useCases = EventUseCases.over(persistence, List.of(), fixtures.clock());

    assertThatThrownBy(() -> new DbSchedulerEventDispatcher(dataSource(), "hireloop; drop table x", List.of(),
        persistence.eventOutbox(), useCases.deliverEvent(), useCases.recordDeadLetter(), limit -> 0,
        bookingId -> new ReminderOutcome.Skipped("no reminders here"), fixtures.clock(), FAST))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("persistence.schema-invalid");
  }

  private int scheduledExecutions(String taskName) {
    String sql = "SELECT COUNT(*) FROM " + schema() + ".scheduled_tasks WHERE task_name = ?";
    try (Connection connection = dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, taskName);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not count executions", e);
    }
  }
}
