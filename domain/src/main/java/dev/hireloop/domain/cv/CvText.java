package dev.hireloop.domain.cv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CV's text cleaned and cut into lines. Unicode is NFKC-normalised (ligatures and full-width letters from PDF
 * extraction become plain letters), invisible format characters (zero-width, bidi overrides) are dropped and other
 * controls become spaces. Cells of a two-column layout that PDF extraction put on one line, separated by a wide gap,
 * become lines of their own, and lines a narrow column wrapped are joined again ({@link Wraps}). Bullets of every
 * kind and Markdown marks are taken off and remembered.
 */
final class CvText {
  /** A CV is a few pages; beyond this the text is not read, which keeps parsing bounded on junk input. */
  static final int MAX_CHARS = 200_000;
  /** Longer lines are prose (or junk): they count for skills but not for structure. */
  static final int MAX_STRUCTURE_LINE = 300;

  /** A cell that starts this far into its line is in the right-hand column of a two-column layout. */
  private static final int RIGHT_COLUMN = 12;
  private static final Pattern GAP = Pattern.compile("\\t+|\\s{3,}");
  private static final Pattern BULLET = Pattern.compile(
      "^(?:[•●▪‣○◦■□►▸▹▶➢➣➤➔→✓✔✗✘❖◆◇⁃∙·∗⦿⁌⁍♦❯»]+\\s*|[-*+–—>]\\s+|\\(?\\d{1,2}[.)]\\s+|[a-z]\\)\\s+)");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]{0,200})\\]\\(([^)\\s]{1,500})\\)");
  private static final Pattern DECORATED = Pattern.compile("^[-–—=~*•·]+\\s*\\p{L}[^\\n]{0,60}?\\s*[-–—=~*•·]+$");
  private static final Pattern RULE = Pattern.compile("^[-=_*~#.·•\\s]{3,}$");

  private final String text;
  private final List<CvLine> lines;

  private CvText(String text, List<CvLine> lines) {
    this.text = text;
    this.lines = List.copyOf(lines);
  }

  /** The cleaned lines joined with line feeds; every {@link CvLine#offset()} points into it. */
  String text() {
    return text;
  }

  List<CvLine> lines() {
    return lines;
  }

  boolean hasHeading(SectionKind kind) {
    return lines.stream().anyMatch(line -> line.heading() == kind);
  }

  boolean hasHeadings() {
    return lines.stream().anyMatch(line -> line.heading() != null);
  }

  static CvText of(String raw) {
    String clean = clean(raw);
    List<String> cells = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    for (String line : clean.split("\n", -1)) {
      if (line.length() > MAX_STRUCTURE_LINE * 4) {
        cells.add(line.strip());
        columns.add(0);
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      String stripped = line.strip();
      Matcher bullet = BULLET.matcher(stripped);
      if (bullet.find()) {
        // "•    Built X": the gap after a bullet is not a column gap
        stripped = stripped.substring(0, bullet.end()).strip() + " " + stripped.substring(bullet.end()).strip();
      }
      Matcher gap = GAP.matcher(stripped);
      int start = 0;
      int added = 0;
      while (true) {
        boolean more = gap.find();
        String part = stripped.substring(start, more ? gap.start() : stripped.length()).strip();
        if (!part.isEmpty() || (!more && added == 0)) {
          cells.add(part);
          // a cell after a gap is in the right-hand column however short the left cell ("CONTACT⇥EXPERIENCE")
          columns.add(indent + start >= RIGHT_COLUMN || added > 0 ? 1 : 0);
          added++;
        }
        if (!more) {
          break;
        }
        start = gap.end();
      }
    }
    List<Wraps.Cell> wrapped = new ArrayList<>(cells.size());
    for (int c = 0; c < cells.size(); c++) {
      wrapped.add(new Wraps.Cell(cells.get(c), columns.get(c)));
    }
    wrapped = Wraps.join(wrapped, CvText::isHeading,
        cell -> cell.length() > MAX_STRUCTURE_LINE || BULLET.matcher(cell).find()
            || MARKDOWN_HEADING.matcher(cell).find());
    cells.clear();
    columns.clear();
    for (Wraps.Cell cell : wrapped) {
      cells.add(cell.text());
      columns.add(cell.column());
    }
    StringBuilder joined = new StringBuilder(clean.length());
    List<CvLine> lines = new ArrayList<>(cells.size());
    SectionKind section = null;
    SectionKind main = null;
    SectionKind[] byColumn = new SectionKind[2];
    for (int c = 0; c < cells.size(); c++) {
      String text = cells.get(c);
      int column = columns.get(c);
      boolean alone = (c == 0 || columns.get(c - 1) >= column) && (c + 1 == cells.size() || columns.get(c + 1) <= column);
      boolean markdownHeading = false;
      Matcher heading = MARKDOWN_HEADING.matcher(text);
      if (heading.find()) {
        markdownHeading = true;
        text = text.substring(heading.end());
      }
      boolean bulleted = false;
      SectionKind headingKind = null;
      SectionKind label = null;
      if (!markdownHeading && text.length() <= MAX_STRUCTURE_LINE * 4) {
        Matcher bullet = BULLET.matcher(text);
        if (bullet.find() && bullet.end() < text.length()) {
          bulleted = true;
          text = text.substring(bullet.end());
        }
      }
      if (text.length() <= MAX_STRUCTURE_LINE * 4) {
        text = MARKDOWN_LINK.matcher(text).replaceAll("$1 $2");
        text = text.replace("**", "").replace("__", "").replace("`", "");
        if (RULE.matcher(text).matches()) {
          text = "";
        }
      }
      text = text.strip();
      if (bulleted && DECORATED.matcher(cells.get(c)).matches()) {
        // "— Relevant Experience —": dashes around a heading are decoration, not a bullet
        headingKind = Sections.heading(cells.get(c)).orElse(null);
        bulleted = headingKind == null;
      }
      if (!bulleted && headingKind == null && text.length() <= MAX_STRUCTURE_LINE) {
        headingKind = Sections.heading(stripEmphasis(text)).orElse(null);
        label = headingKind == null ? Sections.inlineLabel(stripEmphasis(text)).orElse(null) : null;
      }
      if (headingKind != null) {
        section = headingKind;
        if (headingKind.main) {
          main = headingKind;
        }
        byColumn[column] = headingKind;
        if (alone && column == 0) {
          // a full-width heading starts a section in both columns
          byColumn[1] = headingKind;
        }
      }
      SectionKind columnSection = byColumn[column] == null ? section : byColumn[column];
      lines.add(new CvLine(lines.size(), joined.length(), text, bulleted, headingKind, label, section, main,
          columnSection));
      joined.append(text).append('\n');
    }
    return new CvText(joined.toString(), lines);
  }

  private static boolean isHeading(String cell) {
    return cell.length() > MAX_STRUCTURE_LINE || MARKDOWN_HEADING.matcher(cell).find()
        || Sections.heading(stripEmphasis(cell)).isPresent();
  }

  private static String stripEmphasis(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && (text.charAt(start) == '*' || text.charAt(start) == '_')) {
      start++;
    }
    while (end > start && (text.charAt(end - 1) == '*' || text.charAt(end - 1) == '_')) {
      end--;
    }
    return text.substring(start, end);
  }

  /** NFKC, line breaks as "\n", format characters dropped, other controls and odd spaces as plain spaces. */
  static String clean(String raw) {
    String text = raw.length() > MAX_CHARS * 2 ? raw.substring(0, MAX_CHARS * 2) : raw;
    text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    if (text.length() > MAX_CHARS) {
      text = text.substring(0, MAX_CHARS);
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          out.append('\n');
        }
      } else if (c == '\n' || c == '\t') {
        out.append(c);
      } else if (c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f' || c == '\u0085') {
        out.append('\n');
      } else if (Character.isISOControl(c)) {
        out.append(' ');
      } else if (Character.getType(c) == Character.FORMAT) {
        // zero-width spaces and joiners, bidi overrides, soft hyphens: invisible, and they break words apart
        continue;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c) || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
        out.append(' ');
      } else if (Character.isSpaceChar(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The line the character at this offset of {@link #text()} belongs to. */
  Optional<CvLine> lineAt(int offset) {
    int low = 0;
    int high = lines.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      CvLine line = lines.get(mid);
      if (offset < line.offset()) {
        high = mid - 1;
      } else if (offset > line.offset() + line.text().length()) {
        low = mid + 1;
      } else {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }
}
