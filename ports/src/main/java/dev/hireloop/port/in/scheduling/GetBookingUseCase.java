package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.Optional;

/**
 * A booking of the recruiter (seed 001's status call). With {@code provider}, the booking must belong to that
 * provider ({@code booking.not-found} otherwise) and the provider must be known ({@code provider.unknown}).
 */
public interface GetBookingUseCase {
  BookingView get(RecruiterId recruiterId, BookingId bookingId, Optional<String> provider);
}
