package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.port.out.persistence.Transactions;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Transactions over Jdbi: repository calls made inside {@code work} run on the thread's transaction handle,
 * because Jdbi hands nested callbacks on the same thread the handle it already has. A nested call joins the
 * outer transaction. Thread-safe.
 */
final class JdbiTransactions implements Transactions {
  private final Jdbi jdbi;

  JdbiTransactions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    try {
      return jdbi.inTransaction(handle -> {
        try {
          return work.get();
        } catch (RuntimeException e) {
          // marks the exception as the work's own, so that it is rethrown unchanged and never translated
          throw new WorkFailed(e);
        }
      });
    } catch (WorkFailed failed) {
      throw failed.original;
    } catch (JdbiException e) {
      // beginning or committing the transaction failed
      throw SqlErrors.translate(e);
    }
  }

  private static final class WorkFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient RuntimeException original;

    WorkFailed(RuntimeException original) {
      super(null, original, false, false);
      this.original = original;
    }
  }
}
