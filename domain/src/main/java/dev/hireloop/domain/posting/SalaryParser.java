package dev.hireloop.domain.posting;

import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.SalaryRange;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pay a posting states: "$120,000 - $150,000", "$120k–$150k", "£45,000 to £55,000 per annum", "€60.000",
 * "USD 90,000-110,000/yr", "$25-$30 per hour", "$30/hr", "up to $X".
 *
 * <p>Only amounts with a currency (symbol or ISO code) count, so "401(k)", years and team sizes never do; amounts
 * in millions or billions ("$2B company", "$60M Series C") and amounts that are a bonus, stipend, budget,
 * differential, reimbursement or revenue are not pay. The first amount with a period ("per hour", "/yr", "annually")
 * or in a pay sentence ("Salary", "Pay", "OTE", "base") wins; failing that, the first annual-looking amount (10,000
 * or more) does. Without a stated period, 10,000 or more is a year, 1,000 to 9,999 a month, less an hour.
 *
 * <p>A single amount ("$30/hr", "up to $90,000", "from $60k", "$100k+") is a range with min = max: {@link
 * SalaryRange} has no open end, and a guessed bound such as 0 would read as one the employer stated.
 */
final class SalaryParser {
  private static final String CODES = "USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|INR|JPY|CNY|SGD|HKD|ZAR"
      + "|BRL|MXN|ILS|AED";
  private static final String[] CODE_LIST = CODES.split("\\|");
  private static final String SYMBOL = "(?<![A-Za-z])(?:US|CA|C|AU|A|NZ|HK|S)?\\$|£|€|¥|₹";
  private static final String AMOUNT = "\\d{1,3}(?:[,.'’]\\d{3}|\\s\\d{3}(?!\\d)){1,4}(?:[.,]\\d{1,2})?(?![\\d,.'’]\\d)"
      + "|\\d{1,7}(?:[.,]\\d{1,2})?(?!\\d)";
  private static final String MULTIPLIER = "\\s?(?:[kK]|mm|MM|[mM]|bn|BN|[bB]|million|billion|thousand)(?![\\w])";
  private static final Pattern MONEY = Pattern.compile(
      "(?<pre>" + SYMBOL + "|\\b(?:" + CODES + ")\\b)\\s?(?<amount>" + AMOUNT + ")(?<mult>" + MULTIPLIER + ")?"
          + "|(?<![\\d.,])(?<amount2>" + AMOUNT + ")(?<mult2>" + MULTIPLIER + ")?\\s?(?<post>€|£|\\b(?:" + CODES
          + ")\\b)");
  private static final Pattern RANGE_TAIL = Pattern.compile(
      "\\s*(?:-|–|—|‑|to|and)\\s*(?:(?<pre>" + SYMBOL + "|\\b(?:" + CODES + ")\\b)\\s?)?(?<amount>" + AMOUNT + ")"
          + "(?<mult>" + MULTIPLIER + ")?(?:\\s?(?<post>€|£|\\b(?:" + CODES + ")\\b))?");
  private static final Pattern RANGE_HEAD = Pattern.compile(
      "(?<![\\d.,])(?<amount>" + AMOUNT + ")(?<mult>" + MULTIPLIER + ")?\\s*(?:-|–|—|‑|to)\\s*$");
  private static final Pattern PERIOD_AFTER = Pattern.compile(
      "^\\s*\\(?\\s*(?:(?:/|per|an?|each|every)\\s*(?<unit>hour|hr|h|day|d|week|wk|w|month|mo|year|yr|y|annum)"
          + "(?!\\w)|(?<adverb>hourly|daily|weekly|monthly|annually|annual|yearly|p\\.?\\s?a\\.?|pcm|p/h|ph)(?!\\w))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PERIOD_BEFORE = Pattern.compile(
      "\\b(?<adverb>hourly|daily|day rate|weekly|monthly|annual|annually|yearly|per annum|per hour|per year)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PAY_CONTEXT = Pattern.compile(
      "\\b(?:salary|salaries|pay|paid|compensation|wages?|rate|OTE|base|earn\\w*|remuneration|income"
          + "|total comp\\w*)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_PAY_AFTER = Pattern.compile(
      "^\\s*(?:(?!(?:plus|and|with|or)\\b)[\\p{L}-]+\\s+){0,2}?(?:bonus(?:es)?|stipends?|budgets?|allowance"
          + "|reimbursement|sign[- ]on|signing|relocation|referral|credits?|gift|match|differential|premium|uplift"
          + "|deductible|revenue|ARR|funding|raise|series|valuation|worth|spend|quota|prize|grants?|fees?|deposit"
          + "|discount|company|business|in (?:payments|revenue|sales|funding|annual)|per mile|a mile|/\\s*mile"
          + "|per employee|of (?:funding|revenue|equipment))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_PAY_BEFORE = Pattern.compile(
      "\\b(?:bonus|stipend|budgets?|allowance|reimbursement|revenue|funding|raised|valuation|spend|assistance"
          + "|match|worth|quota|sales of|grants?|fees?|discount|deposit|credits?|differential|premium|uplift)\\b"
          + "(?:\\s+(?:of|up to|worth|at|is|:)){0,3}\\s*:?\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** A text with more amounts than this is no posting; the rest are not looked at. */
  private static final int MAX_CANDIDATES = 100;
  private static final Pattern GROUPED = Pattern.compile("^\\d{1,3}(?:([,.' ])\\d{3}){1,4}(?:([.,])(\\d{1,2}))?$");
  private static final BigDecimal ANNUAL = new BigDecimal("10000");
  private static final BigDecimal MONTHLY = new BigDecimal("1000");
  private static final BigDecimal CEILING = new BigDecimal("1000000000");

  private SalaryParser() {}

  static Optional<SalaryRange> parse(String text) {
    return find(List.of(text));
  }

  /** The posting's pay from its texts in reading order, by the rule in the class comment. */
  static Optional<SalaryRange> find(List<String> texts) {
    Optional<SalaryRange> fallback = Optional.empty();
    for (String text : texts) {
      if (!hasCurrency(text)) {
        continue;
      }
      Matcher money = MONEY.matcher(text);
      List<Span> sentences = Clauses.sentences(text);
      int from = 0;
      int tried = 0;
      while (from < text.length() && tried++ < MAX_CANDIDATES && money.find(from)) {
        Candidate candidate = candidate(text, money, sentences);
        from = Math.max(candidate.end(), money.end());
        if (candidate.range().isEmpty()) {
          continue;
        }
        if (candidate.strong()) {
          return candidate.range();
        }
        if (fallback.isEmpty()) {
          fallback = candidate.range();
        }
      }
    }
    return fallback;
  }

  /** A cheap test before the money pattern: a currency symbol or code somewhere in the text. */
  private static boolean hasCurrency(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("$£€¥₹".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    for (String code : CODE_LIST) {
      if (text.contains(code)) {
        return true;
      }
    }
    return false;
  }

  private record Candidate(Optional<SalaryRange> range, boolean strong, int end) {}

  private record Amount(BigDecimal value, boolean multiplied, boolean large) {}

  private static Candidate candidate(String text, Matcher money, List<Span> sentences) {
    boolean post = money.group("amount2") != null;
    String currencyToken = post ? money.group("post") : money.group("pre");
    Amount first = amount(post ? money.group("amount2") : money.group("amount"),
        post ? money.group("mult2") : money.group("mult"));
    int start = money.start();
    int end = money.end();
    Amount second = null;
    Matcher tail = RANGE_TAIL.matcher(text).region(end, text.length());
    if (tail.lookingAt()) {
      second = amount(tail.group("amount"), tail.group("mult"));
      end = tail.end();
      if (currencyToken == null) {
        currencyToken = tail.group("pre") != null ? tail.group("pre") : tail.group("post");
      }
    } else if (post) {
      // "90,000 - 110,000 USD": the lower amount comes before the one that carries the currency
      Matcher head = RANGE_HEAD.matcher(text.substring(Math.max(0, start - 30), start));
      if (head.find()) {
        second = first;
        first = amount(head.group("amount"), head.group("mult"));
        start = Math.max(0, start - 30) + head.start();
      }
    }
    Candidate none = new Candidate(Optional.empty(), false, end);
    if (first == null || first.large() || (second != null && second.large())) {
      return none;
    }
    BigDecimal min = first.value();
    BigDecimal max = min;
    if (second != null) {
      max = second.value();
      if (second.multiplied() && !first.multiplied() && min.compareTo(MONTHLY) < 0) {
        min = min.multiply(MONTHLY);
      }
      if (max.compareTo(min) < 0 || (min.signum() > 0 && max.divide(min, 2, java.math.RoundingMode.HALF_UP)
          .compareTo(BigDecimal.valueOf(20)) > 0)) {
        max = min;
        end = money.end();
      }
    }
    Span sentence = Clauses.at(sentences, start);
    int sentenceStart = Math.max(sentence == null ? 0 : sentence.start(), start - 200);
    String before = text.substring(sentenceStart, start);
    String nearBefore = text.substring(Math.max(sentenceStart, start - 30), start);
    Matcher periodAfter = PERIOD_AFTER.matcher(text).region(end, text.length());
    PayPeriod period = null;
    int afterEnd = end;
    if (periodAfter.lookingAt()) {
      period = periodOf(periodAfter.group("unit") != null ? periodAfter.group("unit") : periodAfter.group("adverb"));
      afterEnd = periodAfter.end();
    }
    if (period == null) {
      Matcher periodBefore = PERIOD_BEFORE.matcher(nearBefore);
      while (periodBefore.find()) {
        period = periodOf(periodBefore.group("adverb"));
      }
    }
    String after = text.substring(afterEnd, Math.min(text.length(), afterEnd + 60));
    if (NOT_PAY_AFTER.matcher(after).find() || NOT_PAY_BEFORE.matcher(nearBefore).find()) {
      return none;
    }
    boolean payContext = PAY_CONTEXT.matcher(before).find();
    boolean strong = period != null || payContext;
    if (period == null) {
      if (max.compareTo(ANNUAL) >= 0) {
        period = PayPeriod.YEAR;
      } else if (!payContext) {
        return none;
      } else {
        period = max.compareTo(MONTHLY) >= 0 ? PayPeriod.MONTH : PayPeriod.HOUR;
      }
    }
    if (max.compareTo(CEILING) > 0) {
      return none;
    }
    Currency currency = currencyOf(currencyToken);
    return new Candidate(Optional.of(new SalaryRange(currency, min, max, period)), strong, end);
  }

  /** The amount, or null when it has more than two decimals; {@code large} for millions and billions. */
  private static Amount amount(String digits, String multiplier) {
    BigDecimal value = new BigDecimal(plainNumber(digits));
    String mult = multiplier == null ? "" : multiplier.strip().toLowerCase(Locale.ROOT);
    boolean large = mult.equals("m") || mult.equals("mm") || mult.startsWith("b") || mult.equals("million");
    boolean thousands = mult.equals("k") || mult.equals("thousand");
    if (thousands) {
      value = value.multiply(MONTHLY).stripTrailingZeros();
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
    }
    return value.scale() > 2 ? null : new Amount(value, thousands, large);
  }

  /** "85.000,50" / "85,000.50" / "85 000" / "38.50" / "38,5" to a plain decimal. */
  static String plainNumber(String digits) {
    String text = digits.replace('’', '\'');
    Matcher grouped = GROUPED.matcher(text);
    if (grouped.matches()) {
      String separator = grouped.group(1);
      String decimals = grouped.group(3);
      String whole = text.substring(0, grouped.group(2) == null ? text.length() : grouped.start(2))
          .replace(separator, "");
      return decimals == null ? whole : whole + "." + decimals;
    }
    return text.replace(',', '.');
  }

  private static PayPeriod periodOf(String token) {
    String unit = token.toLowerCase(Locale.ROOT).replace(" ", "").replace(".", "");
    if (unit.startsWith("h") || unit.equals("ph") || unit.equals("p/h") || unit.equals("perhour")) {
      return PayPeriod.HOUR;
    }
    if (unit.startsWith("d")) {
      return PayPeriod.DAY;
    }
    if (unit.startsWith("w")) {
      return PayPeriod.WEEK;
    }
    if (unit.startsWith("mo") || unit.equals("pcm")) {
      return PayPeriod.MONTH;
    }
    return PayPeriod.YEAR;
  }

  private static Currency currencyOf(String token) {
    if (token == null) {
      return Currency.getInstance("USD");
    }
    String code = switch (token.strip()) {
      case "$", "US$" -> "USD";
      case "CA$", "C$" -> "CAD";
      case "A$", "AU$" -> "AUD";
      case "NZ$" -> "NZD";
      case "HK$" -> "HKD";
      case "S$" -> "SGD";
      case "£" -> "GBP";
      case "€" -> "EUR";
      case "¥" -> "JPY";
      case "₹" -> "INR";
      default -> token.strip();
    };
    return Currency.getInstance(code);
  }

}
