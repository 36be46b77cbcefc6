package dev.hireloop.domain.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a block's text into sentences and clauses without breaking ".NET", "Node.js", "3.5", "e.g." or "Sr.": a
 * full stop ends a sentence only when whitespace (or the end) follows it and the word before it is no abbreviation.
 */
final class Clauses {
  private static final Set<String> ABBREVIATIONS = Set.of("e.g", "eg", "i.e", "ie", "etc", "vs", "sr", "jr", "co",
      "inc", "ltd", "st", "dr", "mr", "mrs", "ms", "no", "approx", "incl", "dept", "min", "max", "yrs", "yr", "hr",
      "hrs", "u.s", "a.m", "p.m", "ft", "sq", "ext", "est", "avg", "wk", "mo", "b.s", "m.s", "b.a", "m.a", "ph.d");

  private Clauses() {}

  /** Sentences: ended by ".", "!" or "?" before whitespace, by ";" or by a line break. */
  static List<Span> sentences(String text) {
    return split(text, false);
  }

  /** Clauses: sentences further cut at parentheses and at spaced dashes (" — ", " – ", " - "). */
  static List<Span> clauses(String text) {
    return split(text, true);
  }

  /** The last of the (sorted) spans that starts at or before {@code index}, or null; a binary search. */
  static Span at(List<Span> spans, int index) {
    int low = 0;
    int high = spans.size() - 1;
    Span found = null;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (spans.get(mid).start() <= index) {
        found = spans.get(mid);
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  private static List<Span> split(String text, boolean clauses) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int cut = -1;
      int resume = i + 1;
      if (c == ';' || c == '\n') {
        cut = i;
      } else if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length()
          || Character.isWhitespace(text.charAt(i + 1))) && !(c == '.' && abbreviationBefore(text, i))) {
        cut = i;
      } else if (clauses && (c == '(' || c == ')' || c == '[' || c == ']')) {
        cut = i;
      } else if (clauses && (c == '—' || c == '–' || c == '-') && i > 0 && i + 1 < text.length()
          && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
        cut = i;
      }
      if (cut >= 0) {
        add(out, start, cut);
        start = resume;
      }
    }
    add(out, start, text.length());
    return out;
  }

  private static void add(List<Span> out, int start, int end) {
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  private static boolean abbreviationBefore(String text, int dot) {
    int start = dot;
    while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(start)));
  }
}
