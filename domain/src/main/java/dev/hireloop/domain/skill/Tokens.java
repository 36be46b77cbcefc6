package dev.hireloop.domain.skill;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into tokens for the skill scan: words (runs of letters, digits and combining marks) and single
 * symbols (".", "#", "+", "/", ","…), each with its span in the original text and a key folded to lower case
 * without accents. Hyphens and dashes separate like spaces, so "Objective-C" and "Objective C" give the same
 * tokens; the boundary checks look at the raw text when a hyphen matters ("C-level", "Go-to").
 */
final class Tokens {
  /** Nothing between this token and the previous one ("C" and "#" in "C#"). */
  static final byte ADJACENT = 0;
  /** Only spaces, tabs or hyphens on the same line. */
  static final byte SPACE = 1;
  /** A line break, or the start of the text. */
  static final byte LINE = 2;

  private static final String[] ASCII_SYMBOLS = new String[128];

  static {
    for (int c = 0; c < ASCII_SYMBOLS.length; c++) {
      ASCII_SYMBOLS[c] = String.valueOf((char) c);
    }
  }

  final String text;
  int count;
  int[] start;
  int[] end;
  String[] key;
  byte[] gap;
  int[] sentence;
  boolean[] word;

  private Tokens(String text, int capacity) {
    this.text = text;
    start = new int[capacity];
    end = new int[capacity];
    key = new String[capacity];
    gap = new byte[capacity];
    sentence = new int[capacity];
    word = new boolean[capacity];
  }

  static Tokens of(String text) {
    int n = text.length();
    Tokens tokens = new Tokens(text, Math.max(16, n / 4));
    byte gap = LINE;
    int sentence = 0;
    int lineBreaks = 0;
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        int s = i;
        boolean ascii = true;
        while (i < n) {
          int next = text.codePointAt(i);
          if (!isWordChar(next)) {
            break;
          }
          ascii &= next < 128;
          i += Character.charCount(next);
        }
        tokens.add(s, i, ascii ? lowerAscii(text, s, i) : fold(text.substring(s, i)), gap, sentence, true);
        gap = ADJACENT;
        lineBreaks = 0;
      } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isSoftSeparator(cp)) {
        if (cp == '\n') {
          gap = LINE;
          // A blank line ends a paragraph: context never reaches across it.
          if (++lineBreaks == 2) {
            sentence++;
          }
        } else if (gap == ADJACENT) {
          gap = SPACE;
        }
        i += Character.charCount(cp);
      } else {
        int s = i;
        i += Character.charCount(cp);
        tokens.add(s, i, symbolKey(cp, text, s, i), gap, sentence, false);
        gap = ADJACENT;
        lineBreaks = 0;
        if ((cp == '.' || cp == '!' || cp == '?' || cp == ';') && (i == n || Character.isWhitespace(text.charAt(i)))) {
          sentence++;
        }
      }
    }
    return tokens;
  }

  private void add(int s, int e, String k, byte g, int sentenceIndex, boolean isWord) {
    if (count == start.length) {
      int capacity = count * 2;
      start = Arrays.copyOf(start, capacity);
      end = Arrays.copyOf(end, capacity);
      key = Arrays.copyOf(key, capacity);
      gap = Arrays.copyOf(gap, capacity);
      sentence = Arrays.copyOf(sentence, capacity);
      word = Arrays.copyOf(word, capacity);
    }
    start[count] = s;
    end[count] = e;
    key[count] = k;
    gap[count] = g;
    sentence[count] = sentenceIndex;
    word[count] = isWord;
    count++;
  }

  /** True when token {@code i} is a word starting with an upper-case letter ("Smith", "Plan"). */
  boolean capitalised(int i) {
    return word[i] && Character.isUpperCase(text.codePointAt(start[i]));
  }

  int length(int i) {
    return end[i] - start[i];
  }

  static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean isSoftSeparator(int cp) {
    return cp == '-' || (cp >= '\u2010' && cp <= '\u2015') || cp == '\u2212';
  }

  /** Typographic apostrophes key like the ASCII one, so "driver’s license" matches "driver's license". */
  private static String symbolKey(int cp, String text, int s, int e) {
    if (cp < 128) {
      return ASCII_SYMBOLS[cp];
    }
    if (cp == '\u2019' || cp == '\u2018' || cp == '\u02BC') {
      return ASCII_SYMBOLS['\''];
    }
    return text.substring(s, e);
  }

  private static String lowerAscii(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] chars = new char[e - s];
        text.getChars(s, e, chars, 0);
        for (int j = i - s; j < chars.length; j++) {
          char d = chars[j];
          if (d >= 'A' && d <= 'Z') {
            chars[j] = (char) (d + ('a' - 'A'));
          }
        }
        return new String(chars);
      }
    }
    return text.substring(s, e);
  }

  /** Lower case without accents or compatibility forms: "Español" and "ESPANOL" fold alike, as do "Ｊａｖａ" and "java". */
  static String fold(String token) {
    String decomposed = Normalizer.normalize(token, Normalizer.Form.NFKD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK) {
        folded.append(c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }
}
