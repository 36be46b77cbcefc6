package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.RecruiterId;

/** Marks a started interview as held ({@code BookingCompleted}) or the candidate as absent ({@code BookingMarkedNoShow}). */
public interface CompleteBookingUseCase {
  BookingView complete(RecruiterId recruiterId, BookingId bookingId);

  BookingView markNoShow(RecruiterId recruiterId, BookingId bookingId);
}
