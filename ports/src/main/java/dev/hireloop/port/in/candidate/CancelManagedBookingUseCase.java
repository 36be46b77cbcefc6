package dev.hireloop.port.in.candidate;

/**
 * Cancels a confirmed booking for its candidate; cancelling a cancelled booking answers it as it is.
 *
 * @throws dev.hireloop.domain.shared.RuleViolationException {@code booking.started} once its slot has started,
 *     {@code booking.not-confirmed} for a completed or no-show booking
 */
public interface CancelManagedBookingUseCase {
  CandidateBooking cancel(CancelManagedBookingCommand command);
}
