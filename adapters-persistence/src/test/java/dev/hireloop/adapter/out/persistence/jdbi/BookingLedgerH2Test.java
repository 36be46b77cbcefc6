package dev.hireloop.adapter.out.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.hireloop.adapter.out.persistence.TestDatabase;
import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.BookingRepository;
import dev.hireloop.port.out.persistence.LedgerRace;
import dev.hireloop.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conflict ledger on H2 as the server runs it: a file database behind a connection pool, with the server's URL
 * settings, including its lock timeout. No exclusion constraint here, so these races are won or lost on the
 * per-recruiter row lock alone.
 */
class BookingLedgerH2Test {
  /** What app-server's {@code ServerConfig.h2Url()} appends to the file path; keep the two in step. */
  static final String SERVER_URL_SETTINGS = TestDatabase.H2_MODE + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE"
      + TestDatabase.H2_LOCK_TIMEOUT;
  private static final Instant DAY = Instant.parse("2030-01-20T00:00:00Z");

  private final Fixtures fixtures = new Fixtures();

  @Test
  void of_fifty_concurrent_saves_on_a_file_database_with_a_connection_each_exactly_one_is_stored(
      @TempDir Path directory) throws Exception {
    try (HikariDataSource pool = pool("jdbc:h2:file:" + directory.resolve("hireloop") + SERVER_URL_SETTINGS, 50)) {
      HireloopSchema.migrate(pool);
      raceThreeTimes(JdbiPersistence.create(pool).bookings());
    }
  }

  @Test
  void of_fifty_concurrent_saves_through_the_servers_default_pool_size_exactly_one_is_stored(
      @TempDir Path directory) throws Exception {
    try (HikariDataSource pool = pool("jdbc:h2:file:" + directory.resolve("hireloop") + SERVER_URL_SETTINGS, 10)) {
      HireloopSchema.migrate(pool);
      raceThreeTimes(JdbiPersistence.create(pool).bookings());
    }
  }

  @Test
  void a_save_that_waits_longer_than_the_lock_timeout_is_busy_and_writes_nothing() throws Exception {
    String url = "jdbc:h2:mem:ledger_busy_" + Math.abs(System.nanoTime()) + TestDatabase.H2_MODE
        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=200";
    try (HikariDataSource pool = pool(url, 4)) {
      HireloopSchema.migrate(pool);
      JdbiPersistence persistence = JdbiPersistence.create(pool);
      RecruiterId recruiter = fixtures.recruiterId();
      List<Booking> bookings = LedgerRace.contenders(fixtures, recruiter, DAY.plus(Duration.ofHours(10)), 1);
      Booking holder = bookings.get(0);
      Booking waiting = LedgerRace.contenders(fixtures, recruiter, DAY.plus(Duration.ofHours(14)), 1).get(0);
      CountDownLatch locked = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);

      // a transaction that saved a holding booking keeps its recruiter's ledger row locked until it ends
      CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> persistence.transactions().run(() -> {
        persistence.bookings().save(holder);
        locked.countDown();
        await(release);
      }));
      try {
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> persistence.bookings().save(waiting))
            .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("booking.busy"));
      } finally {
        release.countDown();
      }
      holding.get(30, TimeUnit.SECONDS);

      assertThat(persistence.bookings().findById(waiting.id())).isEmpty();
      assertThat(persistence.bookings().save(waiting).version().value()).isEqualTo(1);
    }
  }

  @Test
  void h2_does_not_run_the_postgresql_only_migration() {
    try (TestDatabase database = TestDatabase.h2()) {
      List<String> versions = database.persistence().jdbi().withHandle(handle -> handle.createQuery(
          "SELECT \"version\" FROM <schema>.hireloop_schema_history WHERE success AND \"version\" IS NOT NULL "
              + "ORDER BY installed_rank")
          .mapTo(String.class).list());

      assertThat(versions).containsExactly("1", "2", "3", "4", "5");
    }
  }

  private void raceThreeTimes(BookingRepository bookings) throws Exception {
    RecruiterId recruiter = fixtures.recruiterId();
    for (int round = 0; round < 3; round++) {
      Instant start = DAY.plus(Duration.ofHours(8 + 2L * round));
      List<Booking> contenders = LedgerRace.contenders(fixtures, recruiter, start, 50);

      List<String> outcomes = LedgerRace.run(contenders, List.of(bookings));

      assertThat(outcomes).containsOnlyOnce(LedgerRace.SAVED).containsOnly(LedgerRace.SAVED, "booking.slot-taken");
      assertThat(bookings.findHolding(recruiter, start, start.plus(Duration.ofHours(1)))).hasSize(1);
    }
    assertThat(bookings.findHolding(recruiter, DAY, DAY.plus(Duration.ofDays(1)))).hasSize(3);
  }

  private static HikariDataSource pool(String url, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(size);
    config.setPoolName("ledger-h2-" + size);
    return new HikariDataSource(config);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
