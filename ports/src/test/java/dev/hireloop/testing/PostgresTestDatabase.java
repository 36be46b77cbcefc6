package dev.hireloop.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server that tests may use, read from {@code HIRELOOP_TEST_PG_URL}, {@code HIRELOOP_TEST_PG_USER}
 * and {@code HIRELOOP_TEST_PG_PASSWORD}.
 *
 * <p>When the variables are absent, or the server cannot be reached, the calling test is skipped
 * ({@link Assumptions#abort}) with the reason printed once. With {@code HIRELOOP_REQUIRE_POSTGRES=true} (set by
 * CI) the same situations FAIL the test instead, so a broken CI database never turns into a green build.
 *
 * <p>Tests isolate themselves with {@link #freshSchema}: a new, uniquely named schema that is dropped on close.
 * The JDBC driver is found through {@link java.sql.DriverManager}, so this class needs no compile dependency on
 * it; a module without the driver on its test class path sees the server as unreachable. Thread-safe.
 */
public final class PostgresTestDatabase {
  public static final String URL_VARIABLE = "HIRELOOP_TEST_PG_URL";
  public static final String USER_VARIABLE = "HIRELOOP_TEST_PG_USER";
  public static final String PASSWORD_VARIABLE = "HIRELOOP_TEST_PG_PASSWORD";
  public static final String REQUIRE_VARIABLE = "HIRELOOP_REQUIRE_POSTGRES";

  private static final Pattern SCHEMA_NAME = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");
  private static final AtomicLong SCHEMA_COUNTER = new AtomicLong();
  private static final Set<String> PRINTED = ConcurrentHashMap.newKeySet();
  private static volatile Availability fromEnvironment;

  private PostgresTestDatabase() {}

  /** Connection settings; {@code toString} hides the password. */
  public record Settings(String url, String user, String password) {
    public Settings {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "Settings[url=" + url + ", user=" + user + ", password=***]";
    }
  }

  /** Either usable settings or the reason why PostgreSQL cannot be used, and whether it is required. */
  record Availability(Settings settings, String reason, boolean required) {}

  /**
   * Settings of a reachable server. Otherwise aborts the calling test, or fails it when PostgreSQL is required.
   * The server is checked once per JVM.
   */
  public static Settings settings() {
    Availability availability = fromEnvironment;
    if (availability == null) {
      synchronized (PostgresTestDatabase.class) {
        availability = fromEnvironment;
        if (availability == null) {
          availability = check(System.getenv());
          fromEnvironment = availability;
        }
      }
    }
    return settingsOrSkip(availability);
  }

  /** A pool-less DataSource for the test server (skips or fails the test like {@link #settings()}). */
  public static DataSource require() {
    return dataSource(settings());
  }

  public static DataSource dataSource(Settings settings) {
    return new DriverManagerDataSource(settings.url(), settings.user(), settings.password());
  }

  /** Whether CI demands PostgreSQL ({@code HIRELOOP_REQUIRE_POSTGRES=true}). */
  public static boolean required() {
    return isRequired(System.getenv());
  }

  /** A new, empty schema on the test server (see {@link #freshSchema(DataSource)}). */
  public static IsolatedSchema freshSchema() {
    return freshSchema(require());
  }

  /**
   * Creates a uniquely named empty schema through {@code dataSource} and returns it; closing it drops the schema
   * with everything in it. Tests that each take a fresh schema never see each other's data.
   */
  public static IsolatedSchema freshSchema(DataSource dataSource) {
    String name = uniqueSchemaName();
    execute(dataSource, "CREATE SCHEMA ", name, "");
    return new IsolatedSchema(name, dataSource);
  }

  /** {@code hl_t_<counter>_<nanotime>}: unique within the JVM and, in practice, across concurrent builds. */
  public static String uniqueSchemaName() {
    return "hl_t_" + SCHEMA_COUNTER.incrementAndGet() + "_" + Math.abs(System.nanoTime());
  }

  /** A schema created for one test; {@link #close()} drops it. */
  public static final class IsolatedSchema implements AutoCloseable {
    private final String name;
    private final DataSource dataSource;

    private IsolatedSchema(String name, DataSource dataSource) {
      this.name = name;
      this.dataSource = dataSource;
    }

    public String name() {
      return name;
    }

    public DataSource dataSource() {
      return dataSource;
    }

    @Override
    public void close() {
      execute(dataSource, "DROP SCHEMA IF EXISTS ", name, " CASCADE");
    }

    @Override
    public String toString() {
      return "IsolatedSchema[" + name + "]";
    }
  }

  static Availability check(Map<String, String> environment) {
    boolean required = isRequired(environment);
    List<String> missing = new ArrayList<>();
    for (String variable : List.of(URL_VARIABLE, USER_VARIABLE, PASSWORD_VARIABLE)) {
      String value = environment.get(variable);
      if (value == null || value.isBlank()) {
        missing.add(variable);
      }
    }
    if (!missing.isEmpty()) {
      return new Availability(null, "PostgreSQL tests need " + String.join(", ", missing), required);
    }
    Settings settings = new Settings(environment.get(URL_VARIABLE).strip(), environment.get(USER_VARIABLE).strip(),
        environment.get(PASSWORD_VARIABLE));
    try (Connection connection = dataSource(settings).getConnection()) {
      if (!connection.isValid(5)) {
        return new Availability(null, "PostgreSQL at " + settings.url() + " did not answer", required);
      }
    } catch (SQLException e) {
      return new Availability(null,
          "PostgreSQL at " + settings.url() + " is unreachable: " + e.getMessage(), required);
    }
    return new Availability(settings, null, required);
  }

  static Settings settingsOrSkip(Availability availability) {
    if (availability.settings() != null) {
      return availability.settings();
    }
    if (availability.required()) {
      return Assertions.fail(availability.reason() + " (" + REQUIRE_VARIABLE + "=true, so this is a failure)");
    }
    String reason = availability.reason() + "; skipping (set " + REQUIRE_VARIABLE + "=true to fail instead)";
    if (PRINTED.add(reason)) {
      System.out.println("[PostgresTestDatabase] " + reason);
    }
    return Assumptions.abort(reason);
  }

  private static boolean isRequired(Map<String, String> environment) {
    return "true".equalsIgnoreCase(environment.getOrDefault(REQUIRE_VARIABLE, "").strip());
  }

  private static void execute(DataSource dataSource, String sqlBeforeName, String schema, String sqlAfterName) {
    // the name is spliced into DDL, so only plain lower-case identifiers are accepted
    if (!SCHEMA_NAME.matcher(schema).matches()) {
      throw new IllegalArgumentException("not a plain schema name: " + schema);
    }
    String sql = sqlBeforeName + schema + sqlAfterName;
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run '" + sql + "': " + e.getMessage(), e);
    }
  }
}
