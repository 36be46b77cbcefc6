package dev.hireloop.domain.posting;

/** A range {@code [start, end)} of a text. */
record Span(int start, int end) {
  boolean contains(int index) {
    return index >= start && index < end;
  }

  boolean isEmpty() {
    return end <= start;
  }

  String of(String text) {
    return text.substring(start, end);
  }
}
