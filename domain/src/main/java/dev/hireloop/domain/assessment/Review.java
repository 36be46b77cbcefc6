package dev.hireloop.domain.assessment;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.Optional;

/** A human decision on a draft: who decided, when, and an optional note. */
public record Review(RecruiterId reviewer, Instant at, Optional<String> note) {
  public Review {
    Check.notNull(reviewer, "reviewer");
    Check.notNull(at, "at");
    note = Check.optionalText(note, "note", 2_000);
  }
}
