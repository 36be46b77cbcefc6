package dev.hireloop.port.out.documents;

import dev.hireloop.domain.shared.Check;
import java.util.Optional;

/**
 * An uploaded document as received: the file name and media type the sender claims (hints only: the content
 * decides) and the bytes.
 */
public record DocumentUpload(String fileName, Optional<String> declaredMediaType, byte[] content) {
  public DocumentUpload {
    fileName = Check.text(fileName, "fileName", 255);
    Check.notNull(declaredMediaType, "declaredMediaType");
    content = Check.notNull(content, "content").clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public int size() {
    return content.length;
  }

  @Override
  public String toString() {
    // the file name is often the candidate's name
    return "DocumentUpload[" + content.length + " bytes]";
  }
}
