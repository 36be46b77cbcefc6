package dev.hireloop.domain.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minimum years of experience a posting asks for. A statement counts only when experience follows or precedes
 * it ("5+ years of experience", "3 years building…", "Experience: 2 years", "BS + 5 years or MS + 3"); years that
 * are not experience ("founded 20 years ago", "2 years of free training", "at least 23 years old", "in the last 3
 * years") and statements an inline cue makes preferred ("5 years preferred") do not count.
 *
 * <p>The rule: alternatives within one sentence ("BS + 5 years or MS + 3") count as their smallest, since a
 * candidate who meets any one qualifies; separate statements count as their largest ("5+ years, including 2 with
 * Kubernetes" → 5), since the candidate must meet all. A range counts as its lower end ("3-5 years" → 3); months
 * count as whole years ("12 months" → 1).
 */
final class ExperienceParser {
  private static final int MAX_YEARS = 50;
  private static final String NUMBER = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|fifteen|twenty)(?:\\s*\\(\\d{1,2}\\))?";
  private static final Pattern STATEMENT = Pattern.compile(
      "(?<![\\d.,$€£/])\\b" + NUMBER + "(?:\\s*(?:\\+|plus))?(?:\\s*(?:-|–|—|to)\\s*" + NUMBER + ")?"
          + "\\s*\\+?\\s*(years?|yrs?|months?)\\b['’]?(?:\\s*\\+)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DEGREE_ALTERNATIVE = Pattern.compile(
      "(?:\\bBS|\\bBA|\\bBSc|\\bB\\.S\\.|\\bB\\.A\\.|\\bMS|\\bMA|\\bMSc|\\bM\\.S\\.|\\bM\\.A\\.|\\bMBA|\\bPhD"
          + "|\\bPh\\.D\\.|\\b[Bb]achelor'?s?|\\b[Mm]aster'?s?|\\b[Dd]octorate|\\b[Dd]egree)\\b"
          + "[^.;\\n]{0,40}?\\s(?:\\+|plus|and|with)\\s*(\\d{1,2})(?:\\s*\\+)?(?![\\d%.,]|\\s*[kK]\\b)");
  private static final Pattern EXPERIENCE_AFTER = Pattern.compile(
      "^\\s*(?:(?:of\\s+)?(?:[\\p{L}\\p{N}/&+.'’-]+\\s+){0,6}?(?:experience|exp\\b|experienced)"
          + "|(?:in|as|with|working|leading|managing|building|designing|developing|selling|closing|operating"
          + "|teaching|running|writing|programming|coding|delivering|supporting|administering|using|doing"
          + "|driving|practicing|practising|post[- ]qualification|of\\s+(?:hands-on|professional|relevant|related"
          + "|industry|commercial|clinical|practical|post))\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EXPERIENCE_BEFORE = Pattern.compile(
      "(?:experience|exp\\.?)\\s*(?:of|:|-|–|required|needed)?\\s*(?:at least|minimum(?: of)?|min\\.?|over"
          + "|more than)?\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_EXPERIENCE_AFTER = Pattern.compile(
      "^\\s*(?:old|of age|ago|in business|warranty|history|of (?:free|paid)|free|later|from now|contract|term"
          + "|vesting|cliff|in a row|of service|tenure|anniversary|and counting|running|straight|of operation"
          + "|of growth|on the market|of (?:our|the company|the business))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_EXPERIENCE_BEFORE = Pattern.compile(
      "\\b(?:founded|established|ago|since|been|over the (?:past|last)|(?:in )?the (?:past|last|next|first)"
          + "|within|every|after|(?<!looking )(?<!searching )(?<!ask )for(?: over| more than| almost| nearly| about)?"
          + "|history|up to|each|per|our|their|its"
          + "|around for|under|aged?)\\s*(?:at least\\s+|over\\s+|more than\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PLUS_OF = Pattern.compile("^\\s*of\\s+(?!(?:age|history|service|operation|growth"
      + "|free|paid|our|the|its|their|tradition|excellence|success|innovation)\\b)\\p{L}",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ALTERNATIVE = Pattern.compile("\\bor\\b", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20));

  private ExperienceParser() {}

  static Optional<Integer> minimumYears(String text) {
    return minimumYears(List.of(text));
  }

  /** The minimum years the texts (a posting's requirement blocks) ask for, by the rule in the class comment. */
  static Optional<Integer> minimumYears(List<String> texts) {
    Integer best = null;
    for (String text : texts) {
      for (Integer group : groups(text)) {
        best = best == null ? group : Math.max(best, group);
      }
    }
    return Optional.ofNullable(best);
  }

  private record Statement(Span span, int years) {}

  /** The value of each group of alternatives in {@code text}. */
  private static List<Integer> groups(String text) {
    if (!Words.containsAny(Words.lower(text), "year", "yr", "month", "+")) {
      return List.of();
    }
    List<Statement> statements = statements(text);
    List<Span> preferred = InlineCues.preferredSpans(text, statements.stream().map(Statement::span).toList());
    List<Integer> out = new ArrayList<>();
    List<Span> sentences = Clauses.sentences(text);
    Span current = null;
    Integer group = null;
    Statement last = null;
    for (Statement statement : statements) {
      if (InlineCues.covers(preferred, statement.span().start())) {
        continue;
      }
      Span sentence = Clauses.at(sentences, statement.span().start());
      if (sentence != current) {
        if (group != null) {
          out.add(group);
        }
        group = null;
        last = null;
        current = sentence;
      }
      boolean alternative = last != null
          && ALTERNATIVE.matcher(text.substring(last.span().end(), statement.span().start())).find();
      if (group != null && !alternative) {
        out.add(group);
        group = null;
      }
      group = group == null ? statement.years() : Math.min(group, statement.years());
      last = statement;
    }
    if (group != null) {
      out.add(group);
    }
    return out;
  }

  private static List<Statement> statements(String text) {
    List<Statement> out = new ArrayList<>();
    List<Span> sentences = Clauses.sentences(text);
    Matcher m = STATEMENT.matcher(text);
    while (m.find()) {
      Span sentence = Clauses.at(sentences, m.start());
      int sentenceStart = sentence == null ? 0 : sentence.start();
      String before = text.substring(Math.max(sentenceStart, m.start() - 40), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
      // "2+ years of acute care": in a requirement, a plus-marked duration "of" something is experience
      boolean plusOf = m.group().contains("+") && PLUS_OF.matcher(after).find();
      boolean experience = plusOf || EXPERIENCE_AFTER.matcher(after).find()
          || EXPERIENCE_BEFORE.matcher(before).find();
      if (!experience || NOT_EXPERIENCE_AFTER.matcher(after).find() || NOT_EXPERIENCE_BEFORE.matcher(before).find()) {
        continue;
      }
      int value = number(m.group(1));
      if (m.group(3).toLowerCase(Locale.ROOT).startsWith("month")) {
        value = value / 12;
      }
      if (value <= MAX_YEARS) {
        out.add(new Statement(new Span(m.start(), m.end()), value));
      }
    }
    Matcher degree = DEGREE_ALTERNATIVE.matcher(text);
    while (degree.find()) {
      int start = degree.start(1);
      boolean known = out.stream().anyMatch(s -> s.span().contains(start));
      int value = Integer.parseInt(degree.group(1));
      if (!known && value <= MAX_YEARS) {
        out.add(new Statement(new Span(start, degree.end()), value));
      }
    }
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return out;
  }

  private static int number(String token) {
    Integer word = WORDS.get(token.toLowerCase(Locale.ROOT));
    return word != null ? word : Integer.parseInt(token);
  }
}
