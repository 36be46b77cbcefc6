package dev.hireloop.port.in.scheduling;

/** Bookable slots of a recruiter: availability, existing bookings with their buffers, the template's length. */
public interface ListSlotsUseCase {
  SlotsView list(ListSlotsQuery query);
}
