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
 *
 * <p>The name's line and the headline under it are not evidence on their own: "Growth Marketing Manager" is a job
 * title, not proof of performance marketing, and "Grace Adeyemi, RN, BSN" lists post-nominals. A skill found only
 * there is left out. A degree (a line naming one, or any line of the education section but a labelled list such as
 * "Relevant coursework: …") needs stronger evidence: it must name the skill itself ("BEng Mechanical Engineering"),
 * not a word the taxonomy relates to one ("MSc Economics" is not economic analysis, "BA Communications" not
 * communication). A skill found anywhere else too is kept, with that other line as its evidence.
 */
final class CvSkills {
  /** Links only, not "Node.js": a scheme, "www." or a path. */
  private static final Pattern LINK = Pattern.compile(
      "(?i)(?<![@\\w.])(?:https?://|www\\.)[^\\s|,;<>()\\[\\]\"']{1,300}"
          + "|(?<![@\\w.])[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){1,4}\\.[a-z]{2,12}/[^\\s|,;<>()\\[\\]\"']{0,300}");

  private final CvText text;
  private final SkillExtractor extractor;

  private final List<WorkExperience> jobs;

  private final int nameLine;
  private final Titles titles;

  CvSkills(CvText text, SkillExtractor extractor, List<WorkExperience> jobs, int nameLine, Titles titles) {
    this.text = text;
    this.extractor = extractor;
    this.jobs = jobs;
    this.nameLine = nameLine;
    this.titles = titles;
  }

  /** Whether the mention is no evidence of its skill: see the class comment. */
  boolean isWeak(CvLine line, SkillMention mention) {
    if (nameLine >= 0 && (line.index() == nameLine
        || (line.index() == headline() && titles.titleScore(line.text()) > 0))) {
      return true;
    }
    if (line.label() != null || line.listsSkills() || line.text().length() > CvText.MAX_STRUCTURE_LINE) {
      return false;
    }
    SectionKind own = line.columnSection() != null ? line.columnSection() : line.section();
    boolean degree = own == SectionKind.EDUCATION || Schooling.degree(line.text()).isPresent();
    return degree && !mention.evidence().strip().equalsIgnoreCase(mention.skill().name());
  }

  /** The first non-blank line after the name's, or -1. */
  private int headline() {
    for (int i = nameLine + 1; i < text.lines().size() && i <= nameLine + 3; i++) {
      if (!text.lines().get(i).isBlank()) {
        return text.lines().get(i).heading() == null ? i : -1;
      }
    }
    return -1;
  }

  Parsed<List<SkillEvidence>> read() {
    String masked = softWraps(Contacts.mask(Contacts.mask(text.text(), Contacts.EMAIL), LINK));
    Boolean[] contactLine = new Boolean[text.lines().size()];
    Map<String, SkillEvidence> passing = new LinkedHashMap<>();
    Map<String, SkillEvidence> listed = new LinkedHashMap<>();
    for (SkillMention mention : extractor.extract(masked)) {
      Optional<CvLine> line = text.lineAt(mention.start());
      if (line.isEmpty()) {
        continue;
      }
      int index = line.get().index();
      if (contactLine[index] == null) {
        contactLine[index] = Contacts.isContactLine(line.get().text());
      }
      if (contactLine[index] || inEmployer(line.get(), mention)) {
        continue;
      }
      String key = mention.skill().key();
      if (isWeak(line.get(), mention)) {
        continue;
      }
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

  /**
   * The text with the line break before a lower-case continuation ("Risk management · Contract" / "management ·
   * BIM") made a space, so a skill a narrow column wrapped in two is still found. Offsets do not move: a mention
   * belongs to the line it starts on.
   */
  private String softWraps(String masked) {
    char[] chars = masked.toCharArray();
    List<CvLine> lines = text.lines();
    for (int i = 0; i + 1 < lines.size(); i++) {
      CvLine line = lines.get(i);
      CvLine next = lines.get(i + 1);
      int end = line.offset() + line.text().length();
      if (line.isBlank() || next.isBlank() || line.heading() != null || next.heading() != null || next.bulleted()
          || end >= chars.length || chars[end] != '\n'
          || ".:;!?".indexOf(line.text().charAt(line.text().length() - 1)) >= 0
          || !Character.isLowerCase(next.text().charAt(0))) {
        continue;
      }
      chars[end] = ' ';
    }
    return new String(chars);
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
