package dev.hireloop.domain.cv;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The jobs of a CV. Each job is anchored on a date range; its title and employer come from the same line or the
 * one or two header lines next to it ("Senior Engineer at Acme", "Acme Corp — Backend Developer", title and
 * employer on lines of their own). Contact data, skill lists and side headings that a flattened two-column PDF
 * interleaves with the jobs are skipped, never taken for a header, and a side heading does not end the experience.
 * Date ranges in education, projects, publications and similar sections are not jobs.
 */
final class WorkHistory {
  private static final int MAX_HEADER_WORDS = 12;
  /** How far from its dates a job's header may be, skipping sidebar lines: keeps parsing linear. */
  private static final int MAX_SCAN = 16;
  /** More jobs than any CV lists; beyond it the text is not a CV and the rest is not read. */
  private static final int MAX_JOBS = 100;
  private static final Pattern LANGUAGE_LEVEL = Pattern.compile(
      "(?i).*\\b(?:native|fluent|bilingual|conversational|basic|intermediate|advanced|proficient|mother tongue|"
          + "[abc][12])\\b.*");
  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("inc.", "ltd.", "co.", "corp.", "jr.",
      "sr.", "st.", "dept.", "bros.", "assn.", "intl.", "plc.", "llc.", "s.a.", "b.v.", "n.v.", "e.v.");
  private static final Pattern DURATION = Pattern.compile(
      "(?i)\\(?\\b\\d{1,2}\\+?\\s?(?:yrs?|years?|mos?|months?)(?:\\s\\d{1,2}\\s?(?:mos?|months?))?\\b\\)?");

  /** The jobs, how many job headers had no dates, and whether some dates were years only. */
  record Result(List<WorkExperience> jobs, int undated, boolean yearsOnly, boolean underHeading) {
    double confidence() {
      if (jobs.isEmpty()) {
        return undated > 0 ? 0.3 : 0.6;
      }
      double confidence = yearsOnly ? 0.8 : 0.9;
      if (!underHeading) {
        confidence *= 0.8;
      }
      return confidence * jobs.size() / (jobs.size() + undated);
    }
  }

  private record Anchor(int index, DateRanges.Found range, String rest) {}

  private enum Context { JOB, NEEDS_TITLE, NONE }

  private final CvText text;
  private final Titles titles;
  private final DateRanges dates;

  WorkHistory(CvText text, Titles titles, DateRanges dates) {
    this.text = text;
    this.titles = titles;
    this.dates = dates;
  }

  Result read() {
    List<CvLine> lines = text.lines();
    List<Anchor> anchors = anchors(lines);
    boolean[] used = new boolean[lines.size()];
    anchors.forEach(anchor -> used[anchor.index] = true);
    boolean headed = text.hasHeading(SectionKind.EXPERIENCE);
    List<WorkExperience> jobs = new ArrayList<>();
    boolean yearsOnly = false;
    boolean underHeading = headed;
    int lastConsumed = -1;
    Optional<String> group = Optional.empty();
    for (int k = 0; k < anchors.size() && jobs.size() < MAX_JOBS; k++) {
      Anchor anchor = anchors.get(k);
      int next = k + 1 < anchors.size() ? anchors.get(k + 1).index : lines.size();
      Context context = context(lines.get(anchor.index), headed);
      if (context == Context.NONE) {
        lastConsumed = anchor.index;
        continue;
      }
      List<Integer> header = header(lines, anchor, lastConsumed, next);
      List<Titles.Part> parts = new ArrayList<>();
      StringBuilder evidence = new StringBuilder();
      for (int index : header) {
        String line = index == anchor.index ? anchor.rest : lines.get(index).text();
        parts.addAll(titles.parts(line, index));
      }
      for (int index = Math.min(anchor.index, header.isEmpty() ? anchor.index : header.get(0));
           index <= Math.max(anchor.index, header.isEmpty() ? anchor.index : header.get(header.size() - 1)); index++) {
        if (index == anchor.index || header.contains(index)) {
          evidence.append(evidence.length() > 0 ? " | " : "").append(lines.get(index).text());
        }
      }
      Optional<Titles.Part> title = title(parts);
      if (title.isEmpty() || Schooling.isEducation(parts, titles)
          || (context == Context.NEEDS_TITLE && title.get().titleScore() == 0)) {
        lastConsumed = anchor.index;
        continue;
      }
      header.forEach(index -> used[index] = true);
      lastConsumed = Math.max(anchor.index, header.isEmpty() ? anchor.index : header.get(header.size() - 1));
      Optional<Titles.Part> employerPart = employer(parts, title.get());
      if (employerPart.isEmpty()) {
        Optional<Titles.Split> split = titles.splitEmployer(title.get());
        if (split.isPresent()) {
          title = Optional.of(split.get().title());
          employerPart = Optional.of(split.get().employer());
        }
      }
      Optional<String> employer = employerPart.map(Titles.Part::text);
      if (employerPart.isPresent()) {
        // "Acme Corp" on a line of its own above the title heads a group: the roles under it that name no
        // employer of their own (promotions, moves within the company) are at Acme Corp too
        boolean heads = employerPart.get().line() != anchor.index && employerPart.get().line() < title.get().line();
        group = heads ? employer : Optional.empty();
      } else {
        employer = group;
      }
      DateRanges.Found range = anchor.range;
      yearsOnly |= !range.monthPrecision();
      jobs.add(new WorkExperience(cut(title.get().text(), 200), employer.map(e -> cut(e, 200)), range.from(),
          range.to(), cut(evidence.toString(), 500)));
    }
    jobs.sort(Comparator.<WorkExperience, YearMonth>comparing(job -> job.end().orElse(YearMonth.of(9999, 12)))
        .thenComparing(WorkExperience::start).reversed());
    return new Result(List.copyOf(jobs), undated(lines, used), yearsOnly, underHeading);
  }

