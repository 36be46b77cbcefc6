package dev.hireloop.application;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.scheduling.GetInterviewUseCase;
import dev.hireloop.port.in.scheduling.InterviewView;
import dev.hireloop.port.in.scheduling.ListInterviewsQuery;
import dev.hireloop.port.in.scheduling.ListInterviewsUseCase;

/** Seed 000's interview management over the recruiter's bookings. Stateless and thread-safe. */
final class InterviewService implements ListInterviewsUseCase, GetInterviewUseCase {
  private final ServiceContext context;

  InterviewService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public Page<InterviewView> list(ListInterviewsQuery query) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public InterviewView get(RecruiterId recruiterId, BookingId interviewId) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }
}
