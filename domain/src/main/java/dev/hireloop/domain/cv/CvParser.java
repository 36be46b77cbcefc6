package dev.hireloop.domain.cv;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.skill.SkillEvidence;
import dev.hireloop.domain.skill.SkillExtractor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CV's text (as extracted from PDF, DOCX, plain text or Markdown) into a {@link ParsedCv}: contact fields,
 * links, skills with evidence, work history with total months (overlaps merged), most recent title and education,
 * each with a confidence. Deterministic and pure: {@code today} stands in for the clock, so "present" always means
 * the same month for the same call. Thread-safe; linear in the text's length, which is capped at
 * {@value CvText#MAX_CHARS} characters (a CV is a few pages).
 */
public final class CvParser {
  private final SkillExtractor skills;
  private final Titles titles;

  public CvParser(SkillExtractor skills) {
    this.skills = Check.notNull(skills, "skills");
    this.titles = new Titles(skills);
  }

  public ParsedCv parse(String text, LocalDate today) {
    Check.notNull(text, "text");
    Check.notNull(today, "today");
    CvText cv = CvText.of(text);
    Contacts contacts = new Contacts(cv, titles);
    DateRanges dates = new DateRanges(DateRanges.dayFirstIn(cv.text()));
    WorkHistory.Result work = new WorkHistory(cv, titles, dates).read();
    double workConfidence = work.confidence();
    List<WorkExperience> jobs = work.jobs();
    Optional<Parsed<Integer>> months = jobs.isEmpty() ? Optional.empty()
        : Optional.of(new Parsed<>(Math.min(12 * 80, WorkHistory.months(jobs, today)), workConfidence));
    // jobs come most recent first: present first, then the latest end
    Optional<Parsed<String>> mostRecent = jobs.isEmpty() ? Optional.empty()
        : Optional.of(new Parsed<>(jobs.get(0).title(), workConfidence * 0.95));
    Parsed<List<SkillEvidence>> skillEvidence = new CvSkills(cv, skills, jobs, contacts.nameLine(), titles).read();
    Schooling.Result education = new Schooling(cv).read();
    return new ParsedCv(contacts.name(), contacts.email(), contacts.phone(), contacts.location(), contacts.links(),
        skillEvidence, new Parsed<>(jobs, workConfidence), months, mostRecent,
        new Parsed<>(education.entries(), education.confidence()));
  }
}
