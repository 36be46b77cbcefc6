package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.scheduling.RecruiterAvailability;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.AvailabilityRepository;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Availabilities in memory, one per recruiter. Thread-safe. */
final class InMemoryAvailabilityRepository implements AvailabilityRepository {
  private final MemoryStore store;
  private final TxMap<RecruiterId, RecruiterAvailability> byRecruiter;

  InMemoryAvailabilityRepository(MemoryStore store) {
    this.store = store;
    this.byRecruiter = new TxMap<>(store, new ConcurrentHashMap<>());
  }

  @Override
  public RecruiterAvailability save(RecruiterAvailability availability) {
    Check.notNull(availability, "availability");
    RecruiterAvailability stored = Microseconds.truncate(availability).withVersion(availability.version().next());
    return store.inTransaction(() -> {
      Optional<RecruiterAvailability> current = byRecruiter.get(availability.recruiterId());
      boolean expected = availability.version().isInitial() ? current.isEmpty()
          : current.filter(found -> found.version().equals(availability.version())).isPresent();
      if (!expected) {
        throw new ConflictException("availability.stale", "the availability of recruiter "
            + availability.recruiterId() + " was changed by someone else");
      }
      byRecruiter.put(availability.recruiterId(), stored);
      return stored;
    });
  }

  @Override
  public Optional<RecruiterAvailability> findByRecruiter(RecruiterId recruiterId) {
    Check.notNull(recruiterId, "recruiterId");
    return store.inTransaction(() -> byRecruiter.get(recruiterId));
  }
}
