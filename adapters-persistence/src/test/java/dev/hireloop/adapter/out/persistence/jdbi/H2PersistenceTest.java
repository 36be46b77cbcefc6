package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.TestDatabase;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** Every storage contract against {@link JdbiPersistence} on a new in-memory H2 database (PostgreSQL mode) per test. */
class H2PersistenceTest {
  private final List<TestDatabase> databases = new ArrayList<>();

  Persistence freshPersistence() {
    TestDatabase database = TestDatabase.h2();
    databases.add(database);
    return database.persistence();
  }

  @AfterEach
  void dropDatabases() {
    databases.forEach(TestDatabase::close);
  }

  @Nested
  class Recruiters extends RecruiterRepositoryContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class ApiTokens extends ApiTokenRepositoryContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class Jobs extends JobRepositoryContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class Profiles extends ProfileRepositoryContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class Audit extends AuditLogContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class Outbox extends EventOutboxContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class Deliveries extends EventDeliveriesContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class Transactions extends TransactionsContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class UseCases extends HireloopUseCasesContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class JobImport extends JobImportUseCasesContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }
}
