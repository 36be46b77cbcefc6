package dev.hireloop.domain.matching;

import dev.hireloop.domain.posting.Seniority;

/**
 * A candidate made ready for scoring against many jobs ({@link MatchScorer#prepare(CandidateFacts)}): skills as the
 * scorer's skill ids, each title's role words as ids (current title first), the level of the latest title and the
 * place names as ids. Immutable; valid only with the scorer that made it.
 */
public final class PreparedCandidate {
  final MatchScorer scorer;
  final CandidateFacts facts;
  final int[] skills;
  /** -1 when unknown. */
  final int experienceMonths;
  /** Role words per title: the current title first when {@link #hasCurrentTitle}, then past titles. */
  final int[][] titles;
  final boolean hasCurrentTitle;
  final Seniority level;
  /** Every place name of the candidate's location; empty when unknown. */
  final int[] places;

  PreparedCandidate(MatchScorer scorer, CandidateFacts facts, int[] skills, int experienceMonths, int[][] titles,
      boolean hasCurrentTitle, Seniority level, int[] places) {
    this.scorer = scorer;
    this.facts = facts;
    this.skills = skills;
    this.experienceMonths = experienceMonths;
    this.titles = titles;
    this.hasCurrentTitle = hasCurrentTitle;
    this.level = level;
    this.places = places;
  }

  public CandidateFacts facts() {
    return facts;
  }
}
