package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.notification.EmailStatus;
import dev.hireloop.port.out.notification.StoredEmail;
import dev.hireloop.port.out.persistence.EmailRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The stored e-mail outbox in memory, keyed by message id. Thread-safe. */
final class InMemoryEmailRepository implements EmailRepository {
  private static final Comparator<StoredEmail> NEWEST_FIRST = Comparator.comparing(StoredEmail::createdAt)
      .thenComparing(email -> email.message().id(), MemoryStore.UUID_ORDER)
      .reversed();
  private static final Comparator<StoredEmail> LONGEST_DUE_FIRST = Comparator
      .comparing((StoredEmail email) -> email.nextAttemptAt().orElseThrow())
      .thenComparing(StoredEmail::createdAt)
      .thenComparing(email -> email.message().id(), MemoryStore.UUID_ORDER);

  private final MemoryStore store;
  private final TxMap<UUID, StoredEmail> byId;

  InMemoryEmailRepository(MemoryStore store) {
    this.store = store;
    this.byId = new TxMap<>(store, new ConcurrentHashMap<>());
  }

  @Override
  public StoredEmail save(StoredEmail email) {
    Check.notNull(email, "email");
    StoredEmail stored = Microseconds.truncate(email).withVersion(email.version().next());
    UUID id = email.message().id();
    return store.inTransaction(() -> {
      Optional<StoredEmail> current = byId.get(id);
      boolean expected = email.version().isInitial()
          ? current.isEmpty() : current.filter(found -> found.version().equals(email.version())).isPresent();
      if (!expected) {
        throw new ConflictException("email.stale", "stored e-mail " + id
            + " was changed by someone else (version " + email.version().value() + " is not the stored one)");
      }
      byId.put(id, stored);
      return stored;
    });
  }

  @Override
  public Optional<StoredEmail> findById(UUID messageId) {
    Check.notNull(messageId, "messageId");
    return store.inTransaction(() -> byId.get(messageId));
  }

  @Override
  public List<StoredEmail> findDue(Instant now, int limit) {
    Check.notNull(now, "now");
    Check.range(limit, "limit", 1, 1_000);
    Instant due = Microseconds.truncate(now);
    return store.inTransaction(() -> byId.values().stream()
        .filter(email -> email.status() == EmailStatus.QUEUED)
        .filter(email -> !email.nextAttemptAt().orElseThrow().isAfter(due))
        .sorted(LONGEST_DUE_FIRST)
        .limit(limit)
        .toList());
  }

  @Override
  public Page<StoredEmail> list(RecruiterId recruiterId, Set<EmailStatus> statuses, PageRequest page) {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(statuses, "statuses");
    Check.notNull(page, "page");
    return store.inTransaction(() -> Queries.page(byId.values().stream()
        .filter(email -> email.recruiterId().equals(recruiterId))
        .filter(email -> statuses.isEmpty() || statuses.contains(email.status()))
        .sorted(NEWEST_FIRST)
        .toList(), page));
  }
}
