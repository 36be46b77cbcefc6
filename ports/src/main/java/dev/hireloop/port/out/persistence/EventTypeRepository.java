package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.List;
import java.util.Optional;

/**
 * Stores recruiters' interview templates (event types). Same save/versioning contract as {@link RecruiterRepository}
 * ({@code event-type.stale}). {@code listByRecruiter} is oldest first (by {@code createdAt}, ties by id), so the
 * first entry is the recruiter's original template.
 */
public interface EventTypeRepository {
  EventType save(EventType eventType);

  Optional<EventType> findById(EventTypeId id);

  List<EventType> listByRecruiter(RecruiterId recruiterId);

  /** Deletes it; false when there was nothing to delete. */
  boolean delete(EventTypeId id);
}
