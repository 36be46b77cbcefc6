package dev.hireloop.application;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.GoneException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.port.out.persistence.BookingRepository;
import dev.hireloop.port.out.security.LinkClaims;
import dev.hireloop.port.out.security.LinkSigner;
import java.time.Duration;
import java.time.Instant;

/**
 * The candidate's manage tokens: signed links for one booked interview, valid until seven days after the slot they
 * were issued for ends, so that the confirmation page still opens just after the interview. Signing the same slot
 * twice gives the same token. Thread-safe.
 */
final class ManageTokens {
  /** The purpose a manage token is signed for; a booking link's token ({@code booking}) is no manage token. */
  static final String PURPOSE = "manage";
  static final Duration AFTER_SLOT = Duration.ofDays(7);

  private final LinkSigner links;

  ManageTokens(LinkSigner links) {
    this.links = links;
  }

  /** A token and when it stops working. */
  record Issued(String token, Instant expiresAt) {}

  /** A token for the booking's current slot; the booking must have one. */
  Issued issue(Booking booking) {
    LinkClaims claims = new LinkClaims(PURPOSE, booking.id().value(),
        booking.slot().orElseThrow().end().plus(AFTER_SLOT));
    return new Issued(links.sign(claims), claims.expiresAt());
  }

  /**
   * The booking a token is for.
   *
   * @throws NotFoundException {@code manage-link.invalid}: malformed, tampered, another purpose, unknown booking
   * @throws GoneException {@code manage-link.expired}
   */
  Booking verify(String token, BookingRepository bookings, Instant now) {
    LinkClaims claims = links.verify(token)
        .filter(found -> found.purpose().equals(PURPOSE))
        .orElseThrow(ManageTokens::invalid);
    Booking booking = bookings.findById(new BookingId(claims.subject())).orElseThrow(ManageTokens::invalid);
    if (!now.isBefore(claims.expiresAt())) {
      throw new GoneException("manage-link.expired", "this link to manage the interview has expired");
    }
    return booking;
  }

  private static NotFoundException invalid() {
    return new NotFoundException("manage-link.invalid", "this link to manage an interview is not valid");
  }
}
