package dev.hireloop.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.recruiter.RecruiterStatus;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.testing.Fixtures;
import java.time.Instant;
import java.time.ZoneId;
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

/** What every {@link RecruiterRepository} promises. Subclasses return an isolated, empty store. */
public abstract class RecruiterRepositoryContract {
  protected final Fixtures fixtures = new Fixtures();
  private RecruiterRepository recruiters;

  /** A new, empty store for each test. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void createStore() {
    recruiters = newPersistence().recruiters();
  }

  @Test
  void returns_empty_for_an_unknown_id_or_email() {
    assertThat(recruiters.findById(fixtures.recruiterId())).isEmpty();
    assertThat(recruiters.findByEmail(Email.of("nobody@example.com"))).isEmpty();
    assertThat(recruiters.listAll()).isEmpty();
    assertThat(recruiters.count()).isZero();
  }

  @Test
  void stores_a_new_recruiter_as_version_one_and_reads_it_back_equal() {
    Recruiter recruiter = fixtures.recruiter();

    Recruiter saved = recruiters.save(recruiter);

    assertThat(saved).isEqualTo(recruiter.withVersion(new Version(1)));
    assertThat(recruiters.findById(recruiter.id())).contains(saved);
    assertThat(recruiters.findByEmail(recruiter.email())).contains(saved);
  }

  @Test
  void an_update_stores_the_next_version() {
    Recruiter saved = recruiters.save(fixtures.recruiter());
    Recruiter renamed = saved.rename("Renamed Recruiter", Email.of("renamed@example.com"),
        ZoneId.of("America/New_York"), fixtures.clock().advance(java.time.Duration.ofMinutes(1)));

    Recruiter updated = recruiters.save(renamed);
    Recruiter disabled = recruiters.save(updated.disable(fixtures.now()));

    assertThat(updated.version()).isEqualTo(new Version(2));
    assertThat(disabled.version()).isEqualTo(new Version(3));
    assertThat(recruiters.findById(saved.id())).contains(disabled);
    assertThat(recruiters.findById(saved.id()).orElseThrow().status()).isEqualTo(RecruiterStatus.DISABLED);
    assertThat(recruiters.findByEmail(saved.email())).isEmpty();
  }

  @Test
  void rejects_a_stale_write() {
    Recruiter saved = recruiters.save(fixtures.recruiter());
    recruiters.save(saved.disable(fixtures.now()));

    assertThatThrownBy(() -> recruiters.save(saved.rename("Late", saved.email(), saved.timeZone(), fixtures.now())))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("recruiter.stale"));
    assertThat(recruiters.findById(saved.id()).orElseThrow().status()).isEqualTo(RecruiterStatus.DISABLED);
  }

  @Test
  void of_concurrent_updates_from_the_same_version_exactly_one_wins() throws Exception {
    Recruiter saved = recruiters.save(fixtures.recruiter());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String name = "Writer " + i;
        outcomes.add(pool.submit(() -> {
          start.await();
          try {
            recruiters.save(saved.rename(name, saved.email(), saved.timeZone(), saved.updatedAt()));
            return "saved";
          } catch (ConflictException e) {
            return e.code();
          }
        }));
      }
      start.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        results.add(outcome.get(60, TimeUnit.SECONDS));
      }
      assertThat(results).containsOnlyOnce("saved").containsOnly("saved", "recruiter.stale");
      assertThat(recruiters.findById(saved.id()).orElseThrow().version()).isEqualTo(new Version(2));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejects_an_update_of_a_recruiter_that_was_never_stored() {
    Recruiter neverStored = fixtures.recruiter().withVersion(new Version(4));

    assertThatThrownBy(() -> recruiters.save(neverStored))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("recruiter.stale"));
    assertThat(recruiters.count()).isZero();
  }

  @Test
  void rejects_inserting_the_same_recruiter_twice() {
    Recruiter recruiter = fixtures.recruiter();
    recruiters.save(recruiter);

    assertThatThrownBy(() -> recruiters.save(recruiter))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("recruiter.stale"));
  }

  @Test
  void rejects_a_second_recruiter_with_the_same_email() {
    Recruiter first = recruiters.save(fixtures.recruiter(Email.of("same@example.com")));
    Recruiter second = fixtures.recruiter(Email.of("SAME@example.com"));

    assertThatThrownBy(() -> recruiters.save(second))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("recruiter.email-taken"));
    assertThat(recruiters.findById(second.id())).isEmpty();
    assertThat(recruiters.findByEmail(first.email())).contains(first);
  }

  @Test
  void rejects_changing_the_email_to_one_that_is_taken() {
    Recruiter first = recruiters.save(fixtures.recruiter());
    Recruiter second = recruiters.save(fixtures.recruiter());

    assertThatThrownBy(() -> recruiters.save(
        second.rename(second.name(), first.email(), second.timeZone(), fixtures.now())))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("recruiter.email-taken"));
    assertThat(recruiters.findById(second.id())).contains(second);
  }

  @Test
  void lists_all_recruiters_oldest_first_with_ties_broken_by_id() {
    Instant earlier = fixtures.now();
    Instant later = earlier.plusSeconds(60);
    // ids whose first bit differs: databases order UUIDs by their bytes, unsigned
    Recruiter tieHigh = recruiter(new UUID(0x9000_0000_0000_4000L, 0x8000_0000_0000_0001L), later);
    Recruiter tieLow = recruiter(new UUID(0x7000_0000_0000_4000L, 0x8000_0000_0000_0001L), later);
    Recruiter oldest = recruiter(fixtures.uuid(), earlier);
    recruiters.save(tieHigh);
    recruiters.save(oldest);
    recruiters.save(tieLow);

    assertThat(recruiters.listAll()).extracting(Recruiter::id)
        .containsExactly(oldest.id(), tieLow.id(), tieHigh.id());
    assertThat(recruiters.count()).isEqualTo(3);
  }

  @Test
  void stores_instants_truncated_to_microseconds() {
    Instant withNanos = Instant.parse("2030-01-15T09:00:00.123456789Z");
    Recruiter recruiter = recruiter(fixtures.uuid(), withNanos);

    Recruiter saved = recruiters.save(recruiter);

    Instant micros = withNanos.truncatedTo(ChronoUnit.MICROS);
    assertThat(saved.createdAt()).isEqualTo(micros);
    assertThat(recruiters.findById(recruiter.id()).orElseThrow().createdAt()).isEqualTo(micros);
    assertThat(recruiters.findById(recruiter.id())).contains(saved);
  }

  @Test
  void keeps_names_in_any_script() {
    String name = "Zoë Ñandú-Łukasz 山田太郎 🚀";
    Recruiter recruiter = Recruiter.create(fixtures.recruiterId(), name, Email.of("zoe@example.com"),
        ZoneId.of("Asia/Tokyo"), fixtures.now());

    recruiters.save(recruiter);

    assertThat(recruiters.findById(recruiter.id()).orElseThrow().name()).isEqualTo(name);
  }

  private Recruiter recruiter(UUID id, Instant createdAt) {
    return Recruiter.create(new RecruiterId(id), "Recruiter " + id, Email.of(id + "@example.com"),
        ZoneId.of("Europe/Paris"), createdAt);
  }
}
