package dev.hireloop.port.in.notification;

import dev.hireloop.domain.booking.BookingId;

/**
 * Runs when a booking's reminder timer fires (see {@code ReminderSchedule}): if the booking is still confirmed, its
 * interview starts within the next 24 hours (one minute of leeway) and has not started, the reminder e-mail to the
 * candidate and the recruiter is stored ({@code booking.reminder}, queued for sending or kept). Idempotent: the
 * message ids derive from the booking and its slot, so a second firing adds nothing.
 */
public interface SendBookingReminderUseCase {
  ReminderOutcome sendReminder(BookingId bookingId);
}
