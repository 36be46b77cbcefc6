package dev.hireloop.domain.posting;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the parsers; patterns compiled once, since analysis runs per request. */
final class Words {
  static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Words() {}

  /** The number of whitespace-separated tokens. */
  static int count(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /** Whether the lower-cased {@code text} contains any of the (lower-case) {@code needles}. */
  static boolean containsAny(String lowerText, String... needles) {
    for (String needle : needles) {
      if (lowerText.contains(needle)) {
        return true;
      }
    }
    return false;
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
