package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.shared.Check;

/** A new booking link: the pending booking and the signed token its URL carries. */
public record BookingLinkView(BookingView booking, String token) {
  public BookingLinkView {
    Check.notNull(booking, "booking");
    Check.notNull(token, "token");
  }
}
