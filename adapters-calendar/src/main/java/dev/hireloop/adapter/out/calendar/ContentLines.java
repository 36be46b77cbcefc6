package dev.hireloop.adapter.out.calendar;

/**
 * RFC 5545 3.1 line folding: content lines longer than 75 octets are split, each continuation starting with a
 * space; a split never falls inside a UTF-8 sequence (nor between a surrogate pair's halves). Lines end in CRLF.
 */
final class ContentLines {
  static final int MAX_OCTETS = 75;
  private static final String CRLF = "\r\n";

  private ContentLines() {}

  /** Folds every line of {@code unfolded} (lines separated by CRLF, LF or CR) and ends each with CRLF. */
  static String fold(String unfolded) {
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3 + 2);
    for (String line : unfolded.split("\r\n|\n|\r")) {
      if (!line.isEmpty()) {
        foldLine(line, out);
      }
    }
    return out.toString();
  }

  private static void foldLine(String line, StringBuilder out) {
    int octets = 0;
    int i = 0;
    while (i < line.length()) {
      int codePoint = line.codePointAt(i);
      int size = utf8Length(codePoint);
      if (octets + size > MAX_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append(CRLF);
  }

  static int utf8Length(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
}
