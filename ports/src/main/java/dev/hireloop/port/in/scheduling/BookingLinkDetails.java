package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.shared.Interval;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What the holder of a booking link may see: the interview on offer and, once booked, its slot. No candidate data
 * (the link may be forwarded); the location detail (video link, phone, address) only once a slot is booked.
 */
public record BookingLinkDetails(BookingId bookingId, BookingStatus status, String title, String description,
    int durationMinutes, String interviewerName, ZoneId interviewerTimeZone, ZoneId candidateTimeZone,
    LocationKind locationKind, Optional<String> locationDetail, Optional<Interval> slot,
    Optional<Instant> expiresAt) {}
