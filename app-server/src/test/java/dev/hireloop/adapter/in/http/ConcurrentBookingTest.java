package dev.hireloop.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.hireloop.adapter.out.persistence.jdbi.HireloopSchema;
import dev.hireloop.adapter.out.persistence.jdbi.JdbiPersistence;
import dev.hireloop.application.Hireloop;
import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.testing.MutableClock;
import dev.hireloop.testing.PostgresTestDatabase;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No double booking through the HTTP API: 50 candidates, each with their own booking link, ask for the same slot at
 * the same moment (released together by a latch). Exactly one gets 201; the 49 others get a 409 problem with free
 * alternatives, and exactly one confirmed booking exists. On the H2 file database the default server uses, on
 * PostgreSQL, and with two server instances (each with its own pool) sharing one PostgreSQL schema. Waits are
 * bounded only so that a broken build cannot hang; nothing here measures time.
 */
class ConcurrentBookingTest {
  private static final int CANDIDATES = 50;
  private static final String START = SchedulingFixture.TUESDAY_NINE;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
  private static final byte[] LINK_KEY = "a link-signing key both instances share".getBytes(
      StandardCharsets.US_ASCII);

  @TempDir
  Path dataDir;

  @Test
  void fifty_candidates_racing_for_one_slot_on_h2_get_exactly_one_booking() throws Exception {
    MutableClock clock = SchedulingFixture.clock();
    try (HikariDataSource pool = pool("jdbc:h2:file:" + dataDir.resolve("hireloop")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE"
        + ";LOCK_TIMEOUT=10000", "sa", "")) {
      HireloopSchema.migrate(pool, HireloopSchema.DEFAULT_SCHEMA);
      try (TestApi api = TestApi.start(JdbiPersistence.create(pool), configure(clock))) {
        race(List.of(api));
      }
    }
  }

  @Test
  void fifty_candidates_racing_for_one_slot_on_postgresql_get_exactly_one_booking() throws Exception {
    PostgresTestDatabase.Settings postgres = PostgresTestDatabase.settings();
    MutableClock clock = SchedulingFixture.clock();
    try (PostgresTestDatabase.IsolatedSchema schema =
        PostgresTestDatabase.freshSchema(PostgresTestDatabase.dataSource(postgres));
        HikariDataSource pool = pool(postgres)) {
      HireloopSchema.migrate(pool, schema.name());
      try (TestApi api = TestApi.start(JdbiPersistence.create(pool, schema.name()), configure(clock))) {
        race(List.of(api));
      }
    }
  }

  @Test
  void two_server_instances_sharing_one_postgresql_schema_cannot_double_book() throws Exception {
    PostgresTestDatabase.Settings postgres = PostgresTestDatabase.settings();
    MutableClock clock = SchedulingFixture.clock();
    try (PostgresTestDatabase.IsolatedSchema schema =
        PostgresTestDatabase.freshSchema(PostgresTestDatabase.dataSource(postgres));
        HikariDataSource firstPool = pool(postgres);
        HikariDataSource secondPool = pool(postgres)) {
      HireloopSchema.migrate(firstPool, schema.name());
      try (TestApi first = TestApi.start(JdbiPersistence.create(firstPool, schema.name()), configure(clock));
          TestApi second = TestApi.secondInstance(first, JdbiPersistence.create(secondPool, schema.name()),
              configure(clock))) {
        race(List.of(first, second));
      }
    }
  }

  /**
   * Links are made on the first server; request {@code i} goes to server {@code i % servers}. Then the outcome is
   * checked through the API and in the store.
   */
  private static void race(List<TestApi> servers) throws Exception {
    TestApi api = servers.get(0);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < CANDIDATES; i++) {
      paths.add(SchedulingFixture.linkPath(SchedulingFixture.linkForNewProfile(api, "America/New_York")));
    }

    List<TestApi.Response> responses = postAtOnce(servers, paths);

    List<TestApi.Response> created = responses.stream().filter(r -> r.status() == 201).toList();
    List<TestApi.Response> conflicts = responses.stream().filter(r -> r.status() == 409).toList();
    assertThat(created).as("201 answers").hasSize(1);
    assertThat(conflicts).as("409 answers").hasSize(CANDIDATES - 1);
    assertThat(created.get(0).json().get("status").asText()).isEqualTo("confirmed");
    assertThat(created.get(0).json().get("slot").get("start").asText()).isEqualTo(START);
    for (TestApi.Response conflict : conflicts) {
      assertThat(conflict.contentType()).startsWith("application/problem+json");
      JsonNode alternatives = conflict.json().get("alternatives");
      assertThat(alternatives).as(conflict.body()).isNotEmpty();
      assertThat(SchedulingFixture.starts(alternatives)).doesNotContain(START);
    }

    for (TestApi server : servers) {
      JsonNode all = server.get("/api/recruiter/interviews?filter=all", server.tokenA).json();
      assertThat(all.get("total").asInt()).isEqualTo(1);
      assertThat(all.get("items").get(0).get("status").asText()).isEqualTo("confirmed");
      assertThat(all.get("items").get(0).get("start").asText()).isEqualTo(START);
    }
    Instant start = Instant.parse(START);
    List<Booking> holding = api.hireloop.persistence().bookings()
        .findHolding(api.recruiterA, start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(1)));
    assertThat(holding).singleElement().satisfies(booking -> {
      assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
      assertThat(booking.slot()).hasValueSatisfying(slot -> assertThat(slot.start()).isEqualTo(start));
    });
  }

  private static List<TestApi.Response> postAtOnce(List<TestApi> servers, List<String> paths) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(paths.size());
    try {
      CountDownLatch ready = new CountDownLatch(paths.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<TestApi.Response>> futures = new ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        TestApi server = servers.get(i % servers.size());
        HttpRequest.Builder request = server.request(paths.get(i) + "/book").timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"start\": \"" + START + "\", \"timezone\": "
                + "\"America/New_York\"}"));
        futures.add(threads.submit(() -> {
          ready.countDown();
          go.await();
          return server.send(request);
        }));
      }
      assertThat(ready.await(60, TimeUnit.SECONDS)).as("all candidates ready").isTrue();
      go.countDown();
      List<TestApi.Response> responses = new ArrayList<>();
      for (Future<TestApi.Response> future : futures) {
        responses.add(future.get(REQUEST_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      threads.shutdownNow();
    }
  }

  private static UnaryOperator<Hireloop.Builder> configure(MutableClock clock) {
    return builder -> builder.clock(clock).linkSigningKeys(List.of(LINK_KEY));
  }

  private static HikariDataSource pool(PostgresTestDatabase.Settings postgres) {
    return pool(postgres.url(), postgres.user(), postgres.password());
  }

  private static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(8);
    config.setConnectionTimeout(60_000);
    return new HikariDataSource(config);
  }
}
