package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.Optional;

/** Moves a confirmed booking to another offered slot of the same length; its own current slot counts as free. */
public record RescheduleBookingCommand(RecruiterId recruiterId, BookingId bookingId, Instant newStart,
    Optional<String> reason) {
  public RescheduleBookingCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(bookingId, "bookingId");
    Check.notNull(newStart, "newStart");
    reason = Check.optionalText(reason, "reason", 500);
  }
}
