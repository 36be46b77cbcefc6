package dev.hireloop.port.in.profile;

import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.skill.Skill;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A recruiter's profiles in any of {@code statuses} (all if empty), having all {@code skills}, matching text. */
public record ListProfilesQuery(RecruiterId recruiterId, Set<PipelineStatus> statuses, List<Skill> skills,
    Optional<String> text, PageRequest page) {
  public ListProfilesQuery {
    Check.notNull(recruiterId, "recruiterId");
    statuses = Set.copyOf(Check.notNull(statuses, "status"));
    skills = Check.list(skills, "skill", 20);
    text = Check.optionalText(text, "q", 200);
    Check.notNull(page, "page");
  }
}
