package dev.hireloop.port.out.documents;

import dev.hireloop.domain.shared.Check;

/**
 * The text of a document, in reading order with line breaks kept (one line per visual line; paragraphs separated
 * by an empty line), and the format it was recognised as.
 *
 * @param pages the number of pages (PDF), or 1 for formats without pages
 */
public record ExtractedDocument(DocumentType type, String text, int pages) {
  public ExtractedDocument {
    Check.notNull(type, "type");
    Check.notNull(text, "text");
    Check.range(pages, "pages", 1, 10_000);
  }

  @Override
  public String toString() {
    return "ExtractedDocument[" + type + ", " + text.length() + " chars, " + pages + " pages]";
  }
}
