package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.Optional;

/** Cancels a pending or confirmed booking; {@code provider} as in {@link GetBookingUseCase}. */
public record CancelBookingCommand(RecruiterId recruiterId, BookingId bookingId, Optional<String> provider,
    Optional<String> reason) {
  public CancelBookingCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(bookingId, "bookingId");
    Check.notNull(provider, "provider");
    reason = Check.optionalText(reason, "reason", 500);
  }
}
