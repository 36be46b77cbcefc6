package dev.hireloop.port.out.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.testing.Fixtures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventDeliveries} promises. Subclasses return an isolated, empty store. */
public abstract class EventDeliveriesContract {
  protected final Fixtures fixtures = new Fixtures();
  private Persistence persistence;
  private EventDeliveries deliveries;
  private RecruiterId recruiterId;

  /** A new, empty store for each test. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void createStore() {
    persistence = newPersistence();
    deliveries = persistence.eventDeliveries();
    recruiterId = fixtures.recruiterId();
  }

  @Test
  void marks_a_delivery_processed_exactly_once_per_handler() {
    UUID eventId = fixtures.uuid();

    assertThat(deliveries.isProcessed(eventId, "workflow.shortlist")).isFalse();
    assertThat(deliveries.markProcessed(eventId, "workflow.shortlist", fixtures.now())).isTrue();
    assertThat(deliveries.markProcessed(eventId, "workflow.shortlist", fixtures.now())).isFalse();
    assertThat(deliveries.isProcessed(eventId, "workflow.shortlist")).isTrue();
    assertThat(deliveries.isProcessed(eventId, "notify.recruiter")).isFalse();
    assertThat(deliveries.markProcessed(eventId, "notify.recruiter", fixtures.now())).isTrue();
    assertThat(deliveries.isProcessed(fixtures.uuid(), "workflow.shortlist")).isFalse();
  }

  @Test
  void of_concurrent_marks_exactly_one_wins() throws Exception {
    UUID eventId = fixtures.uuid();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return persistence.transactions().inTransaction(
              () -> deliveries.markProcessed(eventId, "workflow.race", fixtures.now()));
        }));
      }
      start.countDown();
      int winners = 0;
      for (Future<Boolean> result : results) {
        winners += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_mark_made_in_a_transaction_that_rolls_back_is_undone() {
    UUID eventId = fixtures.uuid();

    assertThatThrownBy(() -> persistence.transactions().run(() -> {
      deliveries.markProcessed(eventId, "workflow.rule", fixtures.now());
      throw new IllegalStateException("handler failed");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(deliveries.isProcessed(eventId, "workflow.rule")).isFalse();
    assertThat(deliveries.markProcessed(eventId, "workflow.rule", fixtures.now())).isTrue();
  }

  @Test
  void an_already_processed_mark_leaves_the_transaction_usable() {
    UUID eventId = fixtures.uuid();
    deliveries.markProcessed(eventId, "workflow.rule", fixtures.now());
    Recruiter recruiter = fixtures.recruiter();

    boolean marked = persistence.transactions().inTransaction(() -> {
      boolean again = deliveries.markProcessed(eventId, "workflow.rule", fixtures.now());
      persistence.recruiters().save(recruiter);
      return again;
    });

    assertThat(marked).isFalse();
    assertThat(persistence.recruiters().findById(recruiter.id())).isPresent();
  }

  @Test
  void records_and_finds_a_dead_letter() {
    DeadLetter deadLetter = deadLetter(fixtures.uuid(), "notify.email", fixtures.now());

    deliveries.recordDeadLetter(deadLetter);

    assertThat(deliveries.findDeadLetter(deadLetter.eventId(), "notify.email")).contains(deadLetter);
    assertThat(deliveries.findDeadLetter(deadLetter.eventId(), "other.handler")).isEmpty();
    assertThat(deliveries.findDeadLetter(fixtures.uuid(), "notify.email")).isEmpty();
  }

  @Test
  void recording_a_dead_letter_again_replaces_it() {
    UUID eventId = fixtures.uuid();
    deliveries.recordDeadLetter(deadLetter(eventId, "notify.email", fixtures.now()));
    DeadLetter later = new DeadLetter(eventId, "JobPosted", recruiterId, "notify.email", 10,
        "SMTP 451 temporary failure – ünïcode", fixtures.now().plusSeconds(600));

    deliveries.recordDeadLetter(later);

    assertThat(deliveries.findDeadLetter(eventId, "notify.email")).contains(later);
    assertThat(deliveries.listDeadLetters(recruiterId, PageRequest.first(10)).total()).isEqualTo(1);
  }

  @Test
  void stores_the_failure_time_truncated_to_microseconds() {
    Instant withNanos = Instant.parse("2030-01-15T09:00:00.111111111Z");
    DeadLetter deadLetter = deadLetter(fixtures.uuid(), "rule", withNanos);

    deliveries.recordDeadLetter(deadLetter);

    assertThat(deliveries.findDeadLetter(deadLetter.eventId(), "rule").orElseThrow().failedAt())
        .isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
  }

  @Test
  void lists_a_recruiters_dead_letters_newest_first_with_ties_by_event_and_handler() {
    Instant now = fixtures.now();
    UUID lowEvent = new UUID(0x1000_0000_0000_4000L, 0x8000_0000_0000_0001L);
    UUID highEvent = new UUID(0xB000_0000_0000_4000L, 0x8000_0000_0000_0001L);
    DeadLetter oldest = deadLetter(fixtures.uuid(), "rule.a", now);
    DeadLetter lowA = deadLetter(lowEvent, "rule.a", now.plusSeconds(5));
    DeadLetter lowB = deadLetter(lowEvent, "rule.b", now.plusSeconds(5));
    DeadLetter high = deadLetter(highEvent, "rule.a", now.plusSeconds(5));
    for (DeadLetter deadLetter : List.of(lowA, oldest, high, lowB)) {
      deliveries.recordDeadLetter(deadLetter);
    }
    deliveries.recordDeadLetter(new DeadLetter(fixtures.uuid(), "JobPosted", fixtures.recruiterId(), "rule.a", 1,
        "other recruiter", now.plusSeconds(60)));

    Page<DeadLetter> all = deliveries.listDeadLetters(recruiterId, PageRequest.first(10));
    Page<DeadLetter> last = deliveries.listDeadLetters(recruiterId, new PageRequest(3, 2));

    assertThat(all.items()).containsExactly(high, lowB, lowA, oldest);
    assertThat(last.items()).containsExactly(oldest);
    assertThat(last.total()).isEqualTo(4);
  }

  @Test
  void removes_a_dead_letter_and_ignores_unknown_ones() {
    DeadLetter deadLetter = deadLetter(fixtures.uuid(), "rule", fixtures.now());
    deliveries.recordDeadLetter(deadLetter);

    deliveries.removeDeadLetter(deadLetter.eventId(), "rule");
    deliveries.removeDeadLetter(fixtures.uuid(), "rule");

    assertThat(deliveries.findDeadLetter(deadLetter.eventId(), "rule")).isEmpty();
    assertThat(deliveries.listDeadLetters(recruiterId, PageRequest.first(10)).total()).isZero();
  }

  private DeadLetter deadLetter(UUID eventId, String handler, Instant failedAt) {
    return new DeadLetter(eventId, "JobCreated", recruiterId, handler, 5, "IllegalStateException: boom", failedAt);
  }
}
