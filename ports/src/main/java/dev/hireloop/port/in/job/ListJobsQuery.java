package dev.hireloop.port.in.job;

import dev.hireloop.domain.job.JobStatus;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.skill.Skill;
import java.util.Optional;

/** A recruiter's jobs, optionally by status, by a required-or-preferred skill, and by text in title or company. */
public record ListJobsQuery(RecruiterId recruiterId, Optional<JobStatus> status, Optional<Skill> skill,
    Optional<String> text, PageRequest page) {
  public ListJobsQuery {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(status, "status");
    Check.notNull(skill, "skill");
    text = Check.optionalText(text, "q", 200);
    Check.notNull(page, "page");
  }
}
