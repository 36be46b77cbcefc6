package dev.hireloop.adapter.out.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.hireloop.adapter.out.persistence.TestDatabase;
import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.LedgerRace;
import dev.hireloop.testing.Fixtures;
import dev.hireloop.testing.PostgresTestDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * The conflict ledger on PostgreSQL: the exclusion constraint is the guarantee, also for rows the repository never
 * wrote and for several server instances sharing one database. Skipped with a printed reason when the test server
 * is not configured; failed instead under {@code HIRELOOP_REQUIRE_POSTGRES=true}.
 */
class BookingLedgerPostgresTest {
  private static final Instant DAY = Instant.parse("2030-01-20T00:00:00Z");

  private final Fixtures fixtures = new Fixtures();

  @Test
  void the_constraint_refuses_an_overlapping_held_range_written_without_the_repository() {
    try (TestDatabase database = TestDatabase.postgres()) {
      JdbiPersistence persistence = database.persistence();
      RecruiterId recruiter = fixtures.recruiterId();
      Booking stored = persistence.bookings().save(contender(recruiter, "10:00"));
      Interval held = stored.held().orElseThrow();

      persistence.jdbi().useHandle(handle -> {
        assertThatThrownBy(() -> insertRaw(handle, recruiter, "CONFIRMED", held.start().plus(Duration.ofMinutes(30)),
            held.end().plus(Duration.ofMinutes(30))))
            .satisfies(e -> assertThat(sqlState(e)).isEqualTo(JdbiBookingRepository.EXCLUSION_VIOLATION));
        assertThatThrownBy(() -> insertRaw(handle, recruiter, "PENDING", held.start(), held.end()))
            .satisfies(e -> assertThat(sqlState(e)).isEqualTo(JdbiBookingRepository.EXCLUSION_VIOLATION));
        // rows that do not hold their range, another recruiter's, and touching ranges are all allowed
        insertRaw(handle, recruiter, "CANCELLED", held.start(), held.end());
        insertRaw(handle, recruiter, "COMPLETED", held.start(), held.end());
        insertRaw(handle, fixtures.recruiterId(), "CONFIRMED", held.start(), held.end());
        insertRaw(handle, recruiter, "CONFIRMED", held.end(), held.end().plus(Duration.ofHours(1)));
      });
    }
  }

  @Test
  void the_constraint_refuses_an_update_that_moves_a_row_onto_a_taken_range() {
    try (TestDatabase database = TestDatabase.postgres()) {
      JdbiPersistence persistence = database.persistence();
      RecruiterId recruiter = fixtures.recruiterId();
      Booking taken = persistence.bookings().save(contender(recruiter, "10:00"));
      Booking other = persistence.bookings().save(contender(recruiter, "14:00"));

      persistence.jdbi().useHandle(handle -> assertThatThrownBy(() -> handle.createUpdate(
              "UPDATE <schema>.bookings SET held_start = :start, held_end = :end, slot_start = :start, "
                  + "slot_end = :end WHERE id = :id")
          .bindByType("start", taken.slot().orElseThrow().start(), Instant.class)
          .bindByType("end", taken.slot().orElseThrow().end(), Instant.class)
          .bind("id", other.id().value())
          .execute())
          .satisfies(e -> assertThat(sqlState(e)).isEqualTo(JdbiBookingRepository.EXCLUSION_VIOLATION)));
    }
  }

  @Test
  void btree_gist_is_installed_outside_every_hireloop_schema() {
    try (TestDatabase database = TestDatabase.postgres()) {
      String schema = database.persistence().jdbi().withHandle(handle -> handle.createQuery("""
              SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
              WHERE e.extname = 'btree_gist'""")
          .mapTo(String.class).one());

      assertThat(schema).isNotEqualTo(database.schema()).doesNotStartWith("hl_t_").isNotEqualTo("hireloop");
    }
  }

