package dev.hireloop.port.in.candidate;

/**
 * The calendar file of a managed booking, the same UID and SEQUENCE as the e-mailed one, so importing it updates
 * rather than duplicates the event; a cancelled booking gives the cancellation.
 *
 * @throws dev.hireloop.domain.shared.NotFoundException {@code manage-link.invalid}, or
 *     {@code calendar-file.unavailable} when no calendar file writer is configured
 * @throws dev.hireloop.domain.shared.GoneException {@code manage-link.expired}
 */
public interface DownloadCalendarFileUseCase {
  CalendarFileView calendarFile(String manageToken);
}
