package dev.hireloop.port.in.scheduling;

import dev.hireloop.domain.shared.RecruiterId;
import java.util.List;

/** The recruiter's templates, oldest first: the first is the original "45-Minute Candidate Interview". */
public interface ListEventTypesUseCase {
  List<EventTypeView> list(RecruiterId recruiterId);
}
