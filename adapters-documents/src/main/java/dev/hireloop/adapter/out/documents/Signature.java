package dev.hireloop.adapter.out.documents;

/** What the first bytes of a document say it is; the declared type and file name are not consulted. */
enum Signature {
  PDF,
  ZIP,
  OLE2,
  OTHER;

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
      0x1A, (byte) 0xE1};
  // readers (PDFBox among them) accept a PDF header preceded by junk within the first kilobyte
  private static final int PDF_HEADER_WINDOW = 1024;

  static Signature of(byte[] bytes) {
    if (startsWith(bytes, ZIP_MAGIC, 0)) {
      return ZIP;
    }
    if (startsWith(bytes, OLE2_MAGIC, 0)) {
      return OLE2;
    }
    int window = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
    for (int offset = 0; offset <= window; offset++) {
      if (startsWith(bytes, PDF_MAGIC, offset)) {
        return PDF;
      }
    }
    return OTHER;
  }

  private static boolean startsWith(byte[] bytes, byte[] magic, int offset) {
    if (bytes.length < offset + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[offset + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
