package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.job.Job;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.skill.Skills;
import dev.hireloop.port.out.persistence.JobRepository;
import dev.hireloop.port.out.persistence.JobSearch;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Jobs in memory; searches scan and sort like the SQL does. Thread-safe. */
final class InMemoryJobRepository implements JobRepository {
  private static final Comparator<Job> NEWEST_FIRST = Comparator.comparing(Job::createdAt)
      .thenComparing(job -> job.id().value(), MemoryStore.UUID_ORDER)
      .reversed();

  private final MemoryStore store;
  private final TxMap<JobId, Job> byId;

  InMemoryJobRepository(MemoryStore store) {
    this.store = store;
    this.byId = new TxMap<>(store, new ConcurrentHashMap<>());
  }

  @Override
  public Job save(Job job) {
    Check.notNull(job, "job");
    Job stored = Microseconds.truncate(job).withVersion(job.version().next());
    return store.inTransaction(() -> {
      Optional<Job> current = byId.get(job.id());
      boolean expected = job.version().isInitial()
          ? current.isEmpty() : current.filter(found -> found.version().equals(job.version())).isPresent();
      if (!expected) {
        throw new ConflictException("job.stale", "job " + job.id() + " was changed by someone else (version "
            + job.version().value() + " is not the stored one)");
      }
      byId.put(job.id(), stored);
      return stored;
    });
  }

  @Override
  public Optional<Job> findById(JobId id) {
    Check.notNull(id, "jobId");
    return store.inTransaction(() -> byId.get(id));
  }

  @Override
  public Page<Job> search(JobSearch search, PageRequest page) {
    Check.notNull(search, "search");
    Check.notNull(page, "page");
    Optional<String> text = search.text();
    return store.inTransaction(() -> Queries.page(byId.values().stream()
        .filter(job -> job.recruiterId().equals(search.recruiterId()))
        .filter(job -> search.status().map(status -> job.status() == status).orElse(true))
        .filter(job -> search.skillKey().map(key -> Skills.containsKey(job.details().requiredSkills(), key)
            || Skills.containsKey(job.details().preferredSkills(), key)).orElse(true))
        .filter(job -> text.map(wanted -> Queries.containsIgnoringCase(job.details().title(), wanted)
            || job.details().company().filter(company -> Queries.containsIgnoringCase(company, wanted)).isPresent())
            .orElse(true))
        .sorted(NEWEST_FIRST)
        .toList(), page));
  }
}
