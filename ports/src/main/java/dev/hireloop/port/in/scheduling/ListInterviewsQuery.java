package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;

public record ListInterviewsQuery(RecruiterId recruiterId, InterviewFilter filter, PageRequest page) {
  public ListInterviewsQuery {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(filter, "filter");
    Check.notNull(page, "page");
  }
}
