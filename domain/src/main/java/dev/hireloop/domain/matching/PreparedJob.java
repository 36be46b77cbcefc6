package dev.hireloop.domain.matching;

import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.posting.Seniority;

/**
 * A job made ready for scoring many candidates ({@link MatchScorer#prepare(JobDetails)}): skills as sorted ids of
 * the scorer's vocabulary, the title's role words as ids with their weights, the level, the places as ids, and
 * each factor's weight after the factors the job does not ask about are left out. Few flat int arrays, so scoring
 * a candidate touches a few cache lines of the job. Immutable; valid only with the scorer that made it.
 */
public final class PreparedJob {
  final MatchScorer scorer;
  final JobDetails details;
  /** Required skill ids, sorted, then preferred skill ids, sorted. */
  final int[] skills;
  final int requiredCount;
  final int preferredCount;
  final int minimumMonths;
  /** Pairs of (role word id, weight in half units: 4 for the head word, 2 for the role, 1 for team or product). */
  final int[] role;
  final int roleTotal;
  /** The role words as text, for explanations. */
  final String[] roleText;
  final Seniority level;
  final boolean remote;
  /** Each place as its length then its ids, the most specific first. */
  final int[] places;
  final double requiredWeight;
  final double preferredWeight;
  final double experienceWeight;
  final double titleWeight;
  final double locationWeight;

  PreparedJob(MatchScorer scorer, JobDetails details, int[] skills, int requiredCount, int minimumMonths, int[] role,
      String[] roleText, Seniority level, int[] places, double[] weights) {
    this.scorer = scorer;
    this.details = details;
    this.skills = skills;
    this.requiredCount = requiredCount;
    this.preferredCount = skills.length - requiredCount;
    this.minimumMonths = minimumMonths;
    this.role = role;
    int total = 0;
    for (int i = 1; i < role.length; i += 2) {
      total += role[i];
    }
    this.roleTotal = total;
    this.roleText = roleText;
    this.level = level;
    this.remote = details.remotePolicy() == RemotePolicy.REMOTE;
    this.places = places;
    this.requiredWeight = weights[MatchFactor.REQUIRED_SKILLS.ordinal()];
    this.preferredWeight = weights[MatchFactor.PREFERRED_SKILLS.ordinal()];
    this.experienceWeight = weights[MatchFactor.EXPERIENCE.ordinal()];
    this.titleWeight = weights[MatchFactor.TITLE.ordinal()];
    this.locationWeight = weights[MatchFactor.LOCATION.ordinal()];
  }

  public JobDetails details() {
    return details;
  }

  /** The level the job's title names ({@code UNSPECIFIED} when it names none). */
  public Seniority level() {
    return level;
  }
}
