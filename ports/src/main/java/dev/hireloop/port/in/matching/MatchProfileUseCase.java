package dev.hireloop.port.in.matching;

import java.util.List;

/**
 * Scores one profile against every open job of its recruiter, replaces the profile's stored matches with the best
 * ones and publishes {@code ProfileMatched} for each; returns them best first. Reads the profile's latest CV (its
 * skills with the CV's evidence, experience, titles, location), or, without one, the profile's own skills
 * ("listed on the profile"), years and headline.
 */
public interface MatchProfileUseCase {
  List<MatchView> match(MatchProfileCommand command);
}
