package dev.hireloop.domain.cv;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One job on a CV: title, employer, and the months it ran ({@code end} empty = "present"). A year without a month
 * ("2016–2019") is read as January to December of those years.
 *
 * @param evidence the CV line(s) the entry was read from, for the recruiter to check
 */
public record WorkExperience(String title, Optional<String> employer, YearMonth start, Optional<YearMonth> end,
    String evidence) {
  public WorkExperience {
    title = Check.text(title, "title", 200);
    employer = Check.optionalText(employer, "employer", 200);
    Check.notNull(start, "start");
    Check.notNull(end, "end");
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new InvalidValueException("cv.experience-range-invalid", "a job cannot end before it starts");
    }
    evidence = Check.text(evidence, "evidence", 500);
  }

  public boolean isCurrent() {
    return end.isEmpty();
  }
}
