package dev.hireloop.application;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingCancelled;
import dev.hireloop.domain.booking.BookingCompleted;
import dev.hireloop.domain.booking.BookingConfirmed;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingMarkedNoShow;
import dev.hireloop.domain.booking.BookingRescheduled;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.port.out.events.EventHandler;
import dev.hireloop.port.out.notification.ReminderSchedule;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each booking's reminder timer in step with the booking. Whatever the event, it reads the booking as it is
 * NOW and converges: a confirmed booking whose reminder time (start − 24 h) is still ahead gets a timer then;
 * any other booking gets none. Reading the current state makes the order of deliveries irrelevant (a late
 * "confirmed" after a "cancelled" cancels again), and the reminder re-checks the booking when it fires anyway.
 *
 * <p>A booking made (or moved) less than 24 hours ahead gets no reminder: its confirmation or move notice has just
 * gone out. Registered by {@link Hireloop} under {@value #NAME} when a {@link ReminderSchedule} is configured.
 */
final class BookingReminderHandler implements EventHandler {
  static final String NAME = "booking-reminders";
  private static final Logger LOG = LoggerFactory.getLogger(BookingReminderHandler.class);

  private final ServiceContext context;
  private final ReminderSchedule schedule;

  BookingReminderHandler(ServiceContext context, ReminderSchedule schedule) {
    this.context = context;
    this.schedule = schedule;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(DomainEvent event) {
    return bookingId(event).isPresent();
  }

  @Override
  public void handle(DomainEvent event) {
    Optional<BookingId> bookingId = bookingId(event);
    if (bookingId.isEmpty()) {
      return;
    }
    Optional<Instant> remindAt = context.persistence().bookings().findById(bookingId.get())
        .filter(booking -> booking.recruiterId().equals(event.recruiterId()))
        .flatMap(booking -> reminderTime(booking, context.now()));
    if (remindAt.isPresent()) {
      schedule.schedule(bookingId.get(), remindAt.get());
      LOG.debug("Reminder for booking {} at {}", bookingId.get(), remindAt.get());
    } else {
      schedule.cancel(bookingId.get());
      LOG.debug("No reminder for booking {}", bookingId.get());
    }
  }

  /** start − 24 h, if the booking is confirmed and that time is still ahead. */
  static Optional<Instant> reminderTime(Booking booking, Instant now) {
    if (booking.status() != BookingStatus.CONFIRMED || booking.slot().isEmpty()) {
      return Optional.empty();
    }
    Instant at = booking.slot().get().start().minus(BookingReminderService.LEAD);
    return at.isAfter(now) ? Optional.of(at) : Optional.empty();
  }

  private static Optional<BookingId> bookingId(DomainEvent event) {
    if (event instanceof BookingConfirmed confirmed) {
      return Optional.of(confirmed.bookingId());
    } else if (event instanceof BookingRescheduled moved) {
      return Optional.of(moved.bookingId());
    } else if (event instanceof BookingCancelled cancelled) {
      return Optional.of(cancelled.bookingId());
    } else if (event instanceof BookingCompleted completed) {
      return Optional.of(completed.bookingId());
    } else if (event instanceof BookingMarkedNoShow noShow) {
      return Optional.of(noShow.bookingId());
    }
    return Optional.empty();
  }
}
