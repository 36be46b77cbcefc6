package dev.hireloop.adapter.out.documents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry names of a ZIP archive, read from its central directory without inflating anything, so that a DOCX
 * can be told from other ZIP-based formats (xlsx, odt, jar) before any library opens it.
 */
final class ZipDirectory {
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int ENTRY_SIGNATURE = 0x02014b50;
  private static final int END_RECORD_SIZE = 22;
  private static final int ENTRY_HEADER_SIZE = 46;
  private static final int MAX_COMMENT = 0xFFFF;

  private ZipDirectory() {}

  /** The names, or empty when there is no readable central directory (truncated or not a ZIP after all). */
  static Optional<List<String>> names(byte[] zip) {
    int end = findEndRecord(zip);
    if (end < 0) {
      return Optional.empty();
    }
    int count = u16(zip, end + 10);
    long offset = u32(zip, end + 16);
    List<String> names = new ArrayList<>(Math.min(count, 1024));
    long position = offset;
    for (int i = 0; i < count; i++) {
      if (position + ENTRY_HEADER_SIZE > zip.length || u32(zip, (int) position) != ENTRY_SIGNATURE) {
        return Optional.empty();
      }
      int p = (int) position;
      int nameLength = u16(zip, p + 28);
      int extraLength = u16(zip, p + 30);
      int commentLength = u16(zip, p + 32);
      if (p + ENTRY_HEADER_SIZE + nameLength > zip.length) {
        return Optional.empty();
      }
      names.add(new String(zip, p + ENTRY_HEADER_SIZE, nameLength, StandardCharsets.UTF_8));
      position += (long) ENTRY_HEADER_SIZE + nameLength + extraLength + commentLength;
    }
    return Optional.of(names);
  }

  private static int findEndRecord(byte[] zip) {
    int last = zip.length - END_RECORD_SIZE;
    int first = Math.max(0, last - MAX_COMMENT);
    for (int p = last; p >= first; p--) {
      if (u32(zip, p) == END_SIGNATURE) {
        return p;
      }
    }
    return -1;
  }

  private static int u16(byte[] b, int p) {
    return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int p) {
    return (b[p] & 0xFFL) | (b[p + 1] & 0xFFL) << 8 | (b[p + 2] & 0xFFL) << 16 | (b[p + 3] & 0xFFL) << 24;
  }
}
