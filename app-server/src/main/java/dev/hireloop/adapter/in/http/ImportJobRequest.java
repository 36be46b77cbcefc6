package dev.hireloop.adapter.in.http;

/** {@code POST /api/jobs/import}: the URL of a posting (Greenhouse, Lever, Ashby, or a career page). */
record ImportJobRequest(String url) {}
