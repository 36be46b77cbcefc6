package dev.hireloop.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class TestSupportTest {

  @Test
  void sequential_ids_are_repeatable_and_distinct_per_prefix() {
    SequentialIds first = new SequentialIds();
    SequentialIds other = new SequentialIds(7);

    assertThat(first.next()).isEqualTo(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    assertThat(first.next()).isEqualTo(SequentialIds.id(2));
    assertThat(other.next()).isEqualTo(UUID.fromString("00000000-0007-4000-8000-000000000001"));
    assertThat(first.next().version()).isEqualTo(4);
    assertThat(first.issued()).isEqualTo(3);
  }

  @Test
  void sequential_ids_never_repeat_across_threads() throws InterruptedException {
    SequentialIds ids = new SequentialIds();
    Set<UUID> seen = ConcurrentHashMap.newKeySet();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        for (int i = 0; i < 1_000; i++) {
          seen.add(ids.next());
        }
      });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(seen).hasSize(4_000);
  }

  @Test
  void mutable_clock_stands_still_until_moved_and_zones_share_the_instant() {
    MutableClock clock = MutableClock.at("2030-01-15T09:00:00Z");
    MutableClock london = clock.withZone(ZoneId.of("Europe/London"));

    assertThat(clock.instant()).isEqualTo(clock.instant());
    clock.advance(Duration.ofMinutes(5));
    assertThat(london.instant()).isEqualTo(Instant.parse("2030-01-15T09:05:00Z"));
    assertThat(london.getZone()).isEqualTo(ZoneId.of("Europe/London"));
    clock.set(Instant.parse("2031-01-01T00:00:00Z"));
    assertThat(clock.millis()).isEqualTo(Instant.parse("2031-01-01T00:00:00Z").toEpochMilli());
  }

  @Test
  void fixtures_number_their_data_so_unique_columns_never_collide() {
    Fixtures fixtures = new Fixtures();
    Set<String> emails = new HashSet<>();
    for (int i = 0; i < 10; i++) {
      emails.add(fixtures.recruiter().email().value());
    }
    assertThat(emails).hasSize(10);
    assertThat(fixtures.apiToken(fixtures.recruiterId()).hash())
        .isNotEqualTo(fixtures.apiToken(fixtures.recruiterId()).hash());
    assertThat(fixtures.someEvents(fixtures.recruiterId())).extracting(e -> e.eventId()).doesNotHaveDuplicates();
  }

  @Test
  void postgres_is_skipped_with_a_reason_when_the_variables_are_absent() {
    var availability = PostgresTestDatabase.check(Map.of());

    assertThat(availability.settings()).isNull();
    assertThatThrownBy(() -> PostgresTestDatabase.settingsOrSkip(availability))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("HIRELOOP_TEST_PG_URL")
        .hasMessageContaining("HIRELOOP_REQUIRE_POSTGRES=true");
  }

  @Test
  void postgres_absence_fails_the_test_when_it_is_required() {
    var availability = PostgresTestDatabase.check(Map.of("HIRELOOP_REQUIRE_POSTGRES", "true",
        "HIRELOOP_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/x"));

    assertThatThrownBy(() -> PostgresTestDatabase.settingsOrSkip(availability))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("HIRELOOP_TEST_PG_USER")
        .hasMessageContaining("failure");
  }

  @Test
  void an_unreachable_server_is_skipped_or_fails_when_required() {
    Map<String, String> unreachable = Map.of("HIRELOOP_TEST_PG_URL", "jdbc:hireloop-no-such-driver://127.0.0.1:1/x",
        "HIRELOOP_TEST_PG_USER", "u", "HIRELOOP_TEST_PG_PASSWORD", "p");
    var skipped = PostgresTestDatabase.check(unreachable);
    Map<String, String> requiredUnreachable = new HashMap<>(unreachable);
    requiredUnreachable.put("HIRELOOP_REQUIRE_POSTGRES", "TRUE");
    var required = PostgresTestDatabase.check(requiredUnreachable);

    assertThatThrownBy(() -> PostgresTestDatabase.settingsOrSkip(skipped))
        .isInstanceOf(TestAbortedException.class).hasMessageContaining("unreachable");
    assertThatThrownBy(() -> PostgresTestDatabase.settingsOrSkip(required))
        .isInstanceOf(AssertionFailedError.class).hasMessageContaining("unreachable");
  }

  @Test
  void settings_never_print_the_password() {
    assertThat(new PostgresTestDatabase.Settings("jdbc:postgresql://h/db", "user", "s3cret").toString())
        .doesNotContain("s3cret");
  }

  @Test
  void schema_names_are_unique_plain_identifiers() {
    String first = PostgresTestDatabase.uniqueSchemaName();
    String second = PostgresTestDatabase.uniqueSchemaName();

    assertThat(first).isNotEqualTo(second).matches("hl_t_[0-9]+_[0-9]+").hasSizeLessThan(64);
  }
}
