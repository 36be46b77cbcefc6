package dev.hireloop.testing;

import dev.hireloop.domain.cv.CvLink;
import dev.hireloop.domain.cv.Education;
import dev.hireloop.domain.cv.LinkKind;
import dev.hireloop.domain.cv.Parsed;
import dev.hireloop.domain.cv.ParsedCv;
import dev.hireloop.domain.cv.WorkExperience;
import dev.hireloop.domain.matching.MatchComponent;
import dev.hireloop.domain.matching.MatchFactor;
import dev.hireloop.domain.matching.MatchResult;
import dev.hireloop.domain.matching.SkillMatch;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillEvidence;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Parsed CVs and match results with every field set (and with none), for storage contracts. */
public final class CvSamples {
  private CvSamples() {}

  /** A CV with every field, confidences that are not round numbers, a current and a past job. */
  public static ParsedCv full(String email) {
    return new ParsedCv(
        Optional.of(new Parsed<>("Zoë Ångström", 0.95)),
        Optional.of(new Parsed<>(Email.of(email), 1.0)),
        Optional.of(new Parsed<>("+14155550123", 0.9)),
        Optional.of(new Parsed<>("Berlin, Germany", 0.7)),
        List.of(new CvLink(LinkKind.GITHUB, URI.create("https://github.com/zoe")),
            new CvLink(LinkKind.LINKEDIN, URI.create("https://www.linkedin.com/in/zoe"))),
        new Parsed<>(List.of(new SkillEvidence(Skill.of("Java"), "Java 17, Spring Boot • 5 years"),
            new SkillEvidence(Skill.of("PostgreSQL"), "PostgreSQL tuning")), 0.8),
        new Parsed<>(List.of(
            new WorkExperience("Senior Engineer", Optional.of("Acme GmbH"), YearMonth.of(2019, 1), Optional.empty(),
                "Senior Engineer, Acme GmbH, Jan 2019 – Present"),
            new WorkExperience("Engineer", Optional.empty(), YearMonth.of(2016, 1), Optional.of(YearMonth.of(2018, 12)),
                "Engineer 2016-2018")), 0.85),
        Optional.of(new Parsed<>(132, 0.8)),
        Optional.of(new Parsed<>("Senior Engineer", 0.9)),
        new Parsed<>(List.of(new Education(Optional.of("MSc Computer Science"), Optional.of("TU Berlin"),
            Optional.of(2015), "MSc Computer Science, TU Berlin, 2015")), 0.75));
  }

  /** A CV the parser found nothing in. */
  public static ParsedCv empty() {
    return new ParsedCv(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        new Parsed<>(List.of(), 0.0), new Parsed<>(List.of(), 0.0), Optional.empty(), Optional.empty(),
        new Parsed<>(List.of(), 0.0));
  }

  /** A result with each kind of component and a matched and a missing skill on each side. */
  public static MatchResult result(double score) {
    return new MatchResult(score,
        List.of(new MatchComponent(MatchFactor.REQUIRED_SKILLS, 0.55, 0.5, "1 of 2 required skills"),
            new MatchComponent(MatchFactor.PREFERRED_SKILLS, 0.15, 1.0, "every preferred skill"),
            new MatchComponent(MatchFactor.EXPERIENCE, 0.3, 0.1 + 0.2, "11 years, 5 asked")),
        List.of(new SkillMatch(Skill.of("Java"), Optional.of("Java 17, Spring Boot")),
            new SkillMatch(Skill.of("Kotlin"), Optional.empty())),
        List.of(new SkillMatch(Skill.of("PostgreSQL"), Optional.of("PostgreSQL tuning"))));
  }
}
