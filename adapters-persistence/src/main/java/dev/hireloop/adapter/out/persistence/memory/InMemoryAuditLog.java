package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.audit.AuditEntry;
import dev.hireloop.domain.audit.AuditEntryId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.AuditLog;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;

/** The audit trail in memory. Thread-safe. */
final class InMemoryAuditLog implements AuditLog {
  private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::occurredAt)
      .thenComparing(entry -> entry.id().value(), MemoryStore.UUID_ORDER)
      .reversed();

  private final MemoryStore store;
  private final TxMap<AuditEntryId, AuditEntry> byId;

  InMemoryAuditLog(MemoryStore store) {
    this.store = store;
    this.byId = new TxMap<>(store, new ConcurrentHashMap<>());
  }

  @Override
  public void append(AuditEntry entry) {
    Check.notNull(entry, "entry");
    AuditEntry stored = Microseconds.truncate(entry);
    store.inTransaction(() -> {
      if (byId.containsKey(entry.id())) {
        throw new ConflictException("audit.duplicate", "audit entry " + entry.id() + " already exists");
      }
      byId.put(entry.id(), stored);
      return null;
    });
  }

  @Override
  public Page<AuditEntry> list(RecruiterId recruiterId, PageRequest page) {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(page, "page");
    return store.inTransaction(() -> Queries.page(byId.values().stream()
        .filter(entry -> entry.recruiterId().filter(recruiterId::equals).isPresent())
        .sorted(NEWEST_FIRST)
        .toList(), page));
  }
}
