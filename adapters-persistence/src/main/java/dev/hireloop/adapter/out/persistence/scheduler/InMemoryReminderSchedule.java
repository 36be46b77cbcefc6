package dev.hireloop.adapter.out.persistence.scheduler;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.port.out.notification.ReminderSchedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Booking reminder timers in memory, for the in-memory persistence: fired by {@link InMemoryEventDispatcher}.
 * Timers live as long as this object (give the same one to the builder and the dispatcher). Thread-safe.
 */
public final class InMemoryReminderSchedule implements ReminderSchedule {
  private final Map<BookingId, Instant> timers = new ConcurrentHashMap<>();

  @Override
  public void schedule(BookingId bookingId, Instant at) {
    Check.notNull(bookingId, "bookingId");
    Check.notNull(at, "at");
    timers.put(bookingId, at);
  }

  @Override
  public void cancel(BookingId bookingId) {
    Check.notNull(bookingId, "bookingId");
    timers.remove(bookingId);
  }

  /** When the booking's timer fires, if it has one. */
  public Optional<Instant> scheduledAt(BookingId bookingId) {
    Check.notNull(bookingId, "bookingId");
    return Optional.ofNullable(timers.get(bookingId));
  }

  /** Removes and returns the timers due at {@code now}; a timer replaced meanwhile stays. */
  List<BookingId> takeDue(Instant now) {
    List<BookingId> due = new ArrayList<>();
    timers.forEach((bookingId, at) -> {
      if (!at.isAfter(now) && timers.remove(bookingId, at)) {
        due.add(bookingId);
      }
    });
    return due;
  }

  /** Sets a timer again after a firing, unless a new one was set in the meantime. */
  void fireAgainAt(BookingId bookingId, Instant at) {
    timers.putIfAbsent(bookingId, at);
  }
}
