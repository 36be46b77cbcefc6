package dev.hireloop.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers "is the database usable?" for {@code GET /health/ready} with {@code SELECT 1}, within a short timeout
 * even when the pool or the network hangs: the check runs on one background thread, and a probe that finds a check
 * still running waits for that one instead of starting another, so slow probes never pile up threads or
 * connections. Thread-safe.
 */
final class DatabaseReadiness implements BooleanSupplier, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseReadiness.class);

  private final DataSource dataSource;
  private final Duration timeout;
  private final ExecutorService executor;
  private Future<Boolean> inFlight;
  private volatile boolean lastReady = true;

  DatabaseReadiness(DataSource dataSource, Duration timeout) {
    this.dataSource = dataSource;
    this.timeout = timeout;
    this.executor = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "hireloop-readiness");
      thread.setDaemon(true);
      return thread;
    });
  }

  @Override
  public boolean getAsBoolean() {
    Future<Boolean> check;
    synchronized (this) {
      if (executor.isShutdown()) {
        return false;
      }
      if (inFlight == null || inFlight.isDone()) {
        inFlight = executor.submit(this::selectOne);
      }
      check = inFlight;
    }
    boolean ready;
    try {
      ready = check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      ready = false;
    } catch (ExecutionException e) {
      ready = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ready = false;
    }
    if (ready != lastReady) {
      lastReady = ready;
      if (ready) {
        LOG.info("Database is reachable again");
      } else {
        LOG.warn("Database is not ready (no answer to SELECT 1 within {} ms)", timeout.toMillis());
      }
    }
    return ready;
  }

  private boolean selectOne() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
      statement.execute("SELECT 1");
      return true;
    } catch (SQLException e) {
      LOG.debug("Readiness check failed: SQL state {}", e.getSQLState());
      return false;
    }
  }

  @Override
  public synchronized void close() {
    executor.shutdownNow();
  }
}
