package dev.hireloop.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.hireloop.adapter.out.persistence.jdbi.HireloopSchema;
import dev.hireloop.adapter.out.persistence.jdbi.JdbiPersistence;
import dev.hireloop.adapter.out.persistence.memory.InMemoryPersistence;
import dev.hireloop.port.out.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The storage a benchmark runs on. Each {@link #open} gives an empty, migrated store; {@link Opened#close}
 * removes what it created (the H2 file, the PostgreSQL schema).
 */
enum Backend {
  MEMORY("memory") {
    @Override
    Opened open(int poolSize) {
      return new Opened(InMemoryPersistence.create(), () -> { });
    }
  },
  H2_MEMORY("h2-mem") {
    @Override
    Opened open(int poolSize) {
      String name = "bench_" + ProcessHandle.current().pid();
      return jdbc(pool("jdbc:h2:mem:" + name + ";" + H2_MODE + ";DB_CLOSE_DELAY=-1", "sa", "",
          poolSize), HireloopSchema.DEFAULT_SCHEMA, ds -> { });
    }
  },
  H2_FILE("h2-file") {
    @Override
    Opened open(int poolSize) {
      try {
        Path directory = Files.createTempDirectory("hireloop-bench-");
        HikariDataSource dataSource =
            pool("jdbc:h2:file:" + directory.resolve("hireloop") + ";" + H2_MODE, "sa", "", poolSize);
        return jdbc(dataSource, HireloopSchema.DEFAULT_SCHEMA, ds -> deleteRecursively(directory));
      } catch (IOException e) {
        throw new IllegalStateException("cannot create a temporary directory for the H2 file database", e);
      }
    }
  },
  POSTGRES("postgres") {
    @Override
    Opened open(int poolSize) {
      Map<String, String> env = System.getenv();
      String url = env.get(URL_VARIABLE);
      if (url == null || url.isBlank()) {
        throw new IllegalStateException(skipReason().orElseThrow());
      }
      HikariDataSource dataSource = pool(url, env.getOrDefault(USER_VARIABLE, ""),
          env.getOrDefault(PASSWORD_VARIABLE, ""), poolSize);
      // A schema of our own, so the benchmark never touches tables that tests or other runs use.
      String schema = "hireloop_bench_" + ProcessHandle.current().pid();
      return jdbc(dataSource, schema, ds -> execute(ds, "DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    }
  };

  static final String URL_VARIABLE = "HIRELOOP_TEST_PG_URL";
  static final String USER_VARIABLE = "HIRELOOP_TEST_PG_USER";
  static final String PASSWORD_VARIABLE = "HIRELOOP_TEST_PG_PASSWORD";
  private static final String H2_MODE =
      "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";

  private final String label;

  Backend(String label) {
    this.label = label;
  }

  /** An empty, migrated store with a pool of four connections (JMH's benchmarks run on one thread each). */
  Opened open() {
    return open(4);
  }

  abstract Opened open(int poolSize);

  /** The JMH parameter value. */
  String label() {
    return label;
  }

  static Backend byLabel(String label) {
    return Stream.of(values()).filter(backend -> backend.label.equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown backend " + label));
  }

  /** Why the PostgreSQL backend cannot run here, if it cannot. */
  static Optional<String> skipReason() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      return Optional.of("postgres skipped: " + URL_VARIABLE + ", " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
          + " are not set (.ci/run shows how to start a local PostgreSQL)");
    }
    return Optional.empty();
  }

  /** A store and how to remove it. */
  record Opened(Persistence persistence, Runnable cleanup) implements AutoCloseable {
    @Override
    public void close() {
      cleanup.run();
    }
  }

  private interface Cleanup {
    void run(HikariDataSource dataSource);
  }

  private static Opened jdbc(HikariDataSource dataSource, String schema, Cleanup cleanup) {
    try {
      HireloopSchema.migrate(dataSource, schema);
      return new Opened(JdbiPersistence.create(dataSource, schema), () -> {
        try {
          cleanup.run(dataSource);
        } finally {
          dataSource.close();
        }
      });
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  private static HikariDataSource pool(String url, String user, String password, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("hireloop-bench");
    return new HikariDataSource(config);
  }

  private static void execute(HikariDataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cleanup failed: " + sql, e);
    }
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new IllegalStateException("cannot delete " + directory, e);
    }
  }
}
