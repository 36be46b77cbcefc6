package dev.hireloop.port.in.scheduling;

/**
 * Confirms a link's booking in the chosen slot (publishes {@code BookingConfirmed}). Errors as in
 * {@link ListLinkSlotsUseCase} and {@link BookSlotUseCase}.
 */
public interface BookLinkSlotUseCase {
  BookingLinkDetails book(BookLinkSlotCommand command);
}
