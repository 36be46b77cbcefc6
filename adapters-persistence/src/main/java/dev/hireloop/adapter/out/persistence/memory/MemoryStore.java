package dev.hireloop.adapter.out.persistence.memory;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The transaction manager of the in-memory adapter: one lock for the whole store, held by a transaction from
 * start to end (so transactions are serialisable and nobody sees uncommitted changes), and a per-thread undo log
 * that every write appends to and that is replayed backwards when the transaction fails. Every repository call
 * runs as a transaction of its own, or joins the thread's open one. Thread-safe.
 */
final class MemoryStore {
  /** Orders UUIDs as H2 and PostgreSQL do: by their bytes, unsigned (UUID.compareTo compares signed longs). */
  static final Comparator<UUID> UUID_ORDER = (left, right) -> {
    int high = Long.compareUnsigned(left.getMostSignificantBits(), right.getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(left.getLeastSignificantBits(), right.getLeastSignificantBits());
  };

  private final ReentrantLock lock = new ReentrantLock();
  private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

  /** Runs {@code work} atomically; joins the thread's transaction if there is one. */
  <T> T inTransaction(Supplier<T> work) {
    if (undoLog.get() != null) {
      return work.get();
    }
    lock.lock();
    Deque<Runnable> undo = new ArrayDeque<>();
    undoLog.set(undo);
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      while (!undo.isEmpty()) {
        undo.pop().run();
      }
      throw e;
    } finally {
      undoLog.remove();
      lock.unlock();
    }
  }

  /** Registers how to revert a change just made; called by every write, always inside a transaction. */
  void onRollback(Runnable revert) {
    Deque<Runnable> undo = undoLog.get();
    if (undo == null) {
      throw new IllegalStateException("in-memory writes run inside MemoryStore.inTransaction");
    }
    undo.push(revert);
  }
}
