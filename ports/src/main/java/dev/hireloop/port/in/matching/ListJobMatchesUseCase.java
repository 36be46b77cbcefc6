package dev.hireloop.port.in.matching;

import java.util.List;

/** A job's stored matches, best first; another recruiter's job is not found. */
public interface ListJobMatchesUseCase {
  List<MatchView> list(ListJobMatchesQuery query);
}
