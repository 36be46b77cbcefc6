package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.port.out.persistence.Transactions;
import java.util.function.Supplier;

/** Transactions over the {@link MemoryStore}: the store's lock and undo log. Thread-safe. */
final class InMemoryTransactions implements Transactions {
  private final MemoryStore store;

  InMemoryTransactions(MemoryStore store) {
    this.store = store;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return store.inTransaction(work);
  }
}
