package dev.hireloop.port.out.jobsource;

import dev.hireloop.domain.posting.PostingDocument;
import dev.hireloop.domain.shared.Check;

/** Sanitised HTML and the structured clean text read from it. */
public record CleanPosting(String safeHtml, PostingDocument document) {
  public CleanPosting {
    Check.notNull(safeHtml, "safeHtml");
    Check.notNull(document, "document");
  }
}
