package dev.hireloop.domain.cv;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;

/**
 * A value read from a CV with how sure the parser is of it, from 0 (a guess) to 1 (unambiguous, e.g. a
 * {@code mailto:} address). Recruiters see low-confidence fields flagged for review.
 */
public record Parsed<T>(T value, double confidence) {
  public Parsed {
    Check.notNull(value, "value");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new InvalidValueException("cv.confidence-invalid", "confidence must be between 0 and 1");
    }
    // two decimals are all a confidence means; sums of weights would otherwise show as 0.8000000000000002
    confidence = Math.round(confidence * 100) / 100.0;
  }
}
