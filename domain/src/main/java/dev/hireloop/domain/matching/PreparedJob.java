package dev.hireloop.domain.matching;

import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.posting.Seniority;

/**
 * A job made ready for scoring many candidates ({@link MatchScorer#prepare(JobDetails)}): skills as bit sets of
 * the scorer's skill ids, the title's role words as ids with their weights, the level, the places as ids, and
 * each factor's weight after the factors the job does not ask about are left out. Immutable; valid only with the
 * scorer that made it.
 */
public final class PreparedJob {
  final MatchScorer scorer;
  final JobDetails details;
  final long[] requiredBits;
  final int requiredCount;
  final long[] preferredBits;
  final int preferredCount;
  final int minimumMonths;
  final int[] roleWords;
  /** The role words as text, for explanations. */
  final String[] roleWordText;
  final double[] roleWeights;
  final double roleTotal;
  final Seniority level;
  final int[][] places;
  /** Weights by {@link MatchFactor} ordinal, summing to 1; 0 for a factor left out. */
  final double[] weights;

  PreparedJob(MatchScorer scorer, JobDetails details, long[] requiredBits, int requiredCount, long[] preferredBits,
      int preferredCount, int minimumMonths, int[] roleWords, String[] roleWordText, double[] roleWeights, Seniority level,
      int[][] places, double[] weights) {
    this.scorer = scorer;
    this.details = details;
    this.requiredBits = requiredBits;
    this.requiredCount = requiredCount;
    this.preferredBits = preferredBits;
    this.preferredCount = preferredCount;
    this.minimumMonths = minimumMonths;
    this.roleWords = roleWords;
    this.roleWordText = roleWordText;
    this.roleWeights = roleWeights;
    double total = 0;
    for (double weight : roleWeights) {
      total += weight;
    }
    this.roleTotal = total;
    this.level = level;
    this.places = places;
    this.weights = weights;
  }

  public JobDetails details() {
    return details;
  }

  /** The level the job's title names ({@code UNSPECIFIED} when it names none). */
  public Seniority level() {
    return level;
  }
}
