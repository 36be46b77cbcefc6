package dev.hireloop.adapter.out.persistence.scheduler;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.time.Duration;

/**
 * How an event dispatcher polls, retries and stops. Start from {@link #defaults()} and change what you need.
 *
 * @param pollInterval how often the outbox is read for new events (and how often db-scheduler looks for due
 *     deliveries)
 * @param batchSize events read from the outbox per read
 * @param maxAttempts attempts per delivery, the first one included, before it is parked as a dead letter
 * @param firstRetryDelay delay before the second attempt; every further retry waits twice as long as the one
 *     before
 * @param threads deliveries that may run at the same time on this node
 * @param heartbeatInterval how often a running delivery proves that its node is alive; a delivery whose node
 *     missed several heartbeats is taken over by another node (db-scheduler only)
 * @param shutdownWait how long {@code close()} waits for running deliveries to finish before it interrupts them
 *     (an interrupted delivery rolls back and is retried later)
 * @param schedulerName this node's name in logs, thread names and db-scheduler's {@code picked_by} column; give
 *     every node its own
 */
public record EventDispatcherOptions(Duration pollInterval, int batchSize, int maxAttempts,
    Duration firstRetryDelay, int threads, Duration heartbeatInterval, Duration shutdownWait,
    String schedulerName) {

  public EventDispatcherOptions {
    positive(pollInterval, "pollInterval");
    Check.range(batchSize, "batchSize", 1, 1_000);
    Check.range(maxAttempts, "maxAttempts", 1, 100);
    positive(firstRetryDelay, "firstRetryDelay");
    Check.range(threads, "threads", 1, 256);
    positive(heartbeatInterval, "heartbeatInterval");
    Check.notNull(shutdownWait, "shutdownWait");
    if (shutdownWait.isNegative()) {
      throw new InvalidValueException("value.out-of-range", "shutdownWait must not be negative");
    }
    schedulerName = Check.text(schedulerName, "schedulerName", 100);
  }

  /**
   * Poll every 500 ms, 100 events a read, 5 attempts with retries after 1 s, 2 s, 4 s and 8 s, 4 threads, a
   * heartbeat every 10 s, up to 30 s to finish running deliveries on close, named {@code hireloop}.
   */
  public static EventDispatcherOptions defaults() {
    return new EventDispatcherOptions(Duration.ofMillis(500), 100, 5, Duration.ofSeconds(1), 4,
        Duration.ofSeconds(10), Duration.ofSeconds(30), "hireloop");
  }

  public EventDispatcherOptions withPollInterval(Duration value) {
    return new EventDispatcherOptions(value, batchSize, maxAttempts, firstRetryDelay, threads, heartbeatInterval,
        shutdownWait, schedulerName);
  }

  public EventDispatcherOptions withBatchSize(int value) {
    return new EventDispatcherOptions(pollInterval, value, maxAttempts, firstRetryDelay, threads, heartbeatInterval,
        shutdownWait, schedulerName);
  }

  public EventDispatcherOptions withMaxAttempts(int value) {
    return new EventDispatcherOptions(pollInterval, batchSize, value, firstRetryDelay, threads, heartbeatInterval,
        shutdownWait, schedulerName);
  }

  public EventDispatcherOptions withFirstRetryDelay(Duration value) {
    return new EventDispatcherOptions(pollInterval, batchSize, maxAttempts, value, threads, heartbeatInterval,
        shutdownWait, schedulerName);
  }

  public EventDispatcherOptions withThreads(int value) {
    return new EventDispatcherOptions(pollInterval, batchSize, maxAttempts, firstRetryDelay, value,
        heartbeatInterval, shutdownWait, schedulerName);
  }

  public EventDispatcherOptions withHeartbeatInterval(Duration value) {
    return new EventDispatcherOptions(pollInterval, batchSize, maxAttempts, firstRetryDelay, threads, value,
        shutdownWait, schedulerName);
  }

  public EventDispatcherOptions withShutdownWait(Duration value) {
    return new EventDispatcherOptions(pollInterval, batchSize, maxAttempts, firstRetryDelay, threads,
        heartbeatInterval, value, schedulerName);
  }

  public EventDispatcherOptions withSchedulerName(String value) {
    return new EventDispatcherOptions(pollInterval, batchSize, maxAttempts, firstRetryDelay, threads,
        heartbeatInterval, shutdownWait, value);
  }

  /** The wait before attempt {@code attempt + 1}, after {@code attempt} failures: first, 2 × first, 4 × first… */
  Duration retryDelayAfter(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    return firstRetryDelay.multipliedBy(1L << doublings);
  }

  private static void positive(Duration value, String field) {
    Check.notNull(value, field);
    if (value.isZero() || value.isNegative()) {
      throw new InvalidValueException("value.out-of-range", field + " must be positive");
    }
  }
}
