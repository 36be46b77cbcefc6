package dev.hireloop.adapter.out.documents;

import java.text.Normalizer;

/**
 * Light clean-up shared by every format, so that the parser sees the same text whatever the file was: line breaks
 * become {@code \n}, no-break and other Unicode spaces become plain spaces, the typographic ligatures PDF fonts use
 * (ﬁ, ﬂ, …) are spelled out, soft hyphens and zero-width characters go, trailing spaces are cut and runs of
 * empty lines shrink to one. Lines are never joined: the line structure is what the CV parser reads.
 */
final class TextNormalizer {
  private TextNormalizer() {}

  static String normalize(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\r' -> {
          out.append('\n');
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> out.append('\n');
        case '\u00A0', '\u2007', '\u202F', '\u3000' -> out.append(' ');
        case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> { }
        case '\uFB00' -> out.append("ff");
        case '\uFB01' -> out.append("fi");
        case '\uFB02' -> out.append("fl");
        case '\uFB03' -> out.append("ffi");
        case '\uFB04' -> out.append("ffl");
        case '\uFB05', '\uFB06' -> out.append("st");
        default -> {
          if (c >= '\u2000' && c <= '\u200A') {
            out.append(' ');
          } else if (c == '\t' || c == '\n' || !Character.isISOControl(c)) {
            out.append(c);
          }
        }
      }
    }
    return tidyLines(out);
  }

  /** Cuts trailing blanks of each line, keeps at most one empty line in a row, and none at either end. */
  private static String tidyLines(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    int emptyLines = 0;
    boolean started = false;
    int start = 0;
    while (start <= text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n') {
        end++;
      }
      int trimmedEnd = end;
      while (trimmedEnd > start && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
        trimmedEnd--;
      }
      if (trimmedEnd == start) {
        emptyLines++;
      } else {
        if (started) {
          out.append(emptyLines > 0 ? "\n\n" : "\n");
        }
        out.append(text, start, trimmedEnd);
        started = true;
        emptyLines = 0;
      }
      start = end + 1;
    }
    return out.toString();
  }
}
