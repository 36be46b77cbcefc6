package dev.hireloop.adapter.out.documents;

import dev.hireloop.domain.shared.RuleViolationException;

/**
 * The refusals of the {@code DocumentTextExtractor} port, one per code. Messages speak to the person who uploaded
 * the file and never quote the document; library exceptions are not attached as causes because their messages
 * may contain bytes of it.
 */
final class Refusals {
  static final String TOO_LARGE = "document.too-large";
  static final String UNSUPPORTED_TYPE = "document.unsupported-type";
  static final String ENCRYPTED = "document.encrypted";
  static final String CORRUPT = "document.corrupt";
  static final String IMAGE_ONLY = "document.image-only";
  static final String EMPTY = "document.empty";

  private Refusals() {}

  static RuleViolationException tooLarge(long maxBytes) {
    return new RuleViolationException(TOO_LARGE,
        "The document is larger than " + maxBytes + " bytes; upload a smaller file.");
  }

  static RuleViolationException tooManyPages(int maxPages) {
    return new RuleViolationException(TOO_LARGE,
        "The document has more than " + maxPages + " pages; upload a shorter one.");
  }

  static RuleViolationException tooMuchText(int maxCharacters) {
    return new RuleViolationException(TOO_LARGE,
        "The document holds more than " + maxCharacters + " characters of text; upload a shorter one.");
  }

  static RuleViolationException unsupportedType() {
    return new RuleViolationException(UNSUPPORTED_TYPE,
        "Only PDF, Word (.docx), plain text and Markdown documents can be read.");
  }

  static RuleViolationException encrypted() {
    return new RuleViolationException(ENCRYPTED,
        "The document is password-protected; upload a copy without a password.");
  }

  static RuleViolationException corrupt() {
    return new RuleViolationException(CORRUPT, "The document is damaged or incomplete and cannot be read.");
  }

  static RuleViolationException imageOnly() {
    return new RuleViolationException(IMAGE_ONLY,
        "The document holds only images (a scan?) and no text; upload a PDF with selectable text.");
  }

  static RuleViolationException empty() {
    return new RuleViolationException(EMPTY, "The document contains no text.");
  }
}
