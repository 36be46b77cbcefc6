package dev.hireloop.port.in.candidate;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.port.in.scheduling.BookingLinkDetails;
import java.time.Instant;

/**
 * A booked interview as its candidate sees it, with a manage token: the credential of the candidate's manage link
 * (confirmation page, calendar file, reschedule, cancel). A token stays valid until {@code manageTokenExpiresAt}
 * (seven days after the slot it was issued for ends); every reschedule issues a fresh one.
 */
public record CandidateBooking(BookingLinkDetails details, String manageToken, Instant manageTokenExpiresAt) {
  public CandidateBooking {
    Check.notNull(details, "details");
    Check.notNull(manageToken, "manageToken");
    Check.notNull(manageTokenExpiresAt, "manageTokenExpiresAt");
  }

  @Override
  public String toString() {
    // the token is a credential: never in logs
    return "CandidateBooking[" + details.bookingId() + ", " + details.status() + "]";
  }
}
