package dev.hireloop.adapter.out.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.adapter.out.persistence.TestDatabase;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.testing.Fixtures;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the JDBI adapter promises, beyond the port contracts. */
class JdbiPersistenceTest {
  private final Fixtures fixtures = new Fixtures();

  @Test
  void migrating_again_runs_nothing() {
    try (TestDatabase database = TestDatabase.h2()) {
      assertThat(HireloopSchema.migrate(database.dataSource())).isZero();
    }
  }

  @Test
  void creates_the_db_scheduler_table_in_the_schema() {
    try (TestDatabase database = TestDatabase.h2()) {
      Long tasks = database.persistence().jdbi().withHandle(handle ->
          handle.createQuery("SELECT COUNT(*) FROM <schema>.scheduled_tasks").mapTo(Long.class).one());
      assertThat(tasks).isZero();
    }
  }

  @Test
  void rejects_a_schema_name_that_is_not_a_plain_identifier() {
    DataSource unused = unreachable();

    assertThatThrownBy(() -> JdbiPersistence.create(unused, "hireloop; DROP TABLE x"))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((HireloopException) e).code()).isEqualTo("database.schema-invalid");
    assertThatThrownBy(() -> HireloopSchema.migrate(unused, "Hireloop"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void a_failed_migration_is_an_external_service_failure() {
    assertThatThrownBy(() -> HireloopSchema.migrate(unreachable()))
        .isInstanceOf(ExternalServiceException.class)
        .extracting(e -> ((HireloopException) e).code()).isEqualTo("database.migration-failed");
  }

  @Test
  void an_unreachable_database_is_reported_as_unavailable() {
    JdbiPersistence persistence = JdbiPersistence.create(unreachable());

    assertThatThrownBy(() -> persistence.recruiters().count())
        .isInstanceOf(ExternalServiceException.class)
        .extracting(e -> ((HireloopException) e).code()).isEqualTo("database.unavailable");
    assertThatThrownBy(() -> persistence.transactions().run(() -> {}))
        .isInstanceOf(ExternalServiceException.class)
        .extracting(e -> ((HireloopException) e).code()).isEqualTo("database.unavailable");
  }

  @Test
  void repository_calls_inside_a_transaction_use_its_handle_and_stay_invisible_until_commit() {
    try (TestDatabase database = TestDatabase.h2()) {
      JdbiPersistence persistence = database.persistence();
      Recruiter recruiter = fixtures.recruiter();

      persistence.transactions().run(() -> {
        persistence.recruiters().save(recruiter);
        boolean inTransaction = persistence.jdbi().withHandle(Handle::isInTransaction);
        assertThat(inTransaction).isTrue();
        long seenElsewhere = CompletableFuture.supplyAsync(() -> persistence.recruiters().count()).join();
        assertThat(seenElsewhere).isZero();
        assertThat(persistence.recruiters().count()).isEqualTo(1);
      });

      assertThat(persistence.recruiters().findById(recruiter.id())).isPresent();
    }
  }

  @Test
  void data_survives_closing_and_reopening_an_h2_file_database(@TempDir Path directory) {
    Recruiter recruiter = fixtures.recruiter();
    try (TestDatabase database = TestDatabase.h2File(directory)) {
      database.persistence().recruiters().save(recruiter);
    }

    try (TestDatabase reopened = TestDatabase.h2File(directory)) {
      assertThat(reopened.persistence().recruiters().findById(recruiter.id()))
          .contains(recruiter.withVersion(recruiter.version().next()));
    }
  }

  @Test
  void works_in_a_non_default_schema_on_postgresql() {
    try (TestDatabase database = TestDatabase.postgres()) {
      JdbiPersistence persistence = database.persistence();
      Recruiter recruiter = fixtures.recruiter();
      persistence.recruiters().save(recruiter);

      assertThat(persistence.schema()).startsWith("hl_t_");
      assertThat(persistence.recruiters().findByEmail(recruiter.email())).isPresent();
    }
  }

  /** A DataSource whose server refuses every connection. */
  private static DataSource unreachable() {
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        throw new SQLNonTransientConnectionException("connection refused", "08001");
      }

      @Override
      public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {}

      @Override
      public void setLoginTimeout(int seconds) {}

      @Override
      public int getLoginTimeout() {
        return 0;
      }

      @Override
      public Logger getParentLogger() {
        return Logger.getGlobal();
      }

      @Override
      public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
      }

      @Override
      public boolean isWrapperFor(Class<?> type) {
        return false;
      }
    };
  }
}
