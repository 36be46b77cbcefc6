package dev.hireloop.domain.cv;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date ranges as CVs write them: "Jan 2019 – Present", "January 2019 - Current", "2016-2019", "2016 – now",
 * "03/2020 – 11/2021", "2020.03 – 2021.01", "Mar. 2018 to Feb 2020", "01/03/2018 - 30/06/2020", "Jun – Aug 2022",
 * "Since 2020", "Summer 2022". A year without a month starts in January and ends in December. Every pattern is
 * bounded (no nested open repetition), so matching stays linear in the line length.
 */
final class DateRanges {
  /** A range found in a line: where it is, and the months it covers ({@code to} empty = present). */
  record Found(int start, int end, YearMonth from, Optional<YearMonth> to, boolean monthPrecision) {}

  private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])";
  private static final String SEASON = "(?:spring|summer|fall|autumn|winter)(?![a-z])";
  private static final String YEAR = "(?:19[4-9]\\d|20\\d\\d)(?!\\d)";
  private static final String TOKEN = "(?:(?:" + MONTH + "|" + SEASON + ")[ ,]{0,2}'?" + YEAR
      + "|\\d{1,2}[./-]\\d{1,2}[./-]" + YEAR + "|\\d{1,2}[./-]" + YEAR + "|" + YEAR + "[./-]\\d{1,2}(?!\\d)"
      + "|" + YEAR + ")";
  private static final String PRESENT = "(?:present|current(?:ly)?|now|today|ongoing|(?:to |till |until )?date)"
      + "(?![a-z])";
  private static final String SEPARATOR = "\\s{0,3}(?:[-–—−~]{1,2}|to|until|till|through|thru)\\s{0,3}";

  private static final Pattern RANGE = Pattern.compile("(?<![\\w/.])(" + TOKEN + ")" + SEPARATOR + "(" + TOKEN
      + "|" + PRESENT + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern PRESENT_ONLY = Pattern.compile(PRESENT, Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTHS_OF_A_YEAR = Pattern.compile("(?<![a-z])(" + MONTH + ")" + SEPARATOR + "("
      + MONTH + ")[ ,]{0,2}(" + YEAR + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern SINCE = Pattern.compile("(?<![a-z])(?:since|from)\\s{1,3}(" + TOKEN + ")",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SEASON_ALONE = Pattern.compile("(?<![a-z])(" + SEASON + ")[ ,]{0,2}(" + YEAR + ")",
      Pattern.CASE_INSENSITIVE);
  /** Full or month dates that are not phone numbers: masked before phones are searched. */
  static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)(?:\\d{1,2}[./-]\\d{1,2}[./-]" + YEAR + "|\\d{1,2}[./-]"
      + YEAR + "|" + YEAR + "[./-]\\d{1,2}(?!\\d))");

  private static final Pattern FULL_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})[./-](\\d{1,2})[./-]" + YEAR);
  private static final Pattern NUMBERS = Pattern.compile("\\d+");
  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
      "nov", "dec"};

  private final boolean dayFirst;

  /** @param dayFirst whether "01/03/2020" is the 1st of March (Europe) rather than January 3rd (US) */
  DateRanges(boolean dayFirst) {
    this.dayFirst = dayFirst;
  }

  /** Whether the text's full numeric dates are day-first: any first number over 12 says so, any second one not. */
  static boolean dayFirstIn(String text) {
    Matcher dates = FULL_DATE.matcher(text);
    int dayFirstVotes = 0;
    int monthFirstVotes = 0;
    while (dates.find()) {
      if (Integer.parseInt(dates.group(1)) > 12) {
        dayFirstVotes++;
      } else if (Integer.parseInt(dates.group(2)) > 12) {
        monthFirstVotes++;
      }
    }
    return dayFirstVotes >= monthFirstVotes;
  }

  /** The first range in the line, if any. */
  Optional<Found> find(String line) {
    Matcher range = RANGE.matcher(line);
    while (range.find()) {
      Optional<Endpoint> from = token(range.group(1), true);
      String second = range.group(2);
      if (from.isEmpty()) {
        continue;
      }
      if (PRESENT_ONLY.matcher(second).matches()) {
        return Optional.of(new Found(range.start(), range.end(), from.get().month, Optional.empty(),
            from.get().precise));
      }
      Optional<Endpoint> to = token(second, false);
      if (to.isPresent() && !to.get().month.isBefore(from.get().month)) {
        return Optional.of(new Found(range.start(), range.end(), from.get().month, Optional.of(to.get().month),
            from.get().precise && to.get().precise));
      }
    }
    Matcher months = MONTHS_OF_A_YEAR.matcher(line);
    if (months.find()) {
      int year = Integer.parseInt(months.group(3));
      YearMonth from = YearMonth.of(year, month(months.group(1)));
      YearMonth to = YearMonth.of(year, month(months.group(2)));
      if (!to.isBefore(from)) {
        return Optional.of(new Found(months.start(), months.end(), from, Optional.of(to), true));
      }
    }
    Matcher since = SINCE.matcher(line);
    if (since.find()) {
      Optional<Endpoint> from = token(since.group(1), true);
      if (from.isPresent()) {
        return Optional.of(new Found(since.start(), since.end(), from.get().month, Optional.empty(),
            from.get().precise));
      }
    }
    Matcher season = SEASON_ALONE.matcher(line);
    if (season.find()) {
      YearMonth from = YearMonth.of(Integer.parseInt(season.group(2)), seasonStart(season.group(1)));
      return Optional.of(new Found(season.start(), season.end(), from, Optional.of(from.plusMonths(2)), true));
    }
    return Optional.empty();
  }

  private record Endpoint(YearMonth month, boolean precise) {}

  private Optional<Endpoint> token(String token, boolean start) {
    String t = token.toLowerCase(Locale.ROOT).strip();
    Matcher numbers = NUMBERS.matcher(t);
    int[] values = new int[3];
    int count = 0;
    while (numbers.find() && count < 3) {
      values[count++] = Integer.parseInt(numbers.group());
    }
    if (count == 0) {
      return Optional.empty();
    }
    if (Character.isLetter(t.charAt(0))) {
      int year = values[0];
      int month = isSeason(t) ? seasonStart(t) : month(t);
      return Optional.of(new Endpoint(YearMonth.of(year, month), true));
    }
    if (count == 1) {
      return Optional.of(new Endpoint(YearMonth.of(values[0], start ? 1 : 12), false));
    }
    int month;
    int year;
    if (count == 3) {
      month = dayFirst ? values[1] : values[0];
      if (month > 12) {
        month = dayFirst ? values[0] : values[1];
      }
      year = values[2];
    } else if (values[0] > 1900) {
      year = values[0];
      month = values[1];
    } else {
      month = values[0];
      year = values[1];
    }
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    return Optional.of(new Endpoint(YearMonth.of(year, month), true));
  }

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      if (key.startsWith(MONTHS[i])) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static boolean isSeason(String key) {
    return key.startsWith("spring") || key.startsWith("summer") || key.startsWith("fall")
        || key.startsWith("autumn") || key.startsWith("winter");
  }

  private static int seasonStart(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.startsWith("spring")) {
      return 3;
    }
    if (key.startsWith("summer")) {
      return 6;
    }
    if (key.startsWith("fall") || key.startsWith("autumn")) {
      return 9;
    }
    return 12;
  }
}
