package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.domain.shared.ConflictException;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * The one {@link Jdbi} of a {@link JdbiPersistence} plus the rules every repository follows: reads and writes
 * translate failures, writes are atomic, and a write inside a caller's transaction runs in a savepoint, so that a
 * failed write (a conflict) is undone on its own and leaves the transaction usable on every database (PostgreSQL
 * would otherwise refuse every further statement of the transaction). Thread-safe.
 */
final class Database {
  private final Jdbi jdbi;
  private final String schema;
  private final AtomicLong savepoints = new AtomicLong();
  private volatile Dialect dialect;

  Database(Jdbi jdbi, String schema) {
    this.jdbi = jdbi;
    this.schema = schema;
  }

  /** Configures a Jdbi for Hireloop's SQL: the {@code <schema>} define and UTC instants. */
  static Jdbi configure(Jdbi jdbi, String schema) {
    // quoted, so that the name matches the schema Flyway created (quoted) also on H2 without DATABASE_TO_LOWER
    jdbi.define("schema", "\"" + schema + "\"");
    jdbi.registerArgument(new InstantArgumentFactory());
    jdbi.registerArgument(new UuidArgumentFactory());
    jdbi.registerColumnMapper(Instant.class, (resultSet, column, context) -> {
      OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    });
    return jdbi;
  }

  Jdbi jdbi() {
    return jdbi;
  }

  String schema() {
    return schema;
  }

  /** Runs reads on the thread's handle (the transaction's, inside one). */
  <T> T read(HandleCallback<T, RuntimeException> work) {
    try {
      return jdbi.withHandle(work);
    } catch (JdbiException e) {
      throw SqlErrors.translate(e);
    }
  }

  /**
   * Runs writes atomically: in their own transaction, or in a savepoint of the caller's. A unique violation is
   * reported through {@code onUniqueViolation} (given the lower-cased driver message).
   */
  <T> T write(HandleCallback<T, RuntimeException> work, Function<String, ConflictException> onUniqueViolation) {
    try {
      return jdbi.withHandle(handle -> handle.isInTransaction()
          ? inSavepoint(handle, work) : handle.inTransaction(work));
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, onUniqueViolation);
    }
  }

  <T> T write(HandleCallback<T, RuntimeException> work) {
    return write(work, message -> new ConflictException("database.duplicate", "a unique value is taken"));
  }

  Dialect dialect(Handle handle) {
    Dialect known = dialect;
    if (known == null) {
      try {
        known = Dialect.of(handle.getConnection().getMetaData().getDatabaseProductName());
      } catch (SQLException e) {
        throw new ConnectionException(e);
      }
      dialect = known;
    }
    return known;
  }

  private <T> T inSavepoint(Handle handle, HandleCallback<T, RuntimeException> work) {
    String name = "hireloop_" + savepoints.incrementAndGet();
    handle.savepoint(name);
    T result;
    try {
      result = work.withHandle(handle);
    } catch (RuntimeException e) {
      try {
        handle.rollbackToSavepoint(name);
      } catch (JdbiException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
      }
      throw e;
    }
    handle.releaseSavepoint(name);
    return result;
  }

  /**
   * Binds UUIDs as objects and a null UUID as an untyped null: Jdbi's own factory binds a null UUID as VARCHAR,
   * which PostgreSQL refuses for a {@code uuid} column.
   */
  private static final class UuidArgumentFactory extends AbstractArgumentFactory<UUID> {
    UuidArgumentFactory() {
      super(Types.OTHER);
    }

    @Override
    protected Argument build(UUID value, ConfigRegistry config) {
      return (position, statement, context) -> statement.setObject(position, value);
    }
  }

  /** Binds instants as UTC {@code OffsetDateTime}s: exact on H2 and PostgreSQL whatever the JVM's time zone. */
  private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
    InstantArgumentFactory() {
      super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      OffsetDateTime utc = OffsetDateTime.ofInstant(value, ZoneOffset.UTC);
      return (position, statement, context) -> statement.setObject(position, utc);
    }
  }
}
