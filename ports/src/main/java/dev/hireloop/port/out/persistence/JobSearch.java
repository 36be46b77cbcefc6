package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.job.JobStatus;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.Optional;

/**
 * Filters for listing a recruiter's jobs. {@code skillKey} matches a required or preferred skill by
 * {@code Skill.key()}; {@code text} matches title or company, case-insensitively, as a substring.
 */
public record JobSearch(RecruiterId recruiterId, Optional<JobStatus> status, Optional<String> skillKey,
    Optional<String> text) {
  public JobSearch {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(status, "status");
    skillKey = Check.optionalText(skillKey, "skill", 100).map(s -> s.toLowerCase(java.util.Locale.ROOT));
    text = Check.optionalText(text, "q", 200);
  }

  public static JobSearch all(RecruiterId recruiterId) {
    return new JobSearch(recruiterId, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
