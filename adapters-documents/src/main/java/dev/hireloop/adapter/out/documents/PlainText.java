package dev.hireloop.adapter.out.documents;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether bytes are a text document and decodes them. A byte-order mark is trusted (UTF-8, UTF-16 BE/LE);
 * without one the bytes must hold no NUL and are decoded as UTF-8 when they are valid UTF-8, otherwise as
 * windows-1252 (a superset of Latin-1 for printable text): text editors on Windows still save CVs that way, and a
 * Latin-1 file is never valid UTF-8 once it holds an accented letter. Either way, text with control characters
 * other than tab, line and page breaks is binary, and markup or RTF (SVG images, HTML pages, legacy word
 * processors) is not a text document.
 */
final class PlainText {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String[] NOT_TEXT_PREFIXES = {"<?xml", "<svg", "<!doctype", "<html", "{\\rtf"};

  private PlainText() {}

  static Optional<String> decode(byte[] bytes) {
    Optional<String> text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = strict(bytes, 3, StandardCharsets.UTF_8);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = strict(bytes, 2, StandardCharsets.UTF_16BE);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = strict(bytes, 2, StandardCharsets.UTF_16LE);
    } else if (containsNul(bytes)) {
      return Optional.empty();
    } else {
      text = strict(bytes, 0, StandardCharsets.UTF_8).or(() -> strict(bytes, 0, WINDOWS_1252));
    }
    return text.filter(PlainText::looksLikeText);
  }

  /** Markdown when the name or the declared media type says so; the bytes of both look the same. */
  static boolean isMarkdown(String fileName, Optional<String> declaredMediaType) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return true;
    }
    return declaredMediaType
        .map(type -> type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
        .filter(type -> type.equals("text/markdown") || type.equals("text/x-markdown"))
        .isPresent();
  }

  private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
    try {
      CharBuffer chars = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean looksLikeText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowedControl = c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
      if (Character.isISOControl(c) && !allowedControl) {
        return false;
      }
    }
    String start = text.stripLeading();
    String head = start.substring(0, Math.min(start.length(), 16)).toLowerCase(Locale.ROOT);
    for (String prefix : NOT_TEXT_PREFIXES) {
      if (head.startsWith(prefix)) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
