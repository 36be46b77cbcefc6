package dev.hireloop.domain.matching;

import dev.hireloop.domain.cv.Parsed;
import dev.hireloop.domain.cv.ParsedCv;
import dev.hireloop.domain.cv.WorkExperience;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.skill.SkillEvidence;
import dev.hireloop.domain.skill.Skills;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What matching may know from a parsed CV: its skills with evidence, months worked, titles and location. The name,
 * e-mail, phone, links and education stay behind, so no score can depend on them.
 */
public final class CandidateFactsMapper {
  private static final int MAX_TEXT = 200;

  private CandidateFactsMapper() {}

  public static CandidateFacts from(ParsedCv cv) {
    Check.notNull(cv, "cv");
    Map<String, SkillEvidence> skills = new LinkedHashMap<>();
    for (SkillEvidence skill : cv.skills().value()) {
      if (skills.size() < Skills.MAX_SKILLS) {
        skills.putIfAbsent(skill.skill().key(), skill);
      }
    }
    List<WorkExperience> jobs = cv.experience().value();
    Optional<String> current = cv.mostRecentTitle().map(Parsed::value)
        .or(() -> jobs.stream().findFirst().map(WorkExperience::title)).map(CandidateFactsMapper::cut);
    List<String> past = new ArrayList<>();
    boolean currentSkipped = false;
    for (WorkExperience job : jobs) {
      String title = cut(job.title());
      // the current title is listed once, as current; the same title held earlier elsewhere stays a past title
      if (!currentSkipped && current.isPresent() && title.toLowerCase(Locale.ROOT)
          .equals(current.get().toLowerCase(Locale.ROOT))) {
        currentSkipped = true;
        continue;
      }
      past.add(title);
    }
    return new CandidateFacts(List.copyOf(skills.values()), cv.experienceMonths().map(Parsed::value), current,
        past, cv.location().map(Parsed::value).map(CandidateFactsMapper::cut));
  }

  private static String cut(String text) {
    String stripped = text.strip();
    return stripped.length() <= MAX_TEXT ? stripped : stripped.substring(0, MAX_TEXT).strip();
  }
}
