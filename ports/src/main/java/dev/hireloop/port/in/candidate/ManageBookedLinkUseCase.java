package dev.hireloop.port.in.candidate;

/**
 * The manage link of a booking made through a booking link: the link's token is the credential for its booking,
 * so its holder gets the manage token (the page a booking link lands on after booking).
 *
 * @throws dev.hireloop.domain.shared.NotFoundException {@code booking-link.invalid}
 * @throws dev.hireloop.domain.shared.RuleViolationException {@code booking-link.not-booked} while no slot is booked
 */
public interface ManageBookedLinkUseCase {
  CandidateBooking manage(String bookingLinkToken);
}