  /** Total months worked: the union of the jobs' months, "present" and any later end up to {@code today}. */
  static int months(List<WorkExperience> jobs, LocalDate today) {
    long now = index(YearMonth.from(today));
    List<long[]> spans = new ArrayList<>();
    for (WorkExperience job : jobs) {
      long from = index(job.start());
      long to = Math.min(now, job.end().map(WorkHistory::index).orElse(now));
      if (from <= to) {
        spans.add(new long[] {from, to});
      }
    }
    spans.sort(Comparator.comparingLong(span -> span[0]));
    long total = 0;
    long coveredTo = Long.MIN_VALUE;
    for (long[] span : spans) {
      long from = Math.max(span[0], coveredTo + 1);
      if (span[1] >= from) {
        total += span[1] - from + 1;
        coveredTo = span[1];
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, total);
  }

  private static long index(YearMonth month) {
    return month.getYear() * 12L + month.getMonthValue() - 1;
  }

  private List<Anchor> anchors(List<CvLine> lines) {
    List<Anchor> anchors = new ArrayList<>();
    for (CvLine line : lines) {
      if (line.heading() != null || line.isBlank() || line.text().length() > CvText.MAX_STRUCTURE_LINE) {
        continue;
      }
      Optional<DateRanges.Found> found = dates.find(line.text());
      if (found.isEmpty()) {
        continue;
      }
      String t = line.text();
      String rest = Titles.trim(DURATION.matcher(t.substring(0, found.get().start()) + " | "
          + t.substring(found.get().end())).replaceAll(" ").replaceAll("\\(\\s*\\)", " "));
      rest = Titles.trim(rest.replaceAll("\\s*\\|\\s*$", ""));
      if (line.bulleted() && !rest.isEmpty()) {
        continue;
      }
      if (Titles.words(rest).size() > 14) {
        continue;
      }
      anchors.add(new Anchor(line.index(), found.get(), rest));
    }
    return anchors;
  }

  private static Context context(CvLine line, boolean headed) {
    SectionKind main = line.main();
    SectionKind section = line.section();
    if (main == SectionKind.EXPERIENCE) {
      return section == SectionKind.EXPERIENCE ? Context.JOB : Context.NEEDS_TITLE;
    }
    if (main == null && !headed) {
      return section == null ? Context.JOB : Context.NEEDS_TITLE;
    }
    return Context.NONE;
  }

  /** The lines that name the job: the anchor's own text and the header lines above or below it. */
  private List<Integer> header(List<CvLine> lines, Anchor anchor, int lastConsumed, int next) {
    List<Integer> before = scan(lines, anchor.index - 1, lastConsumed, -1, 2);
    List<Integer> after = scan(lines, anchor.index + 1, next, +1, 2);
    List<Integer> header = new ArrayList<>();
    if (!anchor.rest.isEmpty()) {
      header.add(anchor.index);
      List<Titles.Part> own = titles.parts(anchor.rest, anchor.index);
      if (complete(own)) {
        return header;
      }
      boolean hasTitle = own.stream().anyMatch(p -> p.titleScore() > 0);
      Optional<Integer> extra = hasTitle
          ? pick(lines, before, after, false)
          : pick(lines, before, after, true);
      extra.ifPresent(index -> header.add(index < anchor.index ? 0 : header.size(), index));
      return header;
    }
    List<Integer> side = before.isEmpty() ? after : before;
    if (side.isEmpty()) {
      return header;
    }
    int first = side.get(0);
    header.add(first);
    List<Titles.Part> parts = titles.parts(lines.get(first).text(), first);
    if (!complete(parts)) {
      boolean firstHasTitle = parts.stream().anyMatch(p -> p.titleScore() > 0);
      int second = side.size() > 1 ? side.get(1) : -1;
      int secondTitle = second < 0 ? 0 : titles.titleScore(lines.get(second).text());
      if (second >= 0 && ((firstHasTitle && secondTitle == 0 && Titles.words(lines.get(second).text()).size() <= 6)
          || (!firstHasTitle && secondTitle > 0))) {
        header.add(second);
      } else if (!firstHasTitle && side == before) {
        // "Acme Corp, Berlin    01/2019 – present" with the title on the line below the dates
        pick(lines, List.of(), after, true).ifPresent(header::add);
      }
    }
    header.sort(Integer::compare);
    return header;
  }

  /** A line to complete the header: one with a title when {@code wantTitle}, else a short one without. */
  private Optional<Integer> pick(List<CvLine> lines, List<Integer> before, List<Integer> after, boolean wantTitle) {
    for (List<Integer> side : List.of(before, after)) {
      if (side.isEmpty()) {
        continue;
      }
      String t = lines.get(side.get(0)).text();
      int score = titles.titleScore(t);
      if (wantTitle ? score > 0 : score == 0 && Titles.words(t).size() <= 6) {
        return Optional.of(side.get(0));
      }
    }
    return Optional.empty();
  }

  private boolean complete(List<Titles.Part> parts) {
    return parts.size() >= 2 && parts.stream().anyMatch(p -> p.titleScore() > 0);
  }

  /** Up to {@code max} header-like lines from {@code from} in {@code step} direction, stopping at body text. */
  private List<Integer> scan(List<CvLine> lines, int from, int limit, int step, int max) {
    List<Integer> out = new ArrayList<>();
    int looked = 0;
    for (int i = from; (step < 0 ? i > limit : i < limit) && looked++ < MAX_SCAN; i += step) {
      CvLine line = lines.get(i);
      String t = line.text();
      if (line.isBlank()) {
        continue;
      }
      if (line.heading() != null) {
        if (line.heading().main) {
          break;
        }
        continue;
      }
      if (isSideContent(line)) {
        continue;
      }
      if (line.bulleted() || t.length() > 150 || Titles.words(t).size() > MAX_HEADER_WORDS
          || isSentence(t) || dates.find(t).isPresent()
          || (step > 0 && Titles.words(t).size() > 8)) {
        break;
      }
      out.add(i);
      if (out.size() == max) {
        break;
      }
    }
    return out;
  }

  /** What a sidebar holds: contact data, a skill list, a place, a language with its level, a labelled list. */
  private boolean isSideContent(CvLine line) {
    String t = line.text();
    if (line.label() != null || Contacts.isContactLine(t) || Titles.isPlace(t)) {
      return true;
    }
    if (titles.titleScore(t) > 0) {
      return false;
    }
    if (Titles.words(t).size() <= 4 && LANGUAGE_LEVEL.matcher(t).matches()) {
      return true;
    }
    // in the experience itself, one skill-like line ("Emirates Facilities Management") may be an employer;
    // under a side heading, or as a list, it is the sidebar's skill list
    boolean side = isSide(line.section()) || isSide(line.columnSection());
    return (side || t.matches(".*[,;•·|].*")) && titles.isMostlySkills(t);
  }

  private static boolean isSide(SectionKind kind) {
    return kind != null && !kind.main;
  }

  private static Optional<Titles.Part> title(List<Titles.Part> parts) {
    Titles.Part best = null;
    for (Titles.Part part : parts) {
      if (part.titleScore() > 0 && (best == null || part.titleScore() > best.titleScore())) {
        best = part;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    return parts.stream().filter(p -> p.employerScore() == 0 && !p.afterAt()).findFirst()
        .or(() -> parts.stream().findFirst());
  }

  private static Optional<Titles.Part> employer(List<Titles.Part> parts, Titles.Part title) {
    return parts.stream().filter(p -> p != title && p.afterAt()).findFirst()
        .or(() -> parts.stream().filter(p -> p != title && p.employerScore() > 0 && p.titleScore() == 0).findFirst())
        .or(() -> parts.stream().filter(p -> p != title && p.titleScore() == 0).findFirst());
  }

  /** Job-like headers in the experience section that no date range claimed. */
  private int undated(List<CvLine> lines, boolean[] used) {
    int undated = 0;
    for (CvLine line : lines) {
      if (used[line.index()] || line.section() != SectionKind.EXPERIENCE || line.heading() != null
          || line.bulleted() || line.isBlank() || Titles.words(line.text()).size() > 10
          || isSentence(line.text())) {
        continue;
      }
      List<Titles.Part> parts = titles.parts(line.text(), line.index());
      if (complete(parts) && parts.stream().anyMatch(p -> p.titleScore() == 0 && p.employerScore() > 0)) {
        undated++;
      }
    }
    return undated;
  }

  /** Body text rather than a header: a sentence that ends with a full stop ("Inc." and the like do not count). */
  private static boolean isSentence(String text) {
    if (!text.endsWith(".")) {
      return false;
    }
    List<String> words = Titles.words(text);
    String last = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    return words.size() > 4 && !ABBREVIATIONS.contains(last);
  }

  static String cut(String text, int max) {
    String t = text.strip();
    return t.length() <= max ? t : t.substring(0, max).strip();
  }
}
