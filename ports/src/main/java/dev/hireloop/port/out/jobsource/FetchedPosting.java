package dev.hireloop.port.out.jobsource;

import dev.hireloop.domain.posting.PostingDocument;
import dev.hireloop.domain.posting.PostingHints;
import dev.hireloop.domain.shared.Check;
import java.net.URI;

/**
 * A posting as a source delivers it: the board's structured fields as hints, the description as sanitised HTML
 * (safe to display: no scripts, styles, event handlers or remote content) and as structured clean text.
 */
public record FetchedPosting(String source, URI sourceUrl, PostingHints hints, String descriptionHtml,
    PostingDocument document) {
  public FetchedPosting {
    source = Check.text(source, "source", 50);
    Check.notNull(sourceUrl, "sourceUrl");
    Check.notNull(hints, "hints");
    Check.notNull(descriptionHtml, "descriptionHtml");
    Check.notNull(document, "document");
  }
}
