package dev.hireloop.port.out.documents;

/**
 * Reads the text out of an uploaded document. The format is recognised from the content (PDF and ZIP signatures,
 * valid UTF-8 text), with the file name and declared type only to tell Markdown from plain text; a document that
 * claims one format and is another is read as what it is.
 *
 * <p>Refusals are {@link dev.hireloop.domain.shared.RuleViolationException}s (422) saying why, with stable codes:
 * {@code document.too-large} (over {@link #maxBytes()}), {@code document.unsupported-type} (anything else, e.g.
 * images, legacy .doc, spreadsheets), {@code document.encrypted} (password-protected PDF or DOCX),
 * {@code document.corrupt} (unreadable, truncated, or a ZIP bomb), {@code document.image-only} (a scanned PDF with
 * no text layer), {@code document.empty} (no text at all). Never logs content or file names. Thread-safe.
 */
public interface DocumentTextExtractor {
  ExtractedDocument extract(DocumentUpload upload);

  /** The largest document accepted, in bytes (10 MiB unless configured otherwise). */
  long maxBytes();
}
