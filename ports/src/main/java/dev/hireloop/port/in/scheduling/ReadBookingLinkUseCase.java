package dev.hireloop.port.in.scheduling;

/**
 * The booking behind a link token.
 *
 * @throws dev.hireloop.domain.shared.NotFoundException {@code booking-link.invalid} for a malformed, tampered or
 *     unknown token (the same answer for all three)
 */
public interface ReadBookingLinkUseCase {
  BookingLinkDetails read(String token);
}
