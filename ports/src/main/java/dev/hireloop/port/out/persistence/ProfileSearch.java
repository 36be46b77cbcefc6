package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Filters for listing a recruiter's profiles: any of {@code statuses} (all when empty), all of {@code skillKeys}
 * (by {@code Skill.key()}), and {@code text} as a case-insensitive substring of the name or headline.
 */
public record ProfileSearch(RecruiterId recruiterId, Set<PipelineStatus> statuses, List<String> skillKeys,
    Optional<String> text) {
  public ProfileSearch {
    Check.notNull(recruiterId, "recruiterId");
    statuses = Set.copyOf(Check.notNull(statuses, "status"));
    skillKeys = Check.list(skillKeys, "skill", 20).stream()
        .map(key -> Check.text(key, "skill", 100).toLowerCase(Locale.ROOT)).distinct().toList();
    text = Check.optionalText(text, "q", 200);
  }

  public static ProfileSearch all(RecruiterId recruiterId) {
    return new ProfileSearch(recruiterId, Set.of(), List.of(), Optional.empty());
  }
}
