package dev.hireloop.domain.cv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the line wrapping of a narrow column (a two-column PDF's main column wraps
 * "Title, Employer (Feb 2022 – Present)" after the dash). A line is joined with the next one when:
 * <ol>
 *   <li>a date range starts on the line and ends on the next ("(Feb 2022 –" / "Present)", "2021" / "– present");
 *   <li>it opens a bracket that a short next line closes;
 *   <li>a phone number runs on ("+1 206 555" / "0111");
 *   <li>a place runs on ("Milwaukee," / "WI (…)", "Dubai, United" / "Arab Emirates");
 *   <li>it fills the column (the next line's first word would not have fitted, judged against the widest lines
 *       around it) and the next line is a short tail ("Nordbygg AS | Senior Project" / "Manager | 2019 – now"),
 *       or both are rows of "|"-separated cells (a one-line contact header that ran on: "… | San" /
 *       "Francisco, CA | …").
 * </ol>
 * A line is joined at most once, never with a bullet, a heading or a blank line, and only within its own column;
 * every check is bounded, so this stays linear.
 */
final class Wraps {
  /** A joined line never grows past this: a job header or a wrapped sentence, not a paragraph. */
  private static final int MAX_JOINED = 220;
  private static final int MAX_TAIL_WORDS = 6;
  /** How many lines either side show the column's width. */
  private static final int WINDOW = 10;
  /** Lines at least this close to the widest line nearby show a wrap width (a ragged text has few of them). */
  private static final int NEAR_WIDTH = 8;
  private static final Pattern PHONE_TAIL = Pattern.compile("(?:\\+\\d{1,3}|\\(\\d{2,5}\\))(?:[ .-]\\d{1,5}){0,5}$");
  private static final Pattern DIGITS_HEAD = Pattern.compile("^\\d{1,5}(?:[ .-]\\d{1,5}){0,4}(?![\\d])");
  private static final Pattern STATE_HEAD = Pattern.compile(
      "^(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND"
          + "|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)(?![\\p{L}])");
  private static final Pattern WORD_LIST = Pattern.compile("\\s+");
  private static final DateRanges DATES = new DateRanges(true);

  private Wraps() {}

  /** One line of text in a column (0 = left or only, 1 = right), as {@link CvText} cuts them. */
  record Cell(String text, int column) {}

  /** The cells with wrapped lines joined. */
  static List<Cell> join(List<Cell> cells, Predicate<String> heading, Predicate<String> newItem) {
    List<Cell> out = new ArrayList<>(cells.size());
    int i = 0;
    while (i < cells.size()) {
      Cell cell = cells.get(i);
      if (i + 1 < cells.size() && cells.get(i + 1).column() == cell.column()
          && !heading.test(cell.text()) && !heading.test(cells.get(i + 1).text())
          && (rangeRunsOn(cell.text().strip(), cells.get(i + 1).text().strip())
              || !newItem.test(cells.get(i + 1).text()) && (continues(cell.text(), cells.get(i + 1).text(),
                  width(cells, i)) || cellsRunOn(cell.text().strip(), cells.get(i + 1).text().strip(),
                  widest(cells, i))))) {
        out.add(new Cell(cell.text() + " " + cells.get(i + 1).text(), cell.column()));
        i += 2;
      } else {
        out.add(cell);
        i++;
      }
    }
    return out;
  }

  /**
   * The width the column around cell {@code at} wraps at, or 0 when nothing shows one: the widest line nearby
   * counts only when two more lines come close to it (a wrapped paragraph), which a ragged text rarely has.
   */
  static int width(List<Cell> cells, int at) {
    int column = cells.get(at).column();
    int widest = widest(cells, at);
    int near = 0;
    for (int j = Math.max(0, at - WINDOW); j < Math.min(cells.size(), at + WINDOW + 1); j++) {
      if (j != at && cells.get(j).column() == column && cells.get(j).text().length() >= widest - NEAR_WIDTH) {
        near++;
      }
    }
    return near >= 2 ? widest : 0;
  }

  /** The longest line of the cell's column within the window around it. */
  static int widest(List<Cell> cells, int at) {
    int column = cells.get(at).column();
    int widest = 0;
    for (int j = Math.max(0, at - WINDOW); j < Math.min(cells.size(), at + WINDOW + 1); j++) {
      if (cells.get(j).column() == column) {
        widest = Math.max(widest, cells.get(j).text().length());
      }
    }
    return widest;
  }

