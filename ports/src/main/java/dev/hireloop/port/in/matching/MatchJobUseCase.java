package dev.hireloop.port.in.matching;

import java.util.List;

/**
 * Scores one job (of any status) against every profile of its recruiter, replaces the job's stored matches with
 * the best ones and publishes {@code ProfileMatched} for each; returns them best first.
 */
public interface MatchJobUseCase {
  List<MatchView> match(MatchJobCommand command);
}
