package dev.hireloop.port.in.scheduling;

/** Frees the slot and publishes {@code BookingCancelled}. A booking already ended is an illegal transition. */
public interface CancelBookingUseCase {
  BookingView cancel(CancelBookingCommand command);
}
