package dev.hireloop.domain.cv;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.skill.SkillEvidence;
import java.util.List;
import java.util.Optional;

/**
 * What a CV says, field by field, each with a confidence. An absent field was not found.
 *
 * @param phone normalised: a leading {@code +} when the CV gives a country code, then digits only
 *     ({@code +14155550123}); a national number keeps its digits ({@code 02079460958})
 * @param skills distinct skills from the shared taxonomy, each with the CV words that show it
 * @param experience jobs, most recent first
 * @param experienceMonths total months worked, overlapping jobs counted once, "present" up to the parse date
 * @param mostRecentTitle the title of the current or latest job
 */
public record ParsedCv(
    Optional<Parsed<String>> fullName,
    Optional<Parsed<Email>> email,
    Optional<Parsed<String>> phone,
    Optional<Parsed<String>> location,
    List<CvLink> links,
    Parsed<List<SkillEvidence>> skills,
    Parsed<List<WorkExperience>> experience,
    Optional<Parsed<Integer>> experienceMonths,
    Optional<Parsed<String>> mostRecentTitle,
    Parsed<List<Education>> education) {

  public ParsedCv {
    Check.notNull(fullName, "fullName");
    Check.notNull(email, "email");
    Check.notNull(phone, "phone");
    Check.notNull(location, "location");
    links = List.copyOf(Check.notNull(links, "links"));
    Check.notNull(skills, "skills");
    skills = new Parsed<>(List.copyOf(skills.value()), skills.confidence());
    Check.notNull(experience, "experience");
    experience = new Parsed<>(List.copyOf(experience.value()), experience.confidence());
    Check.notNull(experienceMonths, "experienceMonths");
    experienceMonths.ifPresent(months -> Check.range(months.value(), "experienceMonths", 0, 12 * 80));
    Check.notNull(mostRecentTitle, "mostRecentTitle");
    Check.notNull(education, "education");
    education = new Parsed<>(List.copyOf(education.value()), education.confidence());
  }

  @Override
  public String toString() {
    // personal data: never in logs
    return "ParsedCv[" + skills.value().size() + " skills, " + experience.value().size() + " jobs]";
  }
}
