package dev.hireloop.port.in.scheduling;

/**
 * Books a slot the slot engine offers (publishes {@code BookingConfirmed}).
 *
 * @throws dev.hireloop.domain.scheduling.SlotUnavailableException {@code booking.slot-unavailable} (409) with the
 *     nearest free slots when the start is not offered — taken, off the step, outside hours, too soon
 * @throws dev.hireloop.domain.shared.RuleViolationException {@code booking.slot-in-past} for a start in the past
 */
public interface BookSlotUseCase {
  BookingView book(BookSlotCommand command);
}
