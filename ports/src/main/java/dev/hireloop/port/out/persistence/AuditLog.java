package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.audit.AuditEntry;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;

/** Append-only audit trail. Entries are never changed; ids are unique ({@code audit.duplicate}). */
public interface AuditLog {
  void append(AuditEntry entry);

  /** A recruiter's entries, newest first (by {@code occurredAt}, ties by id descending). */
  Page<AuditEntry> list(RecruiterId recruiterId, PageRequest page);
}
