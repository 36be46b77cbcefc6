package dev.hireloop.adapter.out.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.hireloop.adapter.out.persistence.jdbi.HireloopSchema;
import dev.hireloop.adapter.out.persistence.jdbi.JdbiPersistence;
import dev.hireloop.testing.PostgresTestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A migrated, empty database for one test: a fresh in-memory H2 database, or a fresh schema on the PostgreSQL test
 * server (skipped or failed as {@link PostgresTestDatabase} decides). Closing it throws everything away.
 */
public final class TestDatabase implements AutoCloseable {
  /** The H2 settings the project uses everywhere (see the common brief). */
  public static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  /**
   * The server's lock timeout (H2's default is two seconds): many threads saving bookings of one recruiter queue on
   * that recruiter's ledger row, and a slow build machine must not turn their wait into {@code booking.busy}.
   */
  public static final String H2_LOCK_TIMEOUT = ";LOCK_TIMEOUT=10000";

  private static final AtomicLong H2_COUNTER = new AtomicLong();
  private static volatile HikariDataSource postgresPool;

  private final DataSource dataSource;
  private final String schema;
  private final Cleanup cleanup;

  /** What closing does: shut H2 down, or drop the PostgreSQL schema. */
  @FunctionalInterface
  private interface Cleanup {
    void run() throws SQLException;
  }

  private TestDatabase(DataSource dataSource, String schema, Cleanup cleanup) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.cleanup = cleanup;
  }

  /** A new in-memory H2 database, migrated in the default schema. */
  public static TestDatabase h2() {
    String url = "jdbc:h2:mem:hl_" + H2_COUNTER.incrementAndGet() + "_" + Math.abs(System.nanoTime()) + H2_MODE
        + H2_LOCK_TIMEOUT + ";DB_CLOSE_DELAY=-1";
    DataSource dataSource = h2DataSource(url);
    HireloopSchema.migrate(dataSource);
    return new TestDatabase(dataSource, HireloopSchema.DEFAULT_SCHEMA, () -> execute(dataSource, "SHUTDOWN"));
  }

  /** An H2 file database under {@code directory} (created and migrated if new); closing shuts it down. */
  public static TestDatabase h2File(Path directory) {
    DataSource dataSource = h2DataSource("jdbc:h2:file:" + directory.resolve("hireloop").toAbsolutePath() + H2_MODE
        + H2_LOCK_TIMEOUT);
    HireloopSchema.migrate(dataSource);
    return new TestDatabase(dataSource, HireloopSchema.DEFAULT_SCHEMA, () -> execute(dataSource, "SHUTDOWN"));
  }

  /** A new schema on the PostgreSQL test server (through a shared pool), migrated; dropped on close. */
  public static TestDatabase postgres() {
    PostgresTestDatabase.IsolatedSchema isolated = PostgresTestDatabase.freshSchema(postgresPool());
    HireloopSchema.migrate(isolated.dataSource(), isolated.name());
    return new TestDatabase(isolated.dataSource(), isolated.name(), isolated::close);
  }

  /** A pool over the PostgreSQL test server, shared by every test of the JVM and closed when it exits. */
  public static DataSource postgresPool() {
    HikariDataSource pool = postgresPool;
    if (pool == null) {
      synchronized (TestDatabase.class) {
        pool = postgresPool;
        if (pool == null) {
          PostgresTestDatabase.Settings settings = PostgresTestDatabase.settings();
          HikariConfig config = new HikariConfig();
          config.setJdbcUrl(settings.url());
          config.setUsername(settings.user());
          config.setPassword(settings.password());
          config.setMaximumPoolSize(12);
          config.setMinimumIdle(0);
          config.setPoolName("hireloop-test-postgres");
          pool = new HikariDataSource(config);
          Runtime.getRuntime().addShutdownHook(new Thread(pool::close, "hireloop-test-postgres-close"));
          postgresPool = pool;
        }
      }
    }
    return pool;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public String schema() {
    return schema;
  }

  /** A new {@link JdbiPersistence} over this database. */
  public JdbiPersistence persistence() {
    return JdbiPersistence.create(dataSource, schema);
  }

  @Override
  public void close() {
    try {
      cleanup.run();
    } catch (SQLException e) {
      throw new IllegalStateException("could not clean up the test database: " + e.getMessage(), e);
    }
  }

  private static DataSource h2DataSource(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    dataSource.setPassword("");
    return dataSource;
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
