package dev.hireloop.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.audit.Actor;
import dev.hireloop.domain.audit.ActorKind;
import dev.hireloop.domain.audit.AuditEntry;
import dev.hireloop.domain.audit.AuditEntryId;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.testing.Fixtures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} promises. Subclasses return an isolated, empty store. */
public abstract class AuditLogContract {
  protected final Fixtures fixtures = new Fixtures();
  private AuditLog auditLog;
  private RecruiterId recruiterId;

  /** A new, empty store for each test. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void createStore() {
    auditLog = newPersistence().auditLog();
    recruiterId = fixtures.recruiterId();
  }

  @Test
  void lists_nothing_for_a_recruiter_without_entries() {
    Page<AuditEntry> page = auditLog.list(recruiterId, PageRequest.first(10));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isZero();
  }

  @Test
  void lists_an_appended_entry_equal_to_what_was_appended() {
    AuditEntry entry = fixtures.auditEntry(recruiterId);

    auditLog.append(entry);

    assertThat(auditLog.list(recruiterId, PageRequest.first(10)).items()).containsExactly(entry);
  }

  @Test
  void round_trips_actors_without_id_and_details_in_any_script() {
    AuditEntry entry = new AuditEntry(fixtures.auditEntryId(), Optional.of(recruiterId),
        new Actor(ActorKind.CANDIDATE, Optional.of(fixtures.uuid())), "booking.confirmed", "booking",
        fixtures.uuid(), fixtures.now(), Map.of("slot", "2030-01-17T10:00:00Z", "note", "Zoë – 予約 ✓",
        "quote", "\"a\" \\ b\nc"));
    AuditEntry bySystem = new AuditEntry(fixtures.auditEntryId(), Optional.of(recruiterId), Actor.system(),
        "rule.ran", "rule", fixtures.uuid(), fixtures.now().minusSeconds(1), Map.of());

    auditLog.append(entry);
    auditLog.append(bySystem);

    assertThat(auditLog.list(recruiterId, PageRequest.first(10)).items()).containsExactly(entry, bySystem);
  }

  @Test
  void never_lists_entries_without_a_recruiter_or_of_another_recruiter() {
    auditLog.append(new AuditEntry(fixtures.auditEntryId(), Optional.empty(), Actor.operator(), "system.started",
        "system", fixtures.uuid(), fixtures.now(), Map.of()));
    auditLog.append(fixtures.auditEntry(fixtures.recruiterId()));

    assertThat(auditLog.list(recruiterId, PageRequest.first(10)).total()).isZero();
  }

  @Test
  void rejects_an_entry_with_an_id_that_is_already_taken() {
    AuditEntry entry = fixtures.auditEntry(recruiterId);
    auditLog.append(entry);
    AuditEntry sameId = new AuditEntry(entry.id(), entry.recruiterId(), entry.actor(), "other.action",
        entry.subjectType(), entry.subjectId(), entry.occurredAt(), Map.of());

    assertThatThrownBy(() -> auditLog.append(sameId))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("audit.duplicate"));
    assertThat(auditLog.list(recruiterId, PageRequest.first(10)).items()).containsExactly(entry);
  }

  @Test
  void lists_newest_first_with_ties_by_id_descending_and_pages_with_the_total() {
    Instant now = fixtures.now();
    AuditEntry oldest = entry(fixtures.uuid(), now);
    AuditEntry tieLow = entry(new UUID(0x4000_0000_0000_4000L, 0x8000_0000_0000_0001L), now.plusSeconds(1));
    AuditEntry tieHigh = entry(new UUID(0xF000_0000_0000_4000L, 0x8000_0000_0000_0001L), now.plusSeconds(1));
    AuditEntry newest = entry(fixtures.uuid(), now.plusSeconds(2));
    for (AuditEntry entry : new AuditEntry[] {tieLow, newest, oldest, tieHigh}) {
      auditLog.append(entry);
    }

    Page<AuditEntry> all = auditLog.list(recruiterId, PageRequest.first(10));
    Page<AuditEntry> second = auditLog.list(recruiterId, new PageRequest(1, 2));

    assertThat(all.items()).containsExactly(newest, tieHigh, tieLow, oldest);
    assertThat(second.items()).containsExactly(tieHigh, tieLow);
    assertThat(second.total()).isEqualTo(4);
  }

  @Test
  void stores_the_instant_truncated_to_microseconds() {
    Instant withNanos = Instant.parse("2030-01-15T09:00:00.555555555Z");
    AuditEntry entry = entry(fixtures.uuid(), withNanos);

    auditLog.append(entry);

    assertThat(auditLog.list(recruiterId, PageRequest.first(1)).items().get(0).occurredAt())
        .isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
  }

  private AuditEntry entry(UUID id, Instant occurredAt) {
    return new AuditEntry(new AuditEntryId(id), Optional.of(recruiterId), Actor.recruiter(recruiterId),
        "job.updated", "job", fixtures.uuid(), occurredAt, Map.of("field", "title"));
  }
}
