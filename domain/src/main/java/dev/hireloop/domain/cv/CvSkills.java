package dev.hireloop.domain.cv;

import dev.hireloop.domain.skill.SkillEvidence;
import dev.hireloop.domain.skill.SkillExtractor;
import dev.hireloop.domain.skill.SkillMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The CV's skills through the shared taxonomy, one per skill, each with the CV line that shows it. The whole text
 * goes through the extractor once (so an ambiguous word like "Go" finds its context), with e-mail addresses and
 * links blanked out ("github.com/rustacean" is not Rust). Contact lines and employers' names are not evidence
 * ("Parapluie SAS" is a company, not SAS). A mention in a Skills section (or a "Skills:" line) is better evidence
 * than one in passing, so it wins.
 */
final class CvSkills {
  /** Links only, not "Node.js": a scheme, "www." or a path. */
  private static final Pattern LINK = Pattern.compile(
      "(?i)(?<![@\\w.])(?:https?://|www\\.)[^\\s|,;<>()\\[\\]\"']{1,300}"
          + "|(?<![@\\w.])[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){1,4}\\.[a-z]{2,12}/[^\\s|,;<>()\\[\\]\"']{0,300}");

  private final CvText text;
  private final SkillExtractor extractor;

  private final List<WorkExperience> jobs;

  CvSkills(CvText text, SkillExtractor extractor, List<WorkExperience> jobs) {
    this.text = text;
    this.extractor = extractor;
    this.jobs = jobs;
  }

  Parsed<List<SkillEvidence>> read() {
    String masked = Contacts.mask(Contacts.mask(text.text(), Contacts.EMAIL), LINK);
    Map<String, SkillEvidence> passing = new LinkedHashMap<>();
    Map<String, SkillEvidence> listed = new LinkedHashMap<>();
    for (SkillMention mention : extractor.extract(masked)) {
      Optional<CvLine> line = text.lineAt(mention.start());
      if (line.isEmpty()) {
        continue;
      }
      if (Contacts.isContactLine(line.get().text()) || inEmployer(line.get(), mention)) {
        continue;
      }
      String key = mention.skill().key();
      Map<String, SkillEvidence> target = line.get().listsSkills() ? listed : passing;
      if (!target.containsKey(key)) {
        target.put(key, new SkillEvidence(mention.skill(), evidence(line.get().text(), mention, line.get())));
      }
    }
    List<SkillEvidence> out = new ArrayList<>(listed.values());
    passing.forEach((key, evidence) -> {
      if (!listed.containsKey(key)) {
        out.add(evidence);
      }
    });
    double confidence = out.isEmpty() ? 0.5 : listed.isEmpty() ? 0.75 : 0.9;
    return new Parsed<>(List.copyOf(out), confidence);
  }

  private boolean inEmployer(CvLine line, SkillMention mention) {
    int at = mention.start() - line.offset();
    for (WorkExperience job : jobs) {
      if (job.employer().isEmpty()) {
        continue;
      }
      String employer = job.employer().get();
      int from = line.text().indexOf(employer);
      while (from >= 0) {
        if (at >= from && at + mention.evidence().length() <= from + employer.length()) {
          return true;
        }
        from = line.text().indexOf(employer, from + 1);
      }
    }
    return false;
  }

  /** The line, trimmed; a long line is cut to a window around the mention. */
  private static String evidence(String line, SkillMention mention, CvLine where) {
    String t = line.strip();
    if (t.length() <= SkillEvidence.MAX_EVIDENCE) {
      return t.isEmpty() ? mention.evidence() : t;
    }
    int at = Math.max(0, mention.start() - where.offset() - (line.length() - line.stripLeading().length()));
    int from = Math.max(0, Math.min(at - 100, t.length() - SkillEvidence.MAX_EVIDENCE));
    String window = t.substring(from, Math.min(t.length(), from + SkillEvidence.MAX_EVIDENCE)).strip();
    return window.isEmpty() ? mention.evidence() : window;
  }
}
