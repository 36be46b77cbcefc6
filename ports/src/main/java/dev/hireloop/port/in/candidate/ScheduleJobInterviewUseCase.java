package dev.hireloop.port.in.candidate;

/**
 * Books an interview for a job from its public page, in one transaction: the recruiter's profile with that e-mail
 * address is used (or created, with the name given), and the slot is booked for the job with the recruiter's
 * default template. When the slot cannot be booked nothing is written, not even the profile.
 *
 * @throws dev.hireloop.domain.shared.NotFoundException {@code job.not-found}
 * @throws dev.hireloop.domain.shared.GoneException {@code job.closed}
 * @throws dev.hireloop.domain.scheduling.SlotUnavailableException {@code booking.slot-unavailable} or
 *     {@code booking.slot-taken}, with fresh alternatives
 * @throws dev.hireloop.domain.shared.RuleViolationException {@code booking.slot-in-past}
 */
public interface ScheduleJobInterviewUseCase {
  CandidateBooking schedule(ScheduleJobInterviewCommand command);
}
