package dev.hireloop.application;

import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Queues this process's booking writes per interviewer, first come first served, before they reach the database.
 * This is not what prevents double bookings — the store's ledger does, across processes — but it keeps racing
 * writers of one interviewer from piling up on the database's row lock or exclusion check: H2 sometimes wakes a
 * waiter on a row lock only when its lock timeout runs out (seconds later), and PostgreSQL's exclusion check can
 * deadlock racing inserts. Queued here, they reach the database one at a time. Thread-safe.
 */
final class LedgerQueue {
  private static final int STRIPES = 64;
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
  private final Duration maxWait;

  LedgerQueue(Duration maxWait) {
    this.maxWait = maxWait;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock(true);
    }
  }

  /**
   * Runs {@code write} while holding the interviewer's place in the queue.
   *
   * @throws ConflictException {@code booking.busy} when the queue does not move within the maximum wait
   */
  <T> T inTurn(RecruiterId interviewer, Supplier<T> write) {
    ReentrantLock lock = locks[Math.floorMod(interviewer.value().hashCode(), STRIPES)];
    boolean acquired;
    try {
      acquired = lock.tryLock(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConflictException("booking.busy", "interrupted while waiting to book; try again");
    }
    if (!acquired) {
      throw new ConflictException("booking.busy", "the interviewer's calendar is busy with other bookings; try again");
    }
    try {
      return write.get();
    } finally {
      lock.unlock();
    }
  }
}
