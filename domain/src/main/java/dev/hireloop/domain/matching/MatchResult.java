package dev.hireloop.domain.matching;

import dev.hireloop.domain.shared.Check;
import java.util.List;

/**
 * A candidate's match to a job: {@code score} in [0, 1] (the weighted sum of {@code components}), and the required
 * and preferred skills in the job's order, each matched with evidence or missing.
 */
public record MatchResult(double score, List<MatchComponent> components, List<SkillMatch> requiredSkills,
    List<SkillMatch> preferredSkills) {
  public MatchResult {
    MatchComponent.unit(score, "score");
    components = List.copyOf(Check.notNull(components, "components"));
    requiredSkills = List.copyOf(Check.notNull(requiredSkills, "requiredSkills"));
    preferredSkills = List.copyOf(Check.notNull(preferredSkills, "preferredSkills"));
  }
}
