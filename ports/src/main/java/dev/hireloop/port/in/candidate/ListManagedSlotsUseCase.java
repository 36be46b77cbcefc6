package dev.hireloop.port.in.candidate;

import dev.hireloop.port.in.scheduling.SlotsView;

/**
 * Where a confirmed booking may move: the booking's own range counts as free (a booking may slide by a step).
 *
 * @throws dev.hireloop.domain.shared.RuleViolationException {@code booking.not-confirmed} for a booking that is not
 *     confirmed, {@code booking.started} once its slot has started
 */
public interface ListManagedSlotsUseCase {
  SlotsView slots(ListManagedSlotsQuery query);
}
