package dev.hireloop.adapter.out.persistence.jdbi;

import java.util.Locale;

/** The few statements that differ between PostgreSQL and other databases (H2 in PostgreSQL mode). */
enum Dialect {
  /** {@code INSERT … ON CONFLICT}, atomic under concurrency. */
  POSTGRESQL,
  /** Standard SQL: {@code MERGE}, and plain inserts whose failed statement does not end the transaction. */
  STANDARD;

  static Dialect of(String databaseProductName) {
    return databaseProductName != null && databaseProductName.toLowerCase(Locale.ROOT).contains("postgres")
        ? POSTGRESQL : STANDARD;
  }
}
