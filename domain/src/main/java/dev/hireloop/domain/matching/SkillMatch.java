package dev.hireloop.domain.matching;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.skill.Skill;
import java.util.Optional;

/** A skill the job asks for, and the candidate's evidence for it; no evidence = missing. */
public record SkillMatch(Skill skill, Optional<String> evidence) {
  public SkillMatch {
    Check.notNull(skill, "skill");
    Check.notNull(evidence, "evidence");
  }

  public boolean matched() {
    return evidence.isPresent();
  }
}
