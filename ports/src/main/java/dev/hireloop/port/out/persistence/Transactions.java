package dev.hireloop.port.out.persistence;

import java.util.function.Supplier;

/**
 * Runs work atomically: every repository call and every {@code EventOutbox.append} made on the same thread inside
 * {@code work} commits or rolls back together. Nested calls join the outer transaction. An exception thrown by
 * {@code work} rolls back and is rethrown unchanged. Other threads never see changes that are not committed. A
 * repository write that fails inside {@code work} (for example with a {@code ConflictException}) has no effect
 * and leaves the transaction usable, so {@code work} may catch it and carry on. Thread-safe; never switch threads
 * inside {@code work}.
 */
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);

  default void run(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }
}
