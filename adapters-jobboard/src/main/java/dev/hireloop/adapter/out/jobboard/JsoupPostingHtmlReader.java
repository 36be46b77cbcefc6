package dev.hireloop.adapter.out.jobboard;

import dev.hireloop.domain.posting.Block;
import dev.hireloop.domain.posting.PostingDocument;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.jobsource.CleanPosting;
import dev.hireloop.port.out.jobsource.PostingHtmlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Sanitises posting HTML with a jsoup {@link Safelist} (text formatting, headings, lists, tables and http(s)/mailto
 * links survive; scripts, styles, iframes, forms, images, event handlers and {@code javascript:} links do not) and
 * reads the sanitised markup into a {@link PostingDocument}.
 *
 * <p>Structure as boards really write it: h1–h6 are headings; a paragraph or line that is bold from end to end
 * ({@code <p><strong>Requirements</strong></p>}) is a heading too, as most boards' editors produce no h-tags; list
 * items keep their nesting depth; lines split by {@code <br>} that start with a bullet ("• Python") are list items;
 * other text is paragraphs. Thread-safe (no state between calls).
 */
final class JsoupPostingHtmlReader implements PostingHtmlReader {
  /** Larger input is refused rather than parsed: the fetcher's page limit is 2 MiB as well. */
  static final int MAX_INPUT_CHARS = 2 * 1024 * 1024;
  /** A bold line longer than this is emphasis, not a heading. */
  private static final int MAX_PSEUDO_HEADING = 120;
  private static final int PSEUDO_HEADING_LEVEL = 3;
  private static final int MAX_BLOCK_TEXT = 20_000;
  private static final Safelist SAFELIST = Safelist.relaxed()
      .removeTags("img")
      .addTags("hr", "center", "font", "section", "article", "header", "footer", "main")
      .removeProtocols("a", "href", "ftp")
      .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
  private static final Set<String> CONTAINERS = Set.of("p", "div", "section", "article", "header", "footer", "main",
      "blockquote", "pre", "center", "table", "thead", "tbody", "tfoot", "tr", "dl", "dt", "dd", "figure",
      "figcaption", "address", "hr", "caption", "colgroup");
  private static final Set<String> BOLD = Set.of("strong", "b");
  /** A bullet symbol, or a dash or "*" followed by a space ("-10%" and "*required" are not bullets). */
  private static final Pattern BULLET = Pattern.compile("^(?:([•·●▪■‣⁃◦▫□○◆◇►▶➢➤✓✔✗✘])\\s*|[*\\-–—]\\s+)(\\S.*)$",
      Pattern.DOTALL);
  private static final Set<String> SECOND_LEVEL_BULLETS = Set.of("◦", "▫", "□", "○", "◇");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029"
      + "\\u202F\\u205F\\u3000\\p{Cntrl}\\u0080-\\u009F]+");

  @Override
  public CleanPosting read(String html) {
    Check.notNull(html, "html");
    if (html.length() > MAX_INPUT_CHARS) {
      throw new InvalidValueException("posting.too-large",
          "the posting's HTML is larger than " + MAX_INPUT_CHARS / 1024 + " KiB");
    }
    Document dirty = Jsoup.parseBodyFragment(html);
    Document clean = new Cleaner(SAFELIST).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    List<Block> blocks = new BlockCollector().collect(clean.body());
    return new CleanPosting(clean.body().html(), new PostingDocument(blocks));
  }

  /** Plain text as users see it: invisible characters gone, all whitespace runs one space, trimmed. */
  static String normalise(String text) {
    String visible = INVISIBLE.matcher(text).replaceAll("");
    return SPACES.matcher(visible).replaceAll(" ").strip();
  }

  /** Walks the sanitised tree once, turning runs of inline content into lines and lines into blocks. */
  private static final class BlockCollector {
    private final List<Block> blocks = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private Line line = new Line();
    private int boldDepth;
    private int listDepth;

    List<Block> collect(Element body) {
      walk(body);
      flush();
      return blocks;
    }

    private void walk(Element element) {
      for (Node child : element.childNodes()) {
        if (full()) {
          return;
        }
        if (child instanceof TextNode text) {
          line.append(text.getWholeText(), boldDepth > 0);
        } else if (child instanceof Element el) {
          visit(el);
        }
      }
    }

    private void visit(Element el) {
      String tag = el.normalName();
      if (tag.equals("br")) {
        lines.add(line);
        line = new Line();
      } else if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
        flush();
        String text = normalise(el.text());
        if (text.length() > 200) {
          add(Block.paragraph(text));
        } else if (!text.isEmpty()) {
          add(Block.heading(Math.min(6, Math.max(1, tag.charAt(1) - '0')), stripColon(text)));
        }
      } else if (tag.equals("ul") || tag.equals("ol")) {
        flush();
        list(el);
      } else if (tag.equals("li")) {
        flush();
        item(el, Math.max(1, listDepth));
      } else if (tag.equals("td") || tag.equals("th")) {
        line.append(" ", false);                                       // a row's cells: one line
        walk(el);
        line.append(" ", false);
      } else if (CONTAINERS.contains(tag)) {
        flush();
        walk(el);
        flush();
      } else if (BOLD.contains(tag)) {
        boldDepth++;
        walk(el);
        boldDepth--;
      } else {
        walk(el);                                                      // a, em, span, code, …: inline
      }
    }

    private void list(Element list) {
      listDepth++;
      for (Element child : list.children()) {
        if (full()) {
          break;
        }
        String tag = child.normalName();
        if (tag.equals("ul") || tag.equals("ol")) {
          list(child);                                                 // a list directly inside a list
        } else {
          item(child, listDepth);
        }
      }
      listDepth--;
    }

    /** One list item: its own text (nested lists excluded) as an item, then its nested lists one level deeper. */
    private void item(Element li, int level) {
      StringBuilder text = new StringBuilder();
      List<Element> nested = new ArrayList<>();
      ownText(li, text, nested);
      String clean = stripBullet(normalise(text.toString()));
      if (!clean.isEmpty()) {
        add(Block.item(Math.min(6, level), truncate(clean)));
      }
      int saved = listDepth;
      listDepth = level;
      for (Element list : nested) {
        list(list);
      }
      listDepth = saved;
    }

    private static void ownText(Element element, StringBuilder text, List<Element> nested) {
      for (Node child : element.childNodes()) {
        if (child instanceof TextNode node) {
          text.append(node.getWholeText());
        } else if (child instanceof Element el) {
          String tag = el.normalName();
          if (tag.equals("ul") || tag.equals("ol")) {
            nested.add(el);
          } else {
            text.append(' ');
            ownText(el, text, nested);
            text.append(' ');
          }
        }
      }
    }

    /** Turns the pending inline lines into blocks. */
    private void flush() {
      lines.add(line);
      line = new Line();
      for (Line pending : lines) {
        String text = normalise(pending.text.toString());
        if (text.isEmpty()) {
          continue;
        }
        var bullet = BULLET.matcher(text);
        if (bullet.matches()) {
          int level = listDepth + (SECOND_LEVEL_BULLETS.contains(String.valueOf(bullet.group(1))) ? 2 : 1);
          add(Block.item(Math.min(6, level), truncate(bullet.group(2).strip())));
        } else if (pending.isAllBold() && text.length() <= MAX_PSEUDO_HEADING && !text.endsWith(".")) {
          String heading = stripColon(text);
          if (!heading.isEmpty()) {
            add(Block.heading(PSEUDO_HEADING_LEVEL, heading));
          }
        } else {
          add(Block.paragraph(truncate(text)));
        }
      }
      lines.clear();
    }

    private void add(Block block) {
      if (!full()) {
        blocks.add(block);
      }
    }

    private boolean full() {
      return blocks.size() >= PostingDocument.MAX_BLOCKS;
    }
  }

  /** Items pasted from word processors often keep their bullet as text: "<li>• Python</li>". */
  private static String stripBullet(String text) {
    var bullet = BULLET.matcher(text);
    return bullet.matches() ? bullet.group(2).strip() : text;
  }

  private static String stripColon(String text) {
    String stripped = text.strip();
    while (stripped.endsWith(":") || stripped.endsWith("：")) {
      stripped = stripped.substring(0, stripped.length() - 1).strip();
    }
    return truncate(stripped);
  }

  private static String truncate(String text) {
    return text.length() <= MAX_BLOCK_TEXT ? text : text.substring(0, MAX_BLOCK_TEXT);
  }

  /** One visual line of inline content, remembering whether all of its words were bold. */
  private static final class Line {
    private final StringBuilder text = new StringBuilder();
    private boolean boldWords;
    private boolean plainWords;

    void append(String chunk, boolean bold) {
      text.append(chunk);
      if (chunk.codePoints().anyMatch(Character::isLetterOrDigit)) {
        if (bold) {
          boldWords = true;
        } else {
          plainWords = true;
        }
      }
    }

    boolean isAllBold() {
      return boldWords && !plainWords;
    }
  }

}
