package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.RecruiterRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Recruiters in memory, with the JDBI adapter's versioning and uniqueness rules. Thread-safe. */
final class InMemoryRecruiterRepository implements RecruiterRepository {
  private static final Comparator<Recruiter> OLDEST_FIRST = Comparator.comparing(Recruiter::createdAt)
      .thenComparing(recruiter -> recruiter.id().value(), MemoryStore.UUID_ORDER);

  private final MemoryStore store;
  private final TxMap<RecruiterId, Recruiter> byId;

  InMemoryRecruiterRepository(MemoryStore store) {
    this.store = store;
    this.byId = new TxMap<>(store, new ConcurrentHashMap<>());
  }

  @Override
  public Recruiter save(Recruiter recruiter) {
    Check.notNull(recruiter, "recruiter");
    Recruiter stored = Microseconds.truncate(recruiter).withVersion(recruiter.version().next());
    return store.inTransaction(() -> {
      Optional<Recruiter> current = byId.get(recruiter.id());
      boolean expected = recruiter.version().isInitial()
          ? current.isEmpty() : current.filter(found -> found.version().equals(recruiter.version())).isPresent();
      if (!expected) {
        throw new ConflictException("recruiter.stale", "recruiter " + recruiter.id()
            + " was changed by someone else (version " + recruiter.version().value() + " is not the stored one)");
      }
      boolean emailTaken = byId.values().stream()
          .anyMatch(other -> other.email().equals(recruiter.email()) && !other.id().equals(recruiter.id()));
      if (emailTaken) {
        throw new ConflictException("recruiter.email-taken", "another recruiter has this e-mail address");
      }
      byId.put(recruiter.id(), stored);
      return stored;
    });
  }

  @Override
  public Optional<Recruiter> findById(RecruiterId id) {
    Check.notNull(id, "recruiterId");
    return store.inTransaction(() -> byId.get(id));
  }

  @Override
  public Optional<Recruiter> findByEmail(Email email) {
    Check.notNull(email, "email");
    return store.inTransaction(() -> byId.values().stream()
        .filter(recruiter -> recruiter.email().equals(email)).findFirst());
  }

  @Override
  public List<Recruiter> listAll() {
    return store.inTransaction(() -> byId.values().stream().sorted(OLDEST_FIRST).toList());
  }

  @Override
  public long count() {
    return store.inTransaction(() -> (long) byId.values().size());
  }
}