  @Test
  void dropping_one_hireloop_schema_leaves_the_constraint_of_another_in_place() {
    RecruiterId recruiter = fixtures.recruiterId();
    try (TestDatabase kept = TestDatabase.postgres()) {
      TestDatabase.postgres().close();

      kept.persistence().bookings().save(contender(recruiter, "10:00"));

      assertThat(constraintCount(kept)).isEqualTo(1);
      assertThatThrownBy(() -> kept.persistence().bookings().save(contender(recruiter, "10:30")))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("booking.slot-taken"));
    }
  }

  @Test
  void records_the_postgresql_only_migration() {
    try (TestDatabase database = TestDatabase.postgres()) {
      List<String> versions = database.persistence().jdbi().withHandle(handle -> handle.createQuery(
          "SELECT version FROM <schema>.hireloop_schema_history WHERE success AND version IS NOT NULL "
              + "ORDER BY installed_rank")
          .mapTo(String.class).list());

      assertThat(versions).containsExactly("1", "2", "2.1", "3", "4", "5");
    }
  }

  @Test
  void two_server_instances_with_their_own_pools_on_one_schema_store_exactly_one_of_fifty_racing_bookings()
      throws Exception {
    try (TestDatabase database = TestDatabase.postgres();
        HikariDataSource nodeA = pool("hireloop-node-a");
        HikariDataSource nodeB = pool("hireloop-node-b")) {
      JdbiPersistence first = JdbiPersistence.create(nodeA, database.schema());
      JdbiPersistence second = JdbiPersistence.create(nodeB, database.schema());
      RecruiterId recruiter = fixtures.recruiterId();
      for (int round = 0; round < 3; round++) {
        Instant start = DAY.plus(Duration.ofHours(8 + 2L * round));
        List<Booking> contenders = LedgerRace.contenders(fixtures, recruiter, start, 50);

        List<String> outcomes = LedgerRace.run(contenders, List.of(first.bookings(), second.bookings()));

        assertThat(outcomes).containsOnlyOnce(LedgerRace.SAVED)
            .containsOnly(LedgerRace.SAVED, "booking.slot-taken");
        assertThat(first.bookings().findHolding(recruiter, start, start.plus(Duration.ofHours(1)))).hasSize(1);
        assertThat(second.bookings().findHolding(recruiter, start, start.plus(Duration.ofHours(1)))).hasSize(1);
      }
      long stored = first.jdbi().withHandle(handle -> handle.createQuery(
              "SELECT COUNT(*) FROM <schema>.bookings WHERE recruiter_id = :recruiterId")
          .bind("recruiterId", recruiter.value())
          .mapTo(Long.class).one());
      assertThat(stored).isEqualTo(3);
    }
  }

  private Booking contender(RecruiterId recruiter, String time) {
    Instant start = DAY.plus(Duration.between(LocalTime.MIDNIGHT, LocalTime.parse(time)));
    return LedgerRace.contenders(fixtures, recruiter, start, 1).get(0);
  }

  private void insertRaw(Handle handle, RecruiterId recruiter, String status, Instant heldStart, Instant heldEnd) {
    handle.createUpdate("""
            INSERT INTO <schema>.bookings (id, recruiter_id, profile_id, provider, duration_minutes,
                candidate_time_zone, status, slot_start, slot_end, held_start, held_end, reschedules, created_at,
                updated_at, version)
            VALUES (:id, :recruiterId, :profileId, 'manual', 45, 'UTC', :status, :start, :end, :start, :end, '[]',
                :start, :start, 1)""")
        .bind("id", fixtures.uuid())
        .bind("recruiterId", recruiter.value())
        .bind("profileId", fixtures.uuid())
        .bind("status", status)
        .bindByType("start", heldStart, Instant.class)
        .bindByType("end", heldEnd, Instant.class)
        .execute();
  }

  private static long constraintCount(TestDatabase database) {
    return database.persistence().jdbi().withHandle(handle -> handle.createQuery("""
            SELECT COUNT(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
            WHERE n.nspname = :schema AND c.conname = 'bookings_held_range_ex' AND c.contype = 'x'""")
        .bind("schema", database.schema())
        .mapTo(Long.class).one());
  }

  private static String sqlState(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return sql.getSQLState();
      }
    }
    return null;
  }

  /** An independent pool over the test server, as a second server node would have. */
  private static HikariDataSource pool(String name) {
    PostgresTestDatabase.Settings settings = PostgresTestDatabase.settings();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(10);
    config.setMinimumIdle(0);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }
}
