package dev.hireloop.port.in.matching;

import java.util.List;

/** A profile's stored matches, best first; another recruiter's profile is not found. */
public interface ListProfileMatchesUseCase {
  List<MatchView> list(ListProfileMatchesQuery query);
}
