package dev.hireloop.application;

import dev.hireloop.domain.posting.Block;
import dev.hireloop.domain.posting.BlockKind;
import dev.hireloop.domain.posting.PostingDocument;

/**
 * Renders a posting's structured clean text as minimal HTML ({@code h1}–{@code h6}, {@code p}, nested {@code ul}),
 * every text escaped: the description HTML of a posting pasted as text, so that a draft always has both forms.
 */
final class PostingHtml {
  private PostingHtml() {}

  static String render(PostingDocument document) {
    StringBuilder html = new StringBuilder();
    int openLists = 0;
    boolean itemOpen = false;
    for (Block block : document.blocks()) {
      if (block.kind() == BlockKind.LIST_ITEM) {
        int depth = Math.max(1, block.level());
        if (depth > openLists) {
          while (openLists < depth) {
            // a list that skips a level still nests inside an item
            if (openLists > 0 && !itemOpen) {
              html.append("<li>");
            }
            html.append("<ul>");
            openLists++;
            itemOpen = false;
          }
        } else {
          html.append("</li>");
          while (openLists > depth) {
            html.append("</ul></li>");
            openLists--;
          }
        }
        html.append("<li>").append(escape(block.text()));
        itemOpen = true;
        continue;
      }
      if (openLists > 0) {
        if (itemOpen) {
          html.append("</li>");
        }
        while (openLists > 0) {
          html.append("</ul>");
          openLists--;
          if (openLists > 0) {
            html.append("</li>");
          }
        }
        itemOpen = false;
      }
      if (block.kind() == BlockKind.HEADING) {
        int level = Math.min(6, Math.max(1, block.level()));
        html.append("<h").append(level).append('>').append(escape(block.text())).append("</h").append(level)
            .append('>');
      } else {
        html.append("<p>").append(escape(block.text())).append("</p>");
      }
    }
    if (openLists > 0) {
      html.append("</li>");
      while (openLists > 0) {
        html.append("</ul>");
        openLists--;
        if (openLists > 0) {
          html.append("</li>");
        }
      }
    }
    return html.toString();
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
