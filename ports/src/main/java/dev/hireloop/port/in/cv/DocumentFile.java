package dev.hireloop.port.in.cv;

import dev.hireloop.domain.shared.Check;

/** A stored document's original bytes with the name and media type to serve them under. */
public record DocumentFile(String fileName, String mediaType, byte[] content) {
  public DocumentFile {
    Check.notNull(fileName, "fileName");
    Check.notNull(mediaType, "mediaType");
    content = Check.notNull(content, "content").clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public String toString() {
    return "DocumentFile[" + content.length + " bytes]";
  }
}
