package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.RecruiterId;

/** One interview; another recruiter's, or a booking without a slot, is {@code interview.not-found}. */
public interface GetInterviewUseCase {
  InterviewView get(RecruiterId recruiterId, BookingId interviewId);
}
