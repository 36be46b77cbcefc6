package dev.hireloop.domain.posting;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a posting pasted as plain text or Markdown into a {@link PostingDocument}. Pasted postings rarely follow
 * Markdown, so besides {@code #} headings the reader takes short stand-alone lines, lines ending in ":" and ALL CAPS
 * lines as headings; accepts every common bullet glyph and numbering; nests list items by indentation (or by a
 * secondary glyph such as "◦" under "•"); joins hard-wrapped lines into one paragraph or item; and cleans CRLF,
 * tabs, non-breaking and zero-width characters. Each "Key: value" line stays a paragraph of its own.
 */
public final class PlainTextPostingReader {
  /** Longer pasted text is refused rather than cut silently. */
  public static final int MAX_LENGTH = 500_000;

  private static final int MAX_BLOCK_TEXT = 20_000;
  private static final int TAB_WIDTH = 4;
  private static final int MAX_HEADING_WORDS = 10;
  private static final int MAX_HEADING_CHARS = 90;

  private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-{2,})\\s*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~).*$");
  private static final Pattern QUOTE = Pattern.compile("^ {0,3}>\\s?");
  private static final Pattern BULLET = Pattern.compile(
      "^( *)([-*+•◦▪▫·‣⁃○●■□–—➢➤►✓✔→]|\\d{1,3}[.)]|\\(\\d{1,3}\\)|[a-z][.)]|[A-Z]\\)"
          + "|\\([a-zA-Z]\\)|(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])\\s+(\\S.*)$");
  private static final Pattern WHOLE_BOLD = Pattern.compile("^(\\*\\*|__)((?:(?!\\1).){1,300})\\1\\s*:?\\s*$");
  private static final Pattern KEY_VALUE = Pattern.compile(
      "^(?:\\*\\*|__)?\\p{Lu}[\\p{L}0-9 /&()'’.-]{0,40}:(?:\\*\\*|__)?\\s+\\S.*$");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])");
  private static final char PARKED = '\uE000';
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)\\s]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((?:https?://|mailto:|/|#)[^)\\s]*\\)");
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?://|mailto:)[^>\\s]+)>");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  // emphasis spans are bounded, so a line full of unmatched markers stays linear
  private static final Pattern EMPHASIS_STAR = Pattern.compile(
      "(?<![\\w*])\\*(?=[^\\s*])([^*]{1,500}?)(?<=[^\\s*])\\*(?![\\w*])");
  private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile(
      "(?<![\\w_])_(?=[^\\s_])([^_]{1,500}?)(?<=[^\\s_])_(?![\\w_])");
  private static final Pattern ROMAN = Pattern.compile("(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]");
  private static final Pattern LEADING_NON_WORD = Pattern.compile("^[^\\p{L}\\p{N}]+");
  private static final Pattern TRAILING_NON_WORD = Pattern.compile("\\W+$");
  private static final Pattern INLINE_BULLETS = Pattern.compile("\\s+•\\s+");
  private static final Pattern DANGLING_END = Pattern.compile(
      "(?:[,;&/+-]|\\b(?:and|or|of|with|to|the|a|an|in|for|on|at|by|from|as|including|such))$",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from",
      "in", "into", "nor", "of", "on", "or", "per", "the", "to", "via", "vs", "with", "is", "are", "be", "we", "you",
      "your", "our", "us", "it", "its");
  private static final Set<Character> SECONDARY_GLYPHS = Set.of('◦', '○', '▪', '▫', '‣', '⁃', '□');

  private PlainTextPostingReader() {}

  /** The document for {@code text}; an empty document for blank text. */
  public static PostingDocument read(String text) {
    Check.notNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      throw new InvalidValueException("posting.too-long", "posting text must be at most " + MAX_LENGTH
          + " characters");
    }
    List<String> lines = List.of(normalise(text).split("\n", -1));
    List<Block> blocks = new Reader(lines).read();
    if (blocks.size() > PostingDocument.MAX_BLOCKS) {
      throw new InvalidValueException("posting.too-long", "posting text must have at most "
          + PostingDocument.MAX_BLOCKS + " blocks");
    }
    return new PostingDocument(blocks);
  }

  /**
   * Line breaks to "\n"; odd spaces to " " (tabs kept for indentation); invisible, control and private-use
   * characters (icon-font glyphs) gone.
   */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.append('\n');
      } else if (c == '\t') {
        out.append('\t');
      } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000' || c == '\u1680'
          || (c >= '\u2000' && c <= '\u200A') || c == '\u000B' || c == '\f') {
        out.append(' ');
      } else if (isInvisible(c)) {
        continue;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
        || c == '\u180E' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || (c >= '\uE000' && c <= '\uF8FF') || Character.isISOControl(c);
  }

  /** Markdown emphasis, code spans, links and escapes reduced to their text. */
  static String inline(String text) {
    // escaped characters are parked in the private use area so that "\\*" never reads as emphasis
    if (!hasMarkup(text)) {
      return text.replace('\t', ' ').strip();
    }
    String s = ESCAPE.matcher(text).replaceAll(m -> String.valueOf((char) (PARKED + m.group(1).charAt(0))));
    s = IMAGE.matcher(s).replaceAll("$1");
    s = LINK.matcher(s).replaceAll("$1");
    s = AUTOLINK.matcher(s).replaceAll("$1");
    s = CODE.matcher(s).replaceAll("$1");
    s = strong(strong(s, "**"), "__");
    s = EMPHASIS_STAR.matcher(s).replaceAll("$1");
    s = EMPHASIS_UNDERSCORE.matcher(s).replaceAll("$1");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= PARKED && c < PARKED + 128 ? (char) (c - PARKED) : c);
    }
    return out.toString().replace('\t', ' ').strip();
  }

  /**
   * "**text**" (or "__text__") to "text": a marker pair around text that neither starts nor ends with a space.
   * A scan rather than a regex, so that a line of unmatched markers costs linear time.
   */
  private static String strong(String text, String marker) {
    int open = text.indexOf(marker);
    if (open < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    while (open >= 0) {
      int close = text.indexOf(marker, open + 2);
      if (close < 0) {
        break;
      }
      boolean pair = close > open + 2 && !Character.isWhitespace(text.charAt(open + 2))
          && !Character.isWhitespace(text.charAt(close - 1));
      if (pair) {
        out.append(text, copied, open).append(text, open + 2, close);
        copied = close + 2;
        open = text.indexOf(marker, copied);
      } else {
        open = close;
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** A thematic break: three or more of one of "-*_=", spaces allowed between (checked without a regex). */
  private static boolean isRule(String line) {
    String text = line.strip();
    if (text.length() < 3 || "-*_=".indexOf(text.charAt(0)) < 0) {
      return false;
    }
    char marker = text.charAt(0);
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == marker) {
        count++;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return count >= 3;
  }

  private static boolean hasMarkup(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("*_`[<\\!".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int indentOf(String line) {
    int width = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        width++;
      } else if (c == '\t') {
        width += TAB_WIDTH - width % TAB_WIDTH;
      } else {
        break;
      }
    }
    return width;
  }

  /** Leading tabs expanded, so the bullet pattern sees indentation as spaces. */
  private static String expandIndent(String line) {
    int indent = indentOf(line);
    return " ".repeat(indent) + line.stripLeading();
  }

  private static int words(String text) {
    int count = 0;
    for (String token : Words.WHITESPACE.split(text)) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        count++;
      }
    }
    return count;
  }

  private static boolean endsSentence(String text) {
    return !text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private static boolean startsLowercase(String text) {
    return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0))
        && !Words.WHITESPACE.split(text, 2)[0].codePoints().anyMatch(Character::isUpperCase);
  }

  private static boolean isAllCaps(String text) {
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2 && words(text) <= 12 && !text.endsWith(".");
  }

  private static boolean isShort(String text) {
    return words(text) > 0 && words(text) <= MAX_HEADING_WORDS && text.length() <= MAX_HEADING_CHARS;
  }

  /** A short line that could be a heading: no sentence punctuation at its end, not starting in lower case. */
  private static boolean isShortLabel(String text) {
    return isShort(text) && !startsLowercase(text) && ".,;!?".indexOf(text.charAt(text.length() - 1)) < 0;
  }

  private static boolean isTitleCase(String text) {
    for (String word : Words.WHITESPACE.split(text)) {
      String letters = LEADING_NON_WORD.matcher(word).replaceFirst("");
      if (letters.isEmpty()
          || SMALL_WORDS.contains(TRAILING_NON_WORD.matcher(letters.toLowerCase(Locale.ROOT)).replaceFirst(""))) {
        continue;
      }
      if (!Character.isUpperCase(letters.codePointAt(0)) && !Character.isDigit(letters.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** One open list level: its indentation and the kind of marker its items use ("digit", "letter", "•"…). */
  private static final class ListLevel {
    private final int indent;
    private String kind;

    ListLevel(int indent, String kind) {
      this.indent = indent;
      this.kind = kind;
    }
  }

  /** The line-by-line state machine; one instance per read. */
  private static final class Reader {
    private final List<String> lines;
    private final List<Block> blocks = new ArrayList<>();
    private final List<ListLevel> listStack = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private final StringBuilder item = new StringBuilder();
    private int itemLevel;
    private int itemContentIndent;
    private String lastLine = "";
    private boolean lastWasKeyValue;
    private boolean blankBefore = true;
    private boolean lastWasHeading;
    private boolean inFence;
    private boolean skipUnderline;

    Reader(List<String> lines) {
      this.lines = lines;
    }

    List<Block> read() {
      for (int i = 0; i < lines.size(); i++) {
        line(i);
      }
      flush();
      return blocks;
    }

    private void line(int index) {
      String raw = lines.get(index);
      if (skipUnderline) {
        skipUnderline = false;
        return;
      }
      if (FENCE.matcher(raw).matches()) {
        inFence = !inFence;
        return;
      }
      String line = QUOTE.matcher(expandIndent(raw)).replaceFirst("");
      if (line.isBlank()) {
        flushParagraph();
        if (item.length() > 0) {
          flushItem();
        }
        blankBefore = true;
        return;
      }
      if (inFence) {
        appendParagraph(line.strip(), false);
        return;
      }
      if (isRule(line)) {
        flush();
        blankBefore = true;
        return;
      }
      Matcher atx = ATX_HEADING.matcher(line);
      if (atx.matches()) {
        heading(atx.group(1).length(), atx.group(2));
        return;
      }
      Matcher bullet = BULLET.matcher(line);
      if (bullet.matches() && !isEmphasisLine(line)) {
        listItem(bullet.group(1).length(), bullet.group(2), bullet.group(3), line.length()
            - bullet.group(3).length());
        return;
      }
      text(index, line);
    }

    /** "**Bold**" starts with "*" but is not a bullet. */
    private boolean isEmphasisLine(String line) {
      String stripped = line.stripLeading();
      return stripped.startsWith("**") || stripped.startsWith("__");
    }

    private void heading(int level, String text) {
      flush();
      String clean = inline(text);
      if (clean.endsWith(":")) {
        clean = clean.substring(0, clean.length() - 1).strip();
      }
      if (!clean.isEmpty()) {
        add(Block.heading(level, clean));
      }
      listStack.clear();
      lastWasHeading = true;
      blankBefore = false;
      lastLine = clean;
    }

    private void listItem(int indent, String marker, String content, int contentIndent) {
      flushParagraph();
      if (item.length() > 0) {
        flushItem();
      }
      String kind = markerKind(marker);
      int level = nest(indent, kind);
      String text = inline(content);
      List<String> parts = INLINE_BULLETS.splitAsStream(text).filter(s -> !s.isBlank()).toList();
      for (int i = 0; i < parts.size() - 1; i++) {
        add(Block.item(level, parts.get(i)));
      }
      item.append(parts.isEmpty() ? text : parts.get(parts.size() - 1));
      itemLevel = level;
      itemContentIndent = contentIndent;
      lastLine = content.strip();
      lastWasHeading = false;
      lastWasKeyValue = false;
      blankBefore = false;
    }

    private static String markerKind(String marker) {
      char first = marker.charAt(0);
      if (Character.isDigit(first) || (first == '(' && Character.isDigit(marker.charAt(1)))) {
        return "digit";
      }
      if (ROMAN.matcher(marker).matches()) {
        return "roman";
      }
      if (Character.isLetter(first) || first == '(') {
        return "letter";
      }
      return String.valueOf(first);
    }

    private static boolean isSecondary(String kind, String parentKind) {
      if (kind.length() == 1 && SECONDARY_GLYPHS.contains(kind.charAt(0))) {
        return true;
      }
      return (kind.equals("letter") || kind.equals("roman")) && parentKind.equals("digit");
    }

    /** The level of a list item at {@code indent} with marker kind {@code kind}, updating the stack. */
    private int nest(int indent, String kind) {
      while (!listStack.isEmpty() && top().indent > indent) {
        listStack.remove(listStack.size() - 1);
      }
      if (listStack.isEmpty() || top().indent < indent) {
        listStack.add(new ListLevel(indent, kind));
        return level();
      }
      if (top().kind.equals(kind)) {
        return level();
      }
      // back to an outer list that shares this indentation ("1." after its "a)" items)
      for (int i = listStack.size() - 2; i >= 0 && listStack.get(i).indent == indent; i--) {
        if (listStack.get(i).kind.equals(kind)) {
          listStack.subList(i + 1, listStack.size()).clear();
          return level();
        }
      }
      if (isSecondary(kind, top().kind)) {
        listStack.add(new ListLevel(indent, kind));
      } else {
        top().kind = kind;
      }
      return level();
    }

    private ListLevel top() {
      return listStack.get(listStack.size() - 1);
    }

    private int level() {
      return Math.min(listStack.size(), 6);
    }

    private void text(int index, String line) {
      int indent = indentOf(line);
      String content = line.strip();
      String clean = inline(content);
      if (clean.isEmpty()) {
        return;
      }
      String next = nextNonBlank(index);
      boolean nextIsBullet = next != null && BULLET.matcher(expandIndent(next)).matches()
          && !isEmphasisLine(expandIndent(next));
      if (item.length() > 0) {
        if (continuesItem(indent, content, clean, next, nextIsBullet)) {
          appendItem(clean);
          blankBefore = false;
          return;
        }
        flushItem();
      }
      if (index + 1 < lines.size() && SETEXT_UNDERLINE.matcher(lines.get(index + 1)).matches() && isShort(clean)
          && (paragraph.length() == 0 || blankBefore)) {
        heading(lines.get(index + 1).strip().startsWith("=") ? 1 : 2, clean);
        skipUnderline = true;
        return;
      }
      if (isHeadingLine(content, clean, next, nextIsBullet)) {
        heading(headingLevel(content, clean), headingText(content, clean));
        return;
      }
      boolean keyValue = KEY_VALUE.matcher(content).matches();
      if (paragraph.length() > 0 && (keyValue || !joinsParagraph(clean))) {
        flushParagraph();
      }
      if (paragraph.length() == 0) {
        listStack.clear();
      }
      appendParagraph(clean, keyValue);
      blankBefore = false;
      lastWasHeading = false;
    }

    private String nextNonBlank(int index) {
      for (int i = index + 1; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          return lines.get(i);
        }
      }
      return null;
    }

    /** Whether a line directly after a paragraph line belongs to that paragraph (a hard-wrapped line). */
    private boolean joinsParagraph(String clean) {
      if (blankBefore) {
        return false;
      }
      if (startsLowercase(clean) || DANGLING_END.matcher(lastLine).find()) {
        return true;
      }
      if (lastWasKeyValue) {
        return false;
      }
      return !endsSentence(lastLine) && !lastLine.endsWith(":");
    }

    /** Whether a text line belongs to the open list item: indented under it, or a wrapped line right after it. */
    private boolean continuesItem(int indent, String content, String clean, String next, boolean nextIsBullet) {
      if (indent > 0 && (indent >= itemContentIndent || !blankBefore)) {
        return true;
      }
      if (blankBefore || KEY_VALUE.matcher(content).matches()
          || isHeadingAfterItem(content, clean, next, nextIsBullet)) {
        return false;
      }
      return startsLowercase(clean) || DANGLING_END.matcher(lastLine).find() || !endsSentence(lastLine);
    }

    private boolean isHeadingAfterItem(String content, String clean, String next, boolean nextIsBullet) {
      if (DANGLING_END.matcher(lastLine).find() || startsLowercase(clean)) {
        return false;
      }
      if (isWholeBold(content) || (clean.endsWith(":") && isShort(clean)) || isAllCaps(clean)) {
        return true;
      }
      return isShortLabel(clean) && nextIsBullet;
    }

    private boolean isHeadingLine(String content, String clean, String next, boolean nextIsBullet) {
      if (isWholeBold(content) && words(clean) <= 15) {
        return true;
      }
      if (KEY_VALUE.matcher(content).matches()) {
        return false;
      }
      boolean blockStart = paragraph.length() == 0 || blankBefore;
      boolean afterSentence = blockStart || endsSentence(lastLine) || lastWasKeyValue;
      if (!afterSentence && !lastWasHeading) {
        return false;
      }
      if (clean.endsWith(":") && isShort(clean) && !startsLowercase(clean)) {
        return true;
      }
      if (isAllCaps(clean)) {
        return true;
      }
      if (!isShortLabel(clean)) {
        return false;
      }
      boolean nextContinues = next != null && startsLowercase(next.strip()) && !nextIsBullet;
      if (nextContinues) {
        return false;
      }
      return blockStart || lastWasHeading || nextIsBullet || isTitleCase(clean);
    }

    private static boolean isWholeBold(String content) {
      return WHOLE_BOLD.matcher(content).matches();
    }

    private static int headingLevel(String content, String clean) {
      if (isWholeBold(content) || clean.endsWith(":")) {
        return 3;
      }
      return isAllCaps(clean) ? 2 : 3;
    }

    private static String headingText(String content, String clean) {
      Matcher bold = WHOLE_BOLD.matcher(content);
      return bold.matches() ? bold.group(2) : clean;
    }

    private void appendParagraph(String clean, boolean keyValue) {
      if (paragraph.length() > 0) {
        joinInto(paragraph, clean);
      } else {
        paragraph.append(clean);
      }
      lastLine = clean;
      lastWasKeyValue = keyValue;
    }

    private void appendItem(String clean) {
      joinInto(item, clean);
      lastLine = clean;
    }

    /** Joins a wrapped line; a word hyphenated across the break ("event-\ndriven") is rejoined without a space. */
    private static void joinInto(StringBuilder target, String clean) {
      int last = target.length() - 1;
      boolean hyphenated = last > 0 && target.charAt(last) == '-' && Character.isLetter(target.charAt(last - 1))
          && startsLowercase(clean);
      if (!hyphenated) {
        target.append(' ');
      }
      target.append(clean);
    }

    private void flush() {
      flushParagraph();
      if (item.length() > 0) {
        flushItem();
      }
    }

    private void flushParagraph() {
      if (paragraph.length() == 0) {
        return;
      }
      String text = paragraph.toString();
      paragraph.setLength(0);
      lastWasKeyValue = false;
      for (String chunk : chunks(text)) {
        add(Block.paragraph(chunk));
      }
    }

    private void flushItem() {
      String text = item.toString();
      item.setLength(0);
      List<String> parts = chunks(text);
      for (String chunk : parts) {
        add(Block.item(itemLevel, chunk));
      }
    }

    private void add(Block block) {
      blocks.add(block);
      lastWasHeading = block.kind() == BlockKind.HEADING;
    }

    /** Blocks hold at most 20,000 characters: longer text is split at a space. */
    private static List<String> chunks(String text) {
      List<String> out = new ArrayList<>();
      String rest = text.strip();
      while (rest.length() > MAX_BLOCK_TEXT) {
        int cut = rest.lastIndexOf(' ', MAX_BLOCK_TEXT);
        if (cut <= 0) {
          cut = MAX_BLOCK_TEXT;
        }
        out.add(rest.substring(0, cut).strip());
        rest = rest.substring(cut).strip();
      }
      if (!rest.isEmpty()) {
        out.add(rest);
      }
      return out;
    }
  }
}
