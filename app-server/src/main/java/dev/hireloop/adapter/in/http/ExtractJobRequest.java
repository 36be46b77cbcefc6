package dev.hireloop.adapter.in.http;

/** {@code POST /api/jobs/extract}: a pasted description, as {@code text} (plain or Markdown) or {@code html}. */
record ExtractJobRequest(String text, String html) {}
