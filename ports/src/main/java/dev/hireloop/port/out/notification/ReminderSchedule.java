package dev.hireloop.port.out.notification;

import dev.hireloop.domain.booking.BookingId;
import java.time.Instant;

/**
 * Durable timers for booking reminders: at most one per booking. When a timer fires, the host calls
 * {@code Hireloop.sendBookingReminder()} with the booking id (the db-scheduler and in-memory event dispatchers do).
 * Adapters: {@code DbSchedulerReminderSchedule} (the {@code scheduled_tasks} table, safe on several nodes) and
 * {@code InMemoryReminderSchedule}. Both methods are idempotent; a failure is an {@code ExternalServiceException}.
 */
public interface ReminderSchedule {
  /** Fires for this booking at {@code at} (or as soon as possible once it has passed), replacing any earlier timer. */
  void schedule(BookingId bookingId, Instant at);

  /** Removes the booking's timer, if there is one. */
  void cancel(BookingId bookingId);
}
