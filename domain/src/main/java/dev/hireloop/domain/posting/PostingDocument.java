package dev.hireloop.domain.posting;

import dev.hireloop.domain.shared.Check;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A job posting's description as structured clean text: the blocks in reading order. Built by the HTML reader
 * adapter (from a board's HTML) or by {@code PlainTextPostingReader} (from pasted text). The analysis works on this
 * structure, so headings ("Requirements", "Nice to have") can decide whether a skill is required or preferred.
 */
public record PostingDocument(List<Block> blocks) {
  public static final int MAX_BLOCKS = 5_000;

  public PostingDocument {
    blocks = Check.list(blocks, "blocks", MAX_BLOCKS);
  }

  /** The clean text with its structure kept: headings on their own line, list items as "- " lines. */
  public String toPlainText() {
    return blocks.stream().map(block -> switch (block.kind()) {
      case HEADING -> "\n" + block.text();
      case PARAGRAPH -> block.text();
      case LIST_ITEM -> "  ".repeat(Math.max(0, block.level() - 1)) + "- " + block.text();
    }).collect(Collectors.joining("\n")).strip();
  }
}
