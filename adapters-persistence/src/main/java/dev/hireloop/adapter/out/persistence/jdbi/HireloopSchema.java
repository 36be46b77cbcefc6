package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.InvalidValueException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Creates and upgrades Hireloop's tables with Flyway, in their own schema (default {@value #DEFAULT_SCHEMA}) and
 * with their own history table ({@value #HISTORY_TABLE}), so they never mix with the host application's tables or
 * migrations. Nothing migrates on its own: the host decides when to call {@link #migrate} (the server does at
 * start-up). Safe to call on every start; concurrent calls from several nodes are serialised by Flyway's lock.
 *
 * <p>Migrations are portable SQL in {@value #LOCATION}. The few that only PostgreSQL can run (the conflict ledger's
 * exclusion constraint) live in {@value #POSTGRESQL_LOCATION}, which is added when the connection says the
 * database is PostgreSQL. A second location rather than a Java migration that branches on the database: the SQL
 * stays plain SQL that a DBA can read and run, Flyway checksums it like every other script, and H2's history
 * simply never lists it. Its versions sit between the portable ones ({@code V2_1} after {@code V2}), so the order
 * is the same on every database.
 *
 * <p>On PostgreSQL the migrating role must be able to install the trusted extension {@code btree_gist} (CREATE on
 * the database, e.g. its owner), unless it is installed already; it goes to schema {@code public}, never into the
 * Hireloop schema.
 */
public final class HireloopSchema {
  public static final String DEFAULT_SCHEMA = "hireloop";
  public static final String HISTORY_TABLE = "hireloop_schema_history";
  public static final String LOCATION = "classpath:db/migration/hireloop";
  public static final String POSTGRESQL_LOCATION = "classpath:db/migration/hireloop-postgresql";

  private static final Pattern NAME = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

  private HireloopSchema() {}

  /** Migrates the default schema. */
  public static int migrate(DataSource dataSource) {
    return migrate(dataSource, DEFAULT_SCHEMA);
  }

  /**
   * Brings {@code schema} (created if missing) up to the newest version and returns how many migrations ran.
   *
   * @throws InvalidValueException {@code database.schema-invalid} for a name that is not a plain lower-case
   *     identifier
   * @throws ExternalServiceException {@code database.migration-failed} when Flyway fails (unreachable database,
   *     failed or modified migration)
   */
  public static int migrate(DataSource dataSource, String schema) {
    checkName(schema);
    try {
      return Flyway.configure(HireloopSchema.class.getClassLoader())
          .dataSource(dataSource)
          .schemas(schema)
          .defaultSchema(schema)
          .table(HISTORY_TABLE)
          .locations(locations(dataSource, schema).toArray(String[]::new))
          .load()
          .migrate()
          .migrationsExecuted;
    } catch (FlywayException e) {
      throw new ExternalServiceException("database.migration-failed",
          "migrating schema " + schema + " failed: " + e.getMessage(), e);
    }
  }

  private static List<String> locations(DataSource dataSource, String schema) {
    List<String> locations = new ArrayList<>(List.of(LOCATION));
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new ExternalServiceException("database.migration-failed",
          "migrating schema " + schema + " failed: " + e.getMessage(), e);
    }
    if (Dialect.of(product) == Dialect.POSTGRESQL) {
      locations.add(POSTGRESQL_LOCATION);
    }
    return locations;
  }

  /** Schema names are spliced into SQL, so only plain lower-case identifiers are accepted. */
  static String checkName(String schema) {
    if (schema == null || !NAME.matcher(schema).matches()) {
      throw new InvalidValueException("database.schema-invalid",
          "schema must be a lower-case identifier of at most 63 characters");
    }
    return schema;
  }
}
