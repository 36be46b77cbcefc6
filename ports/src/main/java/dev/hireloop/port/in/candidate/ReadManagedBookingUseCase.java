package dev.hireloop.port.in.candidate;

/**
 * The booking behind a manage token, in whatever state it is now (confirmed, moved, cancelled, completed).
 *
 * @throws dev.hireloop.domain.shared.NotFoundException {@code manage-link.invalid} for a malformed, tampered or
 *     unknown token (one answer for all three)
 * @throws dev.hireloop.domain.shared.GoneException {@code manage-link.expired}
 */
public interface ReadManagedBookingUseCase {
  CandidateBooking read(String manageToken);
}
