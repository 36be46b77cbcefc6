package dev.hireloop.domain.matching;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;

/**
 * One part of a match score: how well the candidate does on {@code factor} ({@code score} in [0, 1]), the weight it
 * had in the total (the weights of a result's components sum to 1; a factor the job does not ask about is left out
 * and its weight shared among the others), and a one-sentence explanation a recruiter can read. Weight and score
 * are kept to four decimals, like the total.
 */
public record MatchComponent(MatchFactor factor, double weight, double score, String explanation) {
  public MatchComponent {
    Check.notNull(factor, "factor");
    unit(weight, "weight");
    unit(score, "score");
    // four decimals, like the total: a recruiter reads 0.6667, not 0.6666666666666666
    weight = round(weight);
    score = round(score);
    explanation = Check.text(explanation, "explanation", 500);
  }

  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  static void unit(double value, String field) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new InvalidValueException("match.value-invalid", field + " must be between 0 and 1");
    }
  }
}
