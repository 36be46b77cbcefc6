package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.HireloopException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.function.Function;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;

/** Turns Jdbi's and the driver's exceptions into Hireloop's, so that none of them crosses a port. */
final class SqlErrors {
  static final String UNIQUE_VIOLATION = "23505";

  private SqlErrors() {}

  /**
   * Translates a failure. {@code onUniqueViolation} receives the lower-cased driver message (which names the
   * violated constraint on both H2 and PostgreSQL) and returns the conflict to report.
   */
  static HireloopException translate(JdbiException failure, Function<String, ConflictException> onUniqueViolation) {
    SQLException sql = sqlException(failure);
    String state = sql == null ? null : sql.getSQLState();
    if (UNIQUE_VIOLATION.equals(state)) {
      // the cause is left out on purpose: the driver's message quotes the duplicate key, e.g. an e-mail address
      return onUniqueViolation.apply(String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT));
    }
    if (failure instanceof ConnectionException || sql instanceof SQLTransientConnectionException
        || sql instanceof SQLNonTransientConnectionException || (state != null && state.startsWith("08"))) {
      return new ExternalServiceException("database.unavailable", "the database is unavailable", failure);
    }
    if (state != null && (state.startsWith("40") || state.equals("55P03") || state.equals("HYT00"))) {
      // serialisation failure, deadlock or lock timeout: another transaction got there first
      return new ConflictException("database.conflict", "a concurrent change got in the way; try again", failure);
    }
    return new ExternalServiceException("database.error",
        "the database failed" + (state == null ? "" : " (SQLState " + state + ")"), failure);
  }

  /** The SQLState of the driver's exception behind {@code failure}, or null when there is none. */
  static String sqlState(JdbiException failure) {
    SQLException sql = sqlException(failure);
    return sql == null ? null : sql.getSQLState();
  }

  static HireloopException translate(JdbiException failure) {
    return translate(failure, message -> new ConflictException("database.duplicate", "a unique value is taken"));
  }

  private static SQLException sqlException(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return sql;
      }
      if (cause.getCause() == cause) {
        return null;
      }
    }
    return null;
  }
}
