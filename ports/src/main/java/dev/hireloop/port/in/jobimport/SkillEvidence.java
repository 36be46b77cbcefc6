package dev.hireloop.port.in.jobimport;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillCategory;
import java.util.List;

/**
 * A skill of a posting with its evidence: the words that named it ({@code mentions}, e.g. "k8s") and the lines of
 * the clean text they stand in ({@code quotes}), so a recruiter can see why it was extracted.
 */
public record SkillEvidence(Skill skill, SkillCategory category, List<String> mentions, List<String> quotes) {
  public SkillEvidence {
    Check.notNull(skill, "skill");
    Check.notNull(category, "category");
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
  }
}