  /** Whether {@code next} continues {@code line}, for a column that wraps at {@code width} (0: unknown). */
  static boolean continues(String line, String next, int width) {
    String a = line.strip();
    String b = next.strip();
    if (a.isEmpty() || b.isEmpty() || a.length() + 1 + b.length() > MAX_JOINED) {
      return false;
    }
    return rangeRunsOn(a, b) || bracketRunsOn(a, b) || phoneRunsOn(a, b) || placeRunsOn(a, b)
        || fillsTheColumn(a, b, width);
  }

  /** "– present" after "2021" is the end of a range, not a dash bullet: checked before bullets. */
  private static boolean rangeRunsOn(String a, String b) {
    if (a.isEmpty() || b.isEmpty() || a.length() + 1 + b.length() > MAX_JOINED || DATES.find(a).isPresent()
        || b.length() > 80) {
      return false;
    }
    Optional<DateRanges.Found> joined = DATES.find(a + " " + b);
    return joined.isPresent() && joined.get().start() < a.length() && joined.get().end() > a.length() + 1;
  }

  private static boolean bracketRunsOn(String a, String b) {
    int open = a.lastIndexOf('(');
    if (open < 0 || a.indexOf(')', open) >= 0) {
      return false;
    }
    int close = b.indexOf(')');
    int reopen = b.indexOf('(');
    return close >= 0 && close <= 40 && (reopen < 0 || reopen > close);
  }

  private static boolean phoneRunsOn(String a, String b) {
    Matcher tail = PHONE_TAIL.matcher(a.length() > 40 ? a.substring(a.length() - 40) : a);
    Matcher head = DIGITS_HEAD.matcher(b);
    if (!tail.find() || !head.find()) {
      return false;
    }
    int digits = (tail.group() + head.group()).replaceAll("\\D", "").length();
    return digits >= 8 && digits <= 15;
  }

  private static boolean placeRunsOn(String a, String b) {
    if (words(b).size() > 8) {
      return false;
    }
    if (a.endsWith(",") && (STATE_HEAD.matcher(b).find() || countryHead(b) > 0)) {
      return true;
    }
    // "Dubai, United" / "Arab Emirates": a country's name cut in two
    List<String> before = words(a);
    List<String> after = words(b);
    for (int k = 1; k <= 2 && k <= before.size(); k++) {
      String start = String.join(" ", before.subList(before.size() - k, before.size()));
      for (int m = 1; m <= 2 && m <= after.size(); m++) {
        String name = (start + " " + String.join(" ", after.subList(0, m))).toLowerCase(Locale.ROOT)
            .replaceAll("[.,;]+$", "");
        if (Contacts.COUNTRIES.contains(name) && !Contacts.COUNTRIES.contains(start.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many of the text's first words name a country ("United Kingdom, …"), or 0. */
  private static int countryHead(String text) {
    List<String> words = words(text);
    for (int m = Math.min(4, words.size()); m >= 1; m--) {
      String name = String.join(" ", words.subList(0, m)).toLowerCase(Locale.ROOT).replaceAll("[.,;)]+$", "");
      if (Contacts.COUNTRIES.contains(name)) {
        return m;
      }
    }
    return 0;
  }

  /**
   * A one-line header of "|"-separated cells that ran on ("… | +1 (415) 555-0123 | San" / "Francisco, CA | …"):
   * both lines are cells, the line is among the widest around, and the cells cut are a few words each.
   */
  static boolean cellsRunOn(String a, String b, int widest) {
    int lastBar = a.lastIndexOf(" | ");
    int firstBar = b.indexOf(" | ");
    if (lastBar < 0 || firstBar < 0 || a.length() < 60 || a.length() < widest - NEAR_WIDTH
        || a.length() + 1 + b.length() > MAX_JOINED) {
      return false;
    }
    int cut = words(a.substring(lastBar + 3)).size() + words(b.substring(0, firstBar)).size();
    return cut >= 2 && cut <= 5;
  }

  private static boolean fillsTheColumn(String a, String b, int width) {
    if (width < 25 || a.length() < width - 2 * NEAR_WIDTH || a.endsWith(".") || a.endsWith(":")) {
      return false;
    }
    List<String> tail = words(b);
    if (tail.isEmpty() || tail.size() > MAX_TAIL_WORDS || b.length() * 2 > width) {
      return false;
    }
    // the tail's first word would not have fitted on the line: the line was wrapped there, not ended
    return a.length() + 1 + tail.get(0).length() > width;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String word : WORD_LIST.split(text.strip())) {
      if (!word.isEmpty()) {
        out.add(word);
      }
    }
    return out;
  }
}
