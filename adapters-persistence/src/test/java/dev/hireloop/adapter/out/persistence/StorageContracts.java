package dev.hireloop.adapter.out.persistence;

import dev.hireloop.application.BookingEmailsUseCasesContract;
import dev.hireloop.application.CandidateSchedulingUseCasesContract;
import dev.hireloop.application.BookingRemindersUseCasesContract;
import dev.hireloop.application.CvIntakeUseCasesContract;
import dev.hireloop.application.HireloopUseCasesContract;
import dev.hireloop.application.JobImportUseCasesContract;
import dev.hireloop.application.MatchingUseCasesContract;
import dev.hireloop.application.SchedulingUseCasesContract;
import dev.hireloop.port.out.events.EventDeliveriesContract;
import dev.hireloop.port.out.events.EventOutboxContract;
import dev.hireloop.port.out.persistence.ApiTokenRepositoryContract;
import dev.hireloop.port.out.persistence.AuditLogContract;
import dev.hireloop.port.out.persistence.AvailabilityRepositoryContract;
import dev.hireloop.port.out.persistence.BookingRepositoryContract;
import dev.hireloop.port.out.persistence.CvRepositoryContract;
import dev.hireloop.port.out.persistence.EmailRepositoryContract;
import dev.hireloop.port.out.persistence.EventTypeRepositoryContract;
import dev.hireloop.port.out.persistence.JobRepositoryContract;
import dev.hireloop.port.out.persistence.MatchRepositoryContract;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.port.out.persistence.ProfileRepositoryContract;
import dev.hireloop.port.out.persistence.RecruiterRepositoryContract;
import dev.hireloop.port.out.persistence.TransactionsContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/**
 * Every storage contract and the use-case suites, against one storage technology: a subclass says how to get a
 * fresh, isolated store ({@link #freshPersistence()}), and may register what to close after each test.
 */
public abstract class StorageContracts {
  private final List<AutoCloseable> resources = new ArrayList<>();

  /** A new, empty, migrated store. */
  protected abstract Persistence freshPersistence();

  /** Closed after the current test (databases, schemas). */
  protected final void closeAfterTest(AutoCloseable resource) {
    resources.add(resource);
  }

  @AfterEach
  void closeResources() throws Exception {
    for (AutoCloseable resource : resources) {
      resource.close();
    }
    resources.clear();
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
  class Bookings extends BookingRepositoryContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class Availabilities extends AvailabilityRepositoryContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class EventTypes extends EventTypeRepositoryContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class Emails extends EmailRepositoryContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class Cvs extends CvRepositoryContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class Matches extends MatchRepositoryContract {
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

  @Nested
  class Scheduling extends SchedulingUseCasesContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class BookingEmails extends BookingEmailsUseCasesContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class CandidateScheduling extends CandidateSchedulingUseCasesContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class Matching extends MatchingUseCasesContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class CvIntake extends CvIntakeUseCasesContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }

  @Nested
  class BookingReminders extends BookingRemindersUseCasesContract {
    @Override
    protected Persistence newPersistence() {
      return freshPersistence();
    }
  }
}
