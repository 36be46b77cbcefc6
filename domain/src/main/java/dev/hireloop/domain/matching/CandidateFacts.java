package dev.hireloop.domain.matching;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.skill.SkillEvidence;
import dev.hireloop.domain.skill.Skills;
import java.util.List;
import java.util.Optional;

/**
 * What matching may know about a candidate, and nothing else: skills with evidence, experience, titles and where
 * they are. Built from a profile and its parsed CV; deliberately without name, e-mail, pronouns, age, photo or
 * nationality.
 *
 * @param experienceMonths total months worked, overlaps counted once
 * @param currentTitle the current or most recent job title
 * @param pastTitles earlier titles, most recent first
 * @param location where the candidate is, as written (city, region, country)
 */
public record CandidateFacts(List<SkillEvidence> skills, Optional<Integer> experienceMonths,
    Optional<String> currentTitle, List<String> pastTitles, Optional<String> location) {
  public CandidateFacts {
    skills = List.copyOf(Check.notNull(skills, "skills"));
    if (Skills.distinct(skills.stream().map(SkillEvidence::skill).toList(), "skills").size() != skills.size()) {
      throw new dev.hireloop.domain.shared.InvalidValueException("candidate.skills-duplicate",
          "each skill appears once");
    }
    Check.notNull(experienceMonths, "experienceMonths");
    experienceMonths.ifPresent(months -> Check.range(months, "experienceMonths", 0, 12 * 80));
    currentTitle = Check.optionalText(currentTitle, "currentTitle", 200);
    pastTitles = List.copyOf(Check.notNull(pastTitles, "pastTitles"));
    location = Check.optionalText(location, "location", 200);
  }
}
