package dev.hireloop.domain.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The employer's name, only from patterns that name it with confidence, in this order: a "Company:" line, "X is an
 * equal opportunity employer", an "About X" heading, "At X, we…", a title ending "… at X". When a later pattern
 * gives a longer form of the first name found ("Halvorsen" → "Halvorsen Industrial"), the longer form wins.
 * Anything vaguer ("We are a fintech…") gives no company rather than a guess.
 */
final class CompanyParser {
  private static final String NAME = "(?<name>[\\p{Lu}0-9][\\p{L}0-9&.'’-]*(?:\\s+(?:&|and|of|de|[\\p{Lu}0-9]"
      + "[\\p{L}0-9&.'’-]*)){0,5})";
  private static final Pattern COMPANY_LINE = Pattern.compile(
      "^(?:company|employer|organi[sz]ation|hiring company|company name)\\s*:\\s*(?<value>.{1,150})$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EQUAL_OPPORTUNITY = Pattern.compile(
      "(?:^|[.!?]\\s+)" + NAME + "\\s+(?:is|are)\\s+(?:an?\\s+|proud to be an?\\s+|committed to being an?\\s+)?"
          + "(?i:equal\\s+(?:opportunity|employment)|eoe\\b|affirmative)"
          + "|(?:^|[.!?]\\s+)" + NAME.replace("<name>", "<name2>")
          + "\\s+(?i:provides equal (?:employment )?opportunit)");
  private static final Pattern ABOUT = Pattern.compile("^(?i:about)\\s+" + NAME + "\\s*:?$");
  private static final Pattern AT_WE = Pattern.compile("(?:^|[.!?]\\s+)At\\s+" + NAME + ",\\s+(?:we|our)\\b");
  private static final Pattern TITLE_AT = Pattern.compile("\\s(?:at|@)\\s+" + NAME + "\\s*$");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,:;]+$");
  private static final Set<String> NOT_NAMES = Set.of("we", "we're", "we are", "us", "you", "it", "this company",
      "the company", "our company", "our client", "the client", "the role", "the team", "the job", "the position",
      "this role", "the opportunity", "our team", "our mission", "the", "our", "all", "company", "team");

  private CompanyParser() {}

  static Optional<String> detect(String title, List<Block> blocks) {
    List<String> found = new ArrayList<>();
    for (Block block : blocks) {
      Matcher line = COMPANY_LINE.matcher(block.text());
      if (block.kind() == BlockKind.PARAGRAPH && line.matches()) {
        found.add(line.group("value").strip());
      }
    }
    for (Block block : blocks) {
      if (!Words.containsAny(Words.lower(block.text()), "equal", "eoe", "affirmative")) {
        continue;
      }
      Matcher eeo = EQUAL_OPPORTUNITY.matcher(block.text());
      while (eeo.find()) {
        found.add(eeo.group("name") != null ? eeo.group("name") : eeo.group("name2"));
      }
    }
    for (Block block : blocks) {
      Matcher about = ABOUT.matcher(block.text());
      if (block.kind() == BlockKind.HEADING && about.matches()) {
        found.add(about.group("name"));
      }
    }
    for (Block block : blocks) {
      Matcher at = AT_WE.matcher(block.text());
      if (block.text().contains("At ") && at.find()) {
        found.add(at.group("name"));
      }
    }
    Matcher titleAt = TITLE_AT.matcher(title);
    if (titleAt.find()) {
      found.add(titleAt.group("name"));
    }
    String best = null;
    for (String candidate : found) {
      String name = clean(candidate);
      if (name.isEmpty() || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT)) || name.length() > 200) {
        continue;
      }
      if (best == null) {
        best = name;
      } else if (name.length() > best.length() && name.startsWith(best + " ")) {
        best = name;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String clean(String name) {
    return Words.WHITESPACE.matcher(TRAILING_PUNCTUATION.matcher(name.strip()).replaceFirst("")).replaceAll(" ");
  }
}
