package dev.hireloop.port.in.scheduling;

/**
 * Creates a pending booking and its signed, expiring link (publishes {@code BookingRequested}).
 *
 * @throws dev.hireloop.domain.shared.RuleViolationException {@code provider.unknown} for a name that is no calendar
 *     provider, {@code provider.not-configured} for one whose adapter is not configured
 * @throws dev.hireloop.domain.shared.NotFoundException for another recruiter's or an unknown profile or template
 */
public interface CreateBookingLinkUseCase {
  BookingLinkView create(CreateBookingLinkCommand command);
}
