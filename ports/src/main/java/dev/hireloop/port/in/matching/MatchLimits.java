package dev.hireloop.port.in.matching;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;

/** The bounds of top-N and minimum score, shared by running and listing matches. */
public record MatchLimits(int limit, double minScore) {
  /** What a run keeps unless told otherwise: the best 50 of any score. */
  public static final MatchLimits DEFAULT = new MatchLimits(50, 0.0);
  public static final int MAX_LIMIT = 1_000;

  public MatchLimits {
    check(limit, minScore);
  }

  static void check(int limit, double minScore) {
    Check.range(limit, "limit", 1, MAX_LIMIT);
    if (!(minScore >= 0.0 && minScore <= 1.0)) {
      throw new InvalidValueException("min_score.invalid", "min_score must be between 0 and 1");
    }
  }
}
