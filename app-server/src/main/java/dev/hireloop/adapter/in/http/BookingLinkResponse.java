package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.scheduling.BookingLinkDetails;
import java.time.Instant;

/**
 * What a booking link's holder sees: the interview on offer and, once booked, its slot on the candidate's clock
 * ({@code timezone}). No candidate data (links get forwarded); {@code location_detail} only once booked.
 */
record BookingLinkResponse(String bookingId, String status, String title, String description, int durationMinutes,
    String interviewerName, String interviewerTimezone, String timezone, String locationKind, String locationDetail,
    SlotResponse slot, Instant expiresAt) {

  static BookingLinkResponse from(BookingLinkDetails details) {
    return new BookingLinkResponse(details.bookingId().toString(), WireEnums.toWire(details.status()),
        details.title(), details.description(), details.durationMinutes(), details.interviewerName(),
        details.interviewerTimeZone().getId(), details.candidateTimeZone().getId(),
        WireEnums.toWire(details.locationKind()), details.locationDetail().orElse(null),
        details.slot().map(slot -> SlotResponse.of(slot, details.candidateTimeZone())).orElse(null),
        details.expiresAt().orElse(null));
  }
}
