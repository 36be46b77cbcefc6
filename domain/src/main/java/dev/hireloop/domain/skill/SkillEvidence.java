package dev.hireloop.domain.skill;

import dev.hireloop.domain.shared.Check;

/**
 * A skill a candidate has, with the words that show it: the CV line it was found in, or a fixed phrase such as
 * "listed on the profile" for skills a recruiter typed. What a match explanation shows next to a matched skill.
 */
public record SkillEvidence(Skill skill, String evidence) {
  public static final int MAX_EVIDENCE = 300;

  public SkillEvidence {
    Check.notNull(skill, "skill");
    evidence = Check.text(evidence, "evidence", MAX_EVIDENCE);
  }
}
