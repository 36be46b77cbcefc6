package dev.hireloop.port.out.documents;

/** The document formats Hireloop reads, with the media type it stores and serves them under. */
public enum DocumentType {
  PDF("application/pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  PLAIN_TEXT("text/plain; charset=utf-8"),
  MARKDOWN("text/markdown; charset=utf-8");

  private final String mediaType;

  DocumentType(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }
}
