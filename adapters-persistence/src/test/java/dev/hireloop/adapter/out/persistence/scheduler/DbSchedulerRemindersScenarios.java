package dev.hireloop.adapter.out.persistence.scheduler;

import static dev.hireloop.adapter.out.persistence.scheduler.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.adapter.out.persistence.TestDatabase;
import dev.hireloop.application.EventUseCases;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.port.in.notification.ReminderOutcome;
import dev.hireloop.port.in.notification.SendBookingReminderUseCase;
import dev.hireloop.port.in.notification.SendQueuedEmailsUseCase;
import dev.hireloop.testing.Fixtures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Booking reminder timers in db-scheduler's table and their firing by {@link DbSchedulerEventDispatcher}, plus its
 * recurring e-mail poll, on each database. db-scheduler runs on the system clock, so due timers are set in the
 * past and pending ones far in the future.
 */
abstract class DbSchedulerRemindersScenarios {
  private static final Instant PAST = Instant.parse("2020-01-06T09:00:00Z");
  private static final Instant FUTURE = Instant.parse("2999-01-06T09:00:00Z");

  private final Fixtures fixtures = new Fixtures();
  private final List<AutoCloseable> started = new CopyOnWriteArrayList<>();
  private TestDatabase database;
  private DbSchedulerReminderSchedule reminders;

  /** A new, migrated database; closed after the test. */
  protected abstract TestDatabase newDatabase();

  @BeforeEach
  void open_database() {
    database = newDatabase();
    reminders = new DbSchedulerReminderSchedule(database.dataSource(), database.schema());
  }

  @AfterEach
  void close_dispatchers_then_database() throws Exception {
    for (AutoCloseable dispatcher : started) {
      dispatcher.close();
    }
    database.close();
  }

  @Test
  void keeps_one_timer_per_booking_that_scheduling_again_moves_and_cancelling_removes() {
    BookingId booking = new BookingId(fixtures.uuid());
    BookingId other = new BookingId(fixtures.uuid());

    reminders.schedule(booking, FUTURE);
    reminders.schedule(other, FUTURE.plusSeconds(60));
    reminders.schedule(booking, FUTURE.plusSeconds(3600));

    assertThat(reminders.scheduledAt(booking)).contains(FUTURE.plusSeconds(3600));
    assertThat(reminders.scheduledAt(other)).contains(FUTURE.plusSeconds(60));
    assertThat(timerRows()).isEqualTo(2);

    reminders.cancel(booking);
    reminders.cancel(booking);

    assertThat(reminders.scheduledAt(booking)).isEmpty();
    assertThat(reminders.scheduledAt(other)).isPresent();
    assertThat(timerRows()).isEqualTo(1);
  }

  @Test
  void the_dispatcher_fires_a_due_timer_once_and_polls_the_queued_emails() {
    BookingId due = new BookingId(fixtures.uuid());
    BookingId pending = new BookingId(fixtures.uuid());
    List<BookingId> fired = new CopyOnWriteArrayList<>();
    AtomicInteger polls = new AtomicInteger();
    reminders.schedule(due, PAST);
    reminders.schedule(pending, FUTURE);

    startDispatcher(limit -> {
      polls.incrementAndGet();
      return 0;
    }, bookingId -> {
      fired.add(bookingId);
      return new ReminderOutcome.Stored(2);
    });

    waitUntil("the due reminder fired and the e-mails were polled twice",
        () -> !fired.isEmpty() && polls.get() >= 2, () -> fired + ", " + polls.get() + " polls");
    waitUntil("the fired timer is gone", () -> reminders.scheduledAt(due).isEmpty(), () -> "still scheduled");
    assertThat(fired).containsExactly(due);
    assertThat(reminders.scheduledAt(pending)).contains(FUTURE);
  }

  @Test
  void a_timer_that_fired_early_is_set_again_for_the_time_the_reminder_asks() {
    BookingId moved = new BookingId(fixtures.uuid());
    List<BookingId> fired = new CopyOnWriteArrayList<>();
    reminders.schedule(moved, PAST);

    startDispatcher(limit -> 0, bookingId -> {
      fired.add(bookingId);
      return new ReminderOutcome.Early(FUTURE);
    });

    waitUntil("the timer fired and was set again", () -> reminders.scheduledAt(moved).equals(
        Optional.of(FUTURE)), () -> fired + ", " + reminders.scheduledAt(moved));
    assertThat(fired).containsExactly(moved);
  }

  private void startDispatcher(SendQueuedEmailsUseCase emails, SendBookingReminderUseCase reminder) {
    EventUseCases useCases = EventUseCases.over(database.persistence(), List.of(), fixtures.clock());
    DbSchedulerEventDispatcher dispatcher = new DbSchedulerEventDispatcher(database.dataSource(),
        database.schema(), List.of(), database.persistence().eventOutbox(), useCases.deliverEvent(),
        useCases.recordDeadLetter(), emails, reminder, fixtures.clock(), EventDispatcherScenarios.FAST);
    started.add(dispatcher);
    dispatcher.start();
  }

  private int timerRows() {
    String sql = "SELECT COUNT(*) FROM " + database.schema() + ".scheduled_tasks WHERE task_name = ?";
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, DbSchedulerReminderSchedule.TASK);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
