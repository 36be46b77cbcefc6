package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.application.HireloopUseCasesContract;
import dev.hireloop.application.JobImportUseCasesContract;
import dev.hireloop.port.out.events.EventDeliveriesContract;
import dev.hireloop.port.out.events.EventOutboxContract;
import dev.hireloop.port.out.persistence.ApiTokenRepositoryContract;
import dev.hireloop.port.out.persistence.AuditLogContract;
import dev.hireloop.port.out.persistence.JobRepositoryContract;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.port.out.persistence.ProfileRepositoryContract;
import dev.hireloop.port.out.persistence.RecruiterRepositoryContract;
import dev.hireloop.port.out.persistence.TransactionsContract;
import org.junit.jupiter.api.Nested;

/** Every storage contract against {@link InMemoryPersistence}, a new store per test. */
class InMemoryPersistenceTest {

  @Nested
  class Recruiters extends RecruiterRepositoryContract {
    @Override
    protected Persistence newPersistence() {
      return InMemoryPersistence.create();
    }
  }

  @Nested
  class ApiTokens extends ApiTokenRepositoryContract {
    @Override
    protected Persistence newPersistence() {
      return InMemoryPersistence.create();
    }
  }

  @Nested
  class Jobs extends JobRepositoryContract {
    @Override
    protected Persistence newPersistence() {
      return InMemoryPersistence.create();
    }
  }

  @Nested
  class Profiles extends ProfileRepositoryContract {
    @Override
    protected Persistence newPersistence() {
      return InMemoryPersistence.create();
    }
  }

  @Nested
  class Audit extends AuditLogContract {
    @Override
    protected Persistence newPersistence() {
      return InMemoryPersistence.create();
    }
  }

  @Nested
  class Outbox extends EventOutboxContract {
    @Override
    protected Persistence newPersistence() {
      return InMemoryPersistence.create();
    }
  }

  @Nested
  class Deliveries extends EventDeliveriesContract {
    @Override
    protected Persistence newPersistence() {
      return InMemoryPersistence.create();
    }
  }

  @Nested
  class Transactions extends TransactionsContract {
    @Override
    protected Persistence newPersistence() {
      return InMemoryPersistence.create();
    }
  }

  @Nested
  class UseCases extends HireloopUseCasesContract {
    @Override
    protected Persistence newPersistence() {
      return InMemoryPersistence.create();
    }
  }

  @Nested
  class JobImport extends JobImportUseCasesContract {
    @Override
    protected Persistence newPersistence() {
      return InMemoryPersistence.create();
    }
  }
}
