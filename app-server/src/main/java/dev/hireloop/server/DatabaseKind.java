package dev.hireloop.server;

import java.util.Locale;

/** Where the server keeps its data ({@code HIRELOOP_DB}). */
enum DatabaseKind {
  /** An embedded H2 file database under the data directory: the zero-setup default. */
  H2,
  /** A shared PostgreSQL database: several server nodes can run against it. */
  POSTGRES,
  /** Nothing is stored: every restart starts empty. For demos and tests. */
  MEMORY;

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
