package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.shared.Page;

/** The recruiter's interviews for a filter, ordered by start (ties by id). */
public interface ListInterviewsUseCase {
  Page<InterviewView> list(ListInterviewsQuery query);
}
