package dev.hireloop.port.in.scheduling;

/** Publishes {@code BookingRescheduled}; same conflicts as {@link BookSlotUseCase}. The booking keeps its id. */
public interface RescheduleBookingUseCase {
  BookingView reschedule(RescheduleBookingCommand command);
}
