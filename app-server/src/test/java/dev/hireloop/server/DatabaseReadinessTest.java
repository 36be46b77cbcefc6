package dev.hireloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {
  private static final Duration SHORT = Duration.ofMillis(200);

  @Test
  void is_ready_when_the_database_answers_select_1() {
    try (DatabaseReadiness readiness = new DatabaseReadiness(
        new StubDataSource(() -> DriverManager.getConnection("jdbc:h2:mem:readiness")), SHORT)) {
      assertThat(readiness.getAsBoolean()).isTrue();
      assertThat(readiness.getAsBoolean()).isTrue();
    }
  }

  @Test
  void is_not_ready_when_no_connection_can_be_had() {
    try (DatabaseReadiness readiness = new DatabaseReadiness(new StubDataSource(() -> {
      throw new SQLException("connection refused", "08001");
    }), SHORT)) {
      assertThat(readiness.getAsBoolean()).isFalse();
    }
  }

  @Test
  void gives_up_on_a_hanging_database_and_does_not_pile_up_checks() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger attempts = new AtomicInteger();
    StubDataSource hanging = new StubDataSource(() -> {
      attempts.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new SQLException("gave up", "08001");
    });
    try (DatabaseReadiness readiness = new DatabaseReadiness(hanging, SHORT)) {
      assertThat(readiness.getAsBoolean()).isFalse();
      assertThat(readiness.getAsBoolean()).isFalse();
      assertThat(readiness.getAsBoolean()).isFalse();

      assertThat(attempts).hasValue(1);
      release.countDown();
    }
  }

  @Test
  void is_not_ready_once_closed() {
    DatabaseReadiness readiness = new DatabaseReadiness(
        new StubDataSource(() -> DriverManager.getConnection("jdbc:h2:mem:readiness")), SHORT);

    readiness.close();

    assertThat(readiness.getAsBoolean()).isFalse();
  }

  /** Only {@code getConnection()} is used by the readiness check. */
  private static final class StubDataSource implements DataSource {
    private final ConnectionSource source;

    StubDataSource(ConnectionSource source) {
      this.source = source;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return source.get();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return source.get();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      // not used by the readiness check
    }

    @Override
    public void setLoginTimeout(int seconds) {
      // not used by the readiness check
    }

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
  }

  @FunctionalInterface
  private interface ConnectionSource {
    Connection get() throws SQLException;
  }
}
