package dev.hireloop.port.in.candidate;

/**
 * Moves a confirmed booking for its candidate (same rules and answers as the recruiter's reschedule) and answers
 * with a fresh manage token for the new slot.
 *
 * @throws dev.hireloop.domain.shared.RuleViolationException {@code booking.not-confirmed}, {@code booking.started}
 * @throws dev.hireloop.domain.scheduling.SlotUnavailableException with fresh alternatives
 */
public interface RescheduleManagedBookingUseCase {
  CandidateBooking reschedule(RescheduleManagedBookingCommand command);
}
