package dev.hireloop.domain.cv;

import dev.hireloop.domain.shared.Check;
import java.util.Optional;

/** One education entry: degree and/or institution, and the year it ended (or is expected to). */
public record Education(Optional<String> degree, Optional<String> institution, Optional<Integer> endYear,
    String evidence) {
  public Education {
    degree = Check.optionalText(degree, "degree", 200);
    institution = Check.optionalText(institution, "institution", 200);
    Check.notNull(endYear, "endYear");
    endYear.ifPresent(year -> Check.range(year, "endYear", 1900, 2200));
    evidence = Check.text(evidence, "evidence", 500);
  }
}
