package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.scheduling.BookingLinkView;
import java.net.URI;
import java.time.Instant;

/**
 * Seed 001's answer to {@code POST /scheduling/book}. The signed token is only inside {@code booking_link}
 * ({@code <base URL>/book/<token>}): the link is what gets sent to the candidate.
 */
record BookingLinkCreatedResponse(String bookingLink, String bookingId, String provider, int durationMinutes,
    Instant expiresAt, String status) {

  static BookingLinkCreatedResponse from(BookingLinkView link, URI baseUrl) {
    return new BookingLinkCreatedResponse(baseUrl + "/book/" + link.token(), link.booking().id().toString(),
        link.booking().provider(), link.booking().durationMinutes(), link.booking().expiresAt().orElse(null),
        WireEnums.toWire(link.booking().status()));
  }
}
