package dev.hireloop.domain.booking;

import dev.hireloop.domain.shared.StateMachine;

/** pending → confirmed → completed / cancelled / no_show; a pending booking (an unused link) can be cancelled. */
public enum BookingStatus {
  PENDING,
  CONFIRMED,
  COMPLETED,
  CANCELLED,
  NO_SHOW;

  public static final StateMachine<BookingStatus> MACHINE = StateMachine.builder("booking", BookingStatus.class)
      .allow(PENDING, CONFIRMED, CANCELLED)
      .allow(CONFIRMED, COMPLETED, CANCELLED, NO_SHOW)
      .build();

  /** Active bookings hold their slot in the conflict ledger. */
  public boolean holdsSlot() {
    return this == PENDING || this == CONFIRMED;
  }
}
