package dev.hireloop.testing;

import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.out.documents.DocumentTextExtractor;
import dev.hireloop.port.out.documents.DocumentType;
import dev.hireloop.port.out.documents.DocumentUpload;
import dev.hireloop.port.out.documents.ExtractedDocument;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A document reader for use-case tests that reads UTF-8 text only, refusing anything else as the real one refuses
 * an unknown format ({@code document.unsupported-type}) and blank text ({@code document.empty}); it counts its
 * calls so a test can show that a refused upload was never read. PDF and DOCX are tested against the real reader
 * in the server's tests.
 */
public final class TextOnlyDocuments implements DocumentTextExtractor {
  private final long maxBytes;
  private final AtomicInteger calls = new AtomicInteger();

  public TextOnlyDocuments(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public ExtractedDocument extract(DocumentUpload upload) {
    calls.incrementAndGet();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(upload.content())).toString();
    } catch (CharacterCodingException e) {
      throw new RuleViolationException("document.unsupported-type", "the document is not text");
    }
    if (text.isBlank()) {
      throw new RuleViolationException("document.empty", "the document has no text");
    }
    return new ExtractedDocument(DocumentType.PLAIN_TEXT, text, 1);
  }

  @Override
  public long maxBytes() {
    return maxBytes;
  }

  public int calls() {
    return calls.get();
  }
}
