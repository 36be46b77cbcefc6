package dev.hireloop.domain.posting;

import dev.hireloop.domain.shared.Check;
import java.util.regex.Pattern;

/**
 * One block of clean posting text: a heading (level 1..6), a paragraph, or a list item (level = nesting depth,
 * 1 for top-level items). Text is plain (no markup), whitespace-normalised, never blank.
 */
public record Block(BlockKind kind, int level, String text) {
  private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\x0B\\f\\r\\n]+");

  public Block {
    Check.notNull(kind, "kind");
    Check.range(level, "level", 0, 6);
    text = WHITESPACE.matcher(Check.text(text, "text", 20_000)).replaceAll(" ");
  }

  public static Block heading(int level, String text) {
    return new Block(BlockKind.HEADING, level, text);
  }

  public static Block paragraph(String text) {
    return new Block(BlockKind.PARAGRAPH, 0, text);
  }

  public static Block item(int level, String text) {
    return new Block(BlockKind.LIST_ITEM, level, text);
  }
}
