package dev.hireloop.domain.cv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Education entries: a degree (BSc, B.S., Bachelor of…, MSc, MBA, PhD, Diploma…), an institution (University,
 * College, School, Institute…) and the year it ended, from the Education section (or, without one, from lines that
 * name both a degree and an institution). A degree and an institution on neighbouring lines are one entry.
 */
final class Schooling {
  static final Pattern DEGREE = Pattern.compile("(?<![\\p{L}.])(?:B\\.\\s?S\\.?c?\\.?|BSc|BS|B\\.\\s?A\\.?|BA|"
      + "B\\.?\\s?Eng\\.?|BBA|BFA|BSN|BCom|B\\.?Ed\\.?|LL\\.?B\\.?|LL\\.?M\\.?|M\\.\\s?S\\.?c?\\.?|MSc|MS|"
      + "M\\.\\s?A\\.?|MA|M\\.?\\s?Eng\\.?|MBA|MFA|MPH|MSN|M\\.?Ed\\.?|MRes|MPhil|Ph\\.?\\s?D\\.?|D\\.?Phil\\.?|"
      + "Ed\\.?D\\.?|DNP|M\\.D\\.|MD|J\\.D\\.|JD|A\\.A\\.S?\\.?|AAS|A\\.S\\.N?\\.?|ASN|ADN|"
      + "(?i:associate(?:'s)?\\s(?:of|in|degree)|bachelor(?:'s)?|master(?:'?s)?(?=\\s(?:of|in|degree)\\b)|"
      + "doctor(?:ate)?\\s(?:of|in)|diploma|certificate\\s(?:in|of)|abitur|baccalaur[ée]at|"
      + "high school diploma|ged|hnd|hnc|gcses?|a[- ]levels?|postgraduate certificate|pgce|"
      + "vordiplom|magister|licenciatura|laurea))(?![\\p{L}])");
  private static final Set<String> AMBIGUOUS = Set.of("BS", "BA", "MS", "MA", "MD", "JD", "AAS", "ASN", "ADN");
  static final Pattern INSTITUTION = Pattern.compile("(?i)(?<![\\p{L}])(?:university|universit[éäà]t?|"
      + "universidad|università|universiteit|college|school|institute|institut|academy|polytechnic|"
      + "conservatory|conservatoire|hochschule|[ée]cole|escuela|seminary|lyc[ée]e|gymnasium)(?![\\p{L}])");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19[4-9]\\d|20\\d\\d)(?!\\d)");
  private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*[,|;·•]\\s*|\\s+[-—–]\\s+|\\s*[—–]\\s*|\\s*\\(");

  private final CvText text;

  Schooling(CvText text) {
    this.text = text;
  }

  /** Whether a dated header reads as study rather than work: a degree, or a school without a job title. */
  static boolean isEducation(List<Titles.Part> parts, Titles titles) {
    boolean title = parts.stream().anyMatch(p -> p.titleScore() > 0);
    for (Titles.Part part : parts) {
      if (degree(part.text()).isPresent() || (!title && INSTITUTION.matcher(part.text()).find())) {
        return true;
      }
    }
    return false;
  }

  static Optional<Matcher> degree(String line) {
    Matcher m = DEGREE.matcher(line);
    while (m.find()) {
      String found = m.group();
      if (!AMBIGUOUS.contains(found)) {
        return Optional.of(m);
      }
      // "MA" is also Massachusetts: a bare abbreviation counts at the start of the line or before "in"/"of"/","
      String after = line.substring(m.end());
      if (line.substring(0, m.start()).isBlank() || after.matches("(?s)\\s(?:in|of)\\s.*|,\\s.*|\\s\\p{Lu}.*")
          && !line.substring(0, m.start()).matches("(?s).*,\\s?$")) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  record Result(List<Education> entries, double confidence) {}

  Result read() {
    List<CvLine> lines = new ArrayList<>();
    boolean sectioned = text.hasHeading(SectionKind.EDUCATION);
    for (CvLine line : text.lines()) {
      if (line.isBlank() || line.text().length() > CvText.MAX_STRUCTURE_LINE || line.heading() != null) {
        continue;
      }
      boolean inSection = line.section() == SectionKind.EDUCATION || line.label() == SectionKind.EDUCATION;
      boolean both = degree(line.text()).isPresent() && INSTITUTION.matcher(line.text()).find();
      if (inSection || (!sectioned && both)) {
        lines.add(line);
      }
    }
    List<Builder> entries = new ArrayList<>();
    Builder current = null;
    for (CvLine line : lines) {
      String t = stripLabel(line);
      Optional<String> degree = degree(t).map(m -> partAt(t, m.start()));
      Matcher school = INSTITUTION.matcher(t);
      Optional<String> institution = school.find() ? Optional.of(partAt(t, school.start())) : Optional.empty();
      boolean near = current != null && line.index() - current.lastLine <= 2;
      if (degree.isPresent() && !(near && current.degree == null)) {
        current = new Builder();
        entries.add(current);
      } else if (degree.isEmpty() && institution.isPresent() && !(near && current.institution == null)) {
        current = new Builder();
        entries.add(current);
      }
      if (current == null || (degree.isEmpty() && institution.isEmpty() && !near)) {
        continue;
      }
      if (degree.isPresent() && current.degree == null) {
        current.degree = degree.get();
      }
      if (institution.isPresent() && current.institution == null) {
        current.institution = institution.get();
      }
      Matcher year = YEAR.matcher(t);
      while (year.find()) {
        int y = Integer.parseInt(year.group());
        current.endYear = current.endYear == null ? y : Math.max(current.endYear, y);
      }
      current.evidence.append(current.evidence.length() > 0 ? " | " : "").append(t);
      current.lastLine = line.index();
    }
    List<Education> out = new ArrayList<>();
    for (Builder b : entries) {
      if ((b.degree != null || b.institution != null) && out.size() < 20) {
        out.add(new Education(Optional.ofNullable(b.degree).map(d -> WorkHistory.cut(d, 200)),
            Optional.ofNullable(b.institution).map(i -> WorkHistory.cut(i, 200)), Optional.ofNullable(b.endYear),
            WorkHistory.cut(b.evidence.toString(), 500)));
      }
    }
    double confidence = out.isEmpty() ? 0.5 : sectioned ? 0.85 : 0.6;
    return new Result(List.copyOf(out), confidence);
  }

  private static String stripLabel(CvLine line) {
    if (line.label() == SectionKind.EDUCATION) {
      return line.text().substring(line.text().indexOf(':') + 1).strip();
    }
    return line.text();
  }

  /** The separator-delimited piece of the line that contains position {@code at}, without dates. */
  private static String partAt(String line, int at) {
    Matcher separators = PART_SEPARATOR.matcher(line);
    int start = 0;
    int end = line.length();
    while (separators.find()) {
      if (separators.end() <= at) {
        start = separators.end();
      } else if (separators.start() >= at) {
        end = separators.start();
        break;
      }
    }
    String part = line.substring(Math.max(start, Math.min(at, start)), end);
    part = part.replaceAll("(?i)\\b(?:expected|graduated|class of)\\b", "")
        .replaceAll("(?<!\\d)(?:19[4-9]\\d|20\\d\\d)(?!\\d)", "").replaceAll("[\\s\\-–—:]+$", "");
    String clean = Titles.trim(part).replaceAll("\\s{2,}", " ");
    return clean.isEmpty() ? line.strip() : clean;
  }

  private static final class Builder {
    String degree;
    String institution;
    Integer endYear;
    int lastLine = -1;
    final StringBuilder evidence = new StringBuilder();
  }
}
