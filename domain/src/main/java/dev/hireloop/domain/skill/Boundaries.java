package dev.hireloop.domain.skill;

/**
 * The checks around a spelling found in the token stream: it must not be glued into a longer word ("example.net",
 * "R&D", "foo.js"), an ambiguous spelling must not be part of a hyphenated phrase ("C-level", "Go-to") or read as
 * a verb ("Excel at"), and a single letter must look like a language ("C/C++", "R or Python"), not like a label
 * ("Plan C", "grade C", "John C. Smith").
 */
final class Boundaries {
  private Boundaries() {}

  static boolean accept(SkillTaxonomy.Term term, Tokens tokens, int from, int to) {
    String text = tokens.text;
    int s = tokens.start[from];
    int e = tokens.end[to - 1];
    char before = charAt(text, s - 1);
    char before2 = charAt(text, s - 2);
    char after = charAt(text, e);
    char after2 = charAt(text, e + 1);
    // Only a spelling that starts or ends with a symbol can touch a word (".NET" in "ASP.NET", "C++" in "C++x").
    if (!term.startsWithWord && isWord(before)) {
      return false;
    }
    if (!term.endsWithWord && Character.isLetter(after)) {
      return false;
    }
    if ((isGlue(before) && isWord(before2)) || (isGlue(after) && isWord(after2))) {
      return false;
    }
    if (term.endsWithWord && (after == '#' || after == '+')) {
      return false;
    }
    if (term.needsContext || term.singleLetter) {
      if ((Tokens.isSoftSeparator(after) && isWord(after2)) || (Tokens.isSoftSeparator(before) && isWord(before2))
          || (before == '(' && isWord(before2))) {
        return false;
      }
    }
    if (term.notBeforeProse && to < tokens.count && tokens.word[to] && tokens.gap[to] == Tokens.SPACE
        && SkillContext.isProseFollower(tokens.key[to])) {
      return false;
    }
    return !term.singleLetter || looksLikeALanguage(tokens, from, after, after2);
  }

  private static boolean looksLikeALanguage(Tokens tokens, int i, char after, char after2) {
    int n = tokens.count;
    boolean lineStart = i == 0 || tokens.gap[i] == Tokens.LINE;
    // An outline label: "C) Benefits", "C. Requirements".
    if (lineStart && (after == ')' || (after == '.' && after2 == ' '))) {
      return false;
    }
    // An initial: "John C. Smith".
    if (after == '.' && i > 0 && tokens.gap[i] == Tokens.SPACE && tokens.capitalised(i - 1)
        && Character.isWhitespace(after2) && i + 2 < n && tokens.capitalised(i + 2)) {
      return false;
    }
    // A label: "Plan C", "grade C", "C level", "C suite".
    if (i > 0 && tokens.word[i - 1] && tokens.gap[i] == Tokens.SPACE
        && SkillContext.isLetterPreceder(tokens.key[i - 1])) {
      return false;
    }
    if (i + 1 < n && tokens.word[i + 1] && tokens.gap[i + 1] == Tokens.SPACE
        && SkillContext.isLetterFollower(tokens.key[i + 1])) {
      return false;
    }
    // One of several letters: "A, B or C", "R & D".
    return !nextToOtherLetters(tokens, i, -1) && !nextToOtherLetters(tokens, i, 1);
  }

  private static boolean nextToOtherLetters(Tokens tokens, int i, int step) {
    for (int k = i + step, seen = 0; k >= 0 && k < tokens.count && seen < 3; k += step, seen++) {
      String key = tokens.key[k];
      if (!tokens.word[k]) {
        if (key.equals("&")) {
          return true;
        }
        continue;
      }
      if (key.equals("or") || key.equals("and")) {
        continue;
      }
      return tokens.length(k) == 1 && Character.isLetter(key.charAt(0)) && !key.equals("c") && !key.equals("r");
    }
    return false;
  }

  private static char charAt(String text, int index) {
    return index >= 0 && index < text.length() ? text.charAt(index) : ' ';
  }

  private static boolean isWord(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isGlue(char c) {
    return c == '.' || c == '_' || c == '@' || c == '&' || c == '#' || c == '+';
  }
}
