package dev.hireloop.adapter.out.documents;

import dev.hireloop.domain.shared.InvalidValueException;

/**
 * How much of a document {@link StandardDocumentTextExtractor} is willing to read. A document over any limit is
 * refused as {@code document.too-large}; nothing is truncated silently.
 *
 * @param maxBytes the largest upload, in bytes (10 MiB by default, at most 1 GiB)
 * @param maxPages the most PDF pages (100 by default; a CV has one to five)
 * @param maxCharacters the most characters of extracted text (1,000,000 by default, about 400 pages of prose)
 */
public record DocumentLimits(long maxBytes, int maxPages, int maxCharacters) {
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final int DEFAULT_MAX_PAGES = 100;
  public static final int DEFAULT_MAX_CHARACTERS = 1_000_000;

  public DocumentLimits {
    if (maxBytes < 1 || maxBytes > 1L << 30) {
      throw new InvalidValueException("value.out-of-range", "maxBytes must be between 1 and 1073741824");
    }
    if (maxPages < 1 || maxPages > 10_000) {
      throw new InvalidValueException("value.out-of-range", "maxPages must be between 1 and 10000");
    }
    if (maxCharacters < 1 || maxCharacters > 100_000_000) {
      throw new InvalidValueException("value.out-of-range", "maxCharacters must be between 1 and 100000000");
    }
  }

  public static DocumentLimits defaults() {
    return new DocumentLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_MAX_CHARACTERS);
  }

  public DocumentLimits withMaxBytes(long bytes) {
    return new DocumentLimits(bytes, maxPages, maxCharacters);
  }

  public DocumentLimits withMaxPages(int pages) {
    return new DocumentLimits(maxBytes, pages, maxCharacters);
  }

  public DocumentLimits withMaxCharacters(int characters) {
    return new DocumentLimits(maxBytes, maxPages, characters);
  }
}
