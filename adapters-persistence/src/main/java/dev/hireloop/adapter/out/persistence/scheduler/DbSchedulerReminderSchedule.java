package dev.hireloop.adapter.out.persistence.scheduler;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.port.out.notification.ReminderSchedule;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Booking reminder timers as db-scheduler one-time executions of {@value #TASK} in
 * {@code <schema>.scheduled_tasks}, instance id = the booking id, so there is at most one per booking and
 * scheduling again moves it. They survive restarts, and {@link DbSchedulerEventDispatcher} (on any node) runs each
 * once when it is due. Writes go through their own connections, not the caller's transaction: the booking's
 * {@code booking-reminders} handler converges again on redelivery, and the reminder re-checks the booking when it
 * fires. Thread-safe.
 */
public final class DbSchedulerReminderSchedule implements ReminderSchedule {
  static final String TASK = "hireloop-booking-reminder";
  static final TaskDescriptor<Void> DESCRIPTOR = TaskDescriptor.of(TASK);

  private final SchedulerClient client;

  /**
   * @param dataSource the database holding the Hireloop schema
   * @param schema the Hireloop schema name (a plain SQL identifier), the same the dispatcher uses
   */
  public DbSchedulerReminderSchedule(DataSource dataSource, String schema) {
    Check.notNull(dataSource, "dataSource");
    // The task is known to the client only to read its executions back; DbSchedulerEventDispatcher runs them.
    this.client = SchedulerClient.Builder.create(dataSource, Tasks.oneTime(DESCRIPTOR).execute((instance, ctx) -> { }))
        .tableName(DbSchedulerEventDispatcher.checkedSchema(schema) + ".scheduled_tasks")
        .jdbcCustomization(DbSchedulerEventDispatcher.jdbcCustomization(dataSource))
        .build();
  }

  @Override
  public void schedule(BookingId bookingId, Instant at) {
    Check.notNull(bookingId, "bookingId");
    Check.notNull(at, "at");
    try {
      client.schedule(DESCRIPTOR.instance(bookingId.value().toString()).scheduledTo(at),
          SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
    } catch (RuntimeException e) {
      // among others: the timer is firing right now; the event's redelivery converges later
      throw new ExternalServiceException("reminder.schedule-failed", "could not set the booking's reminder", e);
    }
  }

  @Override
  public void cancel(BookingId bookingId) {
    Check.notNull(bookingId, "bookingId");
    try {
      client.cancel(DESCRIPTOR.instanceId(bookingId.value().toString()));
    } catch (TaskInstanceNotFoundException none) {
      // nothing to cancel: idempotent
    } catch (RuntimeException e) {
      throw new ExternalServiceException("reminder.cancel-failed", "could not cancel the booking's reminder", e);
    }
  }

  /** When the booking's timer fires, if it has one. */
  public Optional<Instant> scheduledAt(BookingId bookingId) {
    Check.notNull(bookingId, "bookingId");
    try {
      return client.getScheduledExecution(DESCRIPTOR.instanceId(bookingId.value().toString()))
          .map(ScheduledExecution::getExecutionTime);
    } catch (RuntimeException e) {
      throw new ExternalServiceException("reminder.read-failed", "could not read the booking's reminder", e);
    }
  }
}
