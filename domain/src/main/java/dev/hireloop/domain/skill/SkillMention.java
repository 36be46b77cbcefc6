package dev.hireloop.domain.skill;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;

/**
 * A skill found in a text, with its evidence: the canonical skill, its category, and the span
 * {@code [start, end)} of the text that names it ({@code evidence} is exactly that span, e.g. "k8s" for
 * Kubernetes). Every extracted skill can be shown to a recruiter with the words it came from.
 */
public record SkillMention(Skill skill, SkillCategory category, int start, int end, String evidence) {
  public SkillMention {
    Check.notNull(skill, "skill");
    Check.notNull(category, "category");
    Check.notNull(evidence, "evidence");
    if (start < 0 || end <= start || end - start != evidence.length()) {
      throw new InvalidValueException("skill.span-invalid", "the evidence span must match the evidence text");
    }
  }
}
