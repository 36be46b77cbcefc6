package dev.hireloop.adapter.out.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/** Typed, null-aware reads from a result set, the same on H2 and PostgreSQL. */
final class Columns {
  private Columns() {}

  static UUID uuid(ResultSet resultSet, String column) throws SQLException {
    return resultSet.getObject(column, UUID.class);
  }

  static Instant instant(ResultSet resultSet, String column) throws SQLException {
    OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Integer integer(ResultSet resultSet, String column) throws SQLException {
    int value = resultSet.getInt(column);
    return resultSet.wasNull() ? null : value;
  }

  static String text(ResultSet resultSet, String column) throws SQLException {
    return resultSet.getString(column);
  }

  /** Search columns hold text lower-cased here, never by the database, so that every adapter agrees. */
  static String searchable(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  /** Not a backslash: Jdbi's SQL parser reads a backslash inside a string literal as an escape. */
  static final String LIKE_ESCAPE = " ESCAPE '!'";

  /** A pattern for {@code LIKE … ESCAPE '!'} that matches {@code text} anywhere, case-insensitively. */
  static String containsPattern(String text) {
    String escaped = searchable(text).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }
}
