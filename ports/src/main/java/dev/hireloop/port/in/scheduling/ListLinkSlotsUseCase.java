package dev.hireloop.port.in.scheduling;

/**
 * The slots a link's candidate can pick.
 *
 * @throws dev.hireloop.domain.shared.NotFoundException {@code booking-link.invalid} as in {@link ReadBookingLinkUseCase}
 * @throws dev.hireloop.domain.shared.GoneException {@code booking-link.expired} once the link expired unused
 * @throws dev.hireloop.domain.shared.RuleViolationException {@code booking-link.used} when the booking is no longer
 *     pending (booked or cancelled)
 */
public interface ListLinkSlotsUseCase {
  SlotsView slots(ListLinkSlotsQuery query);
}
