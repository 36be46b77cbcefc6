package dev.hireloop.adapter.out.documents;

import java.io.Writer;

/**
 * Collects extracted text and refuses the document ({@code document.too-large}) as soon as it holds more
 * characters than allowed, so that a document that inflates into gigabytes of text is stopped early instead of
 * exhausting memory. A {@link Writer} so that PDFBox can write straight into it.
 */
final class TextBudget extends Writer {
  private final int maxCharacters;
  private final StringBuilder text = new StringBuilder();

  TextBudget(int maxCharacters) {
    this.maxCharacters = maxCharacters;
  }

  TextBudget add(CharSequence part) {
    ensureRoom(part.length());
    text.append(part);
    return this;
  }

  TextBudget add(char c) {
    ensureRoom(1);
    text.append(c);
    return this;
  }

  /** Starts a new line unless the text is empty or already ends with one. */
  TextBudget endLine() {
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
      add('\n');
    }
    return this;
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  @Override
  public void write(char[] buffer, int offset, int length) {
    ensureRoom(length);
    text.append(buffer, offset, length);
  }

  @Override
  public void write(String part, int offset, int length) {
    ensureRoom(length);
    text.append(part, offset, offset + length);
  }

  @Override
  public void flush() {
    // nothing buffered outside the builder
  }

  @Override
  public void close() {
    // nothing to release
  }

  String text() {
    return text.toString();
  }

  @Override
  public String toString() {
    // never the content: this object may end up in a log line
    return "TextBudget[" + text.length() + " of " + maxCharacters + " chars]";
  }

  private void ensureRoom(int length) {
    if ((long) text.length() + length > maxCharacters) {
      throw Refusals.tooMuchText(maxCharacters);
    }
  }
}
