package dev.hireloop.domain.assessment;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.util.List;

/** A score from 1 to 5 on one rubric criterion, always with the transcript quotes it rests on. */
public record CriterionScore(String criterion, int score, List<String> evidence) {
  public CriterionScore {
    criterion = Check.text(criterion, "criterion", 100);
    Check.range(score, "score", 1, 5);
    evidence = Check.list(evidence, "evidence", 20).stream().map(quote -> Check.text(quote, "evidence", 2_000))
        .toList();
    if (evidence.isEmpty()) {
      throw new InvalidValueException("assessment.evidence-required", "every score quotes its evidence");
    }
  }
}
