package dev.hireloop.domain.booking;

import static dev.hireloop.domain.booking.BookingStatus.CANCELLED;
import static dev.hireloop.domain.booking.BookingStatus.COMPLETED;
import static dev.hireloop.domain.booking.BookingStatus.CONFIRMED;
import static dev.hireloop.domain.booking.BookingStatus.NO_SHOW;
import static dev.hireloop.domain.booking.BookingStatus.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.shared.StateMachine;
import dev.hireloop.domain.testing.StateMachineSpecification;
import dev.hireloop.domain.testing.TransitionSpec;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

final class BookingStatusTest extends StateMachineSpecification<BookingStatus> {

  @Override
  protected StateMachine<BookingStatus> machine() {
    return BookingStatus.MACHINE;
  }

  @Override
  protected String machineName() {
    return "booking";
  }

  @Override
  protected TransitionSpec<BookingStatus> specification() {
    return TransitionSpec.of(BookingStatus.class)
        .allow(PENDING, CONFIRMED, CANCELLED)
        .allow(CONFIRMED, COMPLETED, CANCELLED, NO_SHOW);
  }

  @Test
  void only_pending_and_confirmed_bookings_hold_their_slot() {
    assertThat(EnumSet.allOf(BookingStatus.class)).filteredOn(BookingStatus::holdsSlot)
        .containsExactlyInAnyOrder(PENDING, CONFIRMED);
  }
}
