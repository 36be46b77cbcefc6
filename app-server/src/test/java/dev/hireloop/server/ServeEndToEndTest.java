package dev.hireloop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.port.out.events.EventOutbox;
import dev.hireloop.testing.PostgresTestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serve logic end to end: a real server on a free port over a real database, a first start that bootstraps
 * the first recruiter and prints its token, and a restart on the same data that keeps everything.
 */
class ServeEndToEndTest {
  private static final Pattern TOKEN = Pattern.compile("hlk_[A-Za-z0-9_-]{43}");

  @TempDir
  Path dataDir;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void keeps_the_first_recruiter_and_its_token_across_a_restart_on_h2() throws Exception {
    Map<String, String> env = baseEnv();

    restartScenario(env);

    assertThat(dataDir.resolve("hireloop.mv.db")).exists();
  }

  @Test
  void keeps_the_first_recruiter_and_its_token_across_a_restart_on_postgres() throws Exception {
    PostgresTestDatabase.Settings postgres = PostgresTestDatabase.settings();
    try (PostgresTestDatabase.IsolatedSchema schema =
        PostgresTestDatabase.freshSchema(PostgresTestDatabase.dataSource(postgres))) {
      Map<String, String> env = baseEnv();
      env.put("HIRELOOP_DB_URL", postgres.url());
      env.put("HIRELOOP_DB_USER", postgres.user());
      env.put("HIRELOOP_DB_PASSWORD", postgres.password());
      env.put("HIRELOOP_DB_SCHEMA", schema.name());
      env.put("HIRELOOP_DB_POOL_SIZE", "3");

      restartScenario(env);

      assertThat(dataDir.resolve("hireloop.mv.db")).doesNotExist();
    }
  }

  @Test
  void serves_from_memory_without_touching_the_data_directory() throws Exception {
    Map<String, String> env = baseEnv();
    env.put("HIRELOOP_DB", "memory");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    try (RunningServer server = Cli.start(ServerConfig.fromEnv(env), print(printed))) {
      String token = find(TOKEN, printed.toString(StandardCharsets.UTF_8));
      assertThat(get(server, "/api/me", token).statusCode()).isEqualTo(200);
      assertThat(get(server, "/health/ready", null).statusCode()).isEqualTo(200);
      assertEventsAreDispatched(server);
    }
    try (var files = Files.list(dataDir)) {
      assertThat(files).isEmpty();
    }
  }

  private void restartScenario(Map<String, String> env) throws Exception {
    ServerConfig config = ServerConfig.fromEnv(env);
    Path keyFile = dataDir.resolve("secret.key");

    ByteArrayOutputStream firstOutput = new ByteArrayOutputStream();
    String token;
    int firstPort;
    try (RunningServer server = Cli.start(config, print(firstOutput))) {
      firstPort = server.port();
      String printed = firstOutput.toString(StandardCharsets.UTF_8);
      token = find(TOKEN, printed);
      String base = "http://localhost:" + server.port();
      assertThat(printed)
          .contains("Hireloop is running at " + base)
          .contains("curl -H \"Authorization: Bearer " + token + "\" " + base + "/api/me");

      HttpResponse<String> me = get(server, "/api/me", token);
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains("admin@localhost.localdomain");
      assertThat(get(server, "/api/me", null).statusCode()).isEqualTo(401);
      assertThat(get(server, "/health/ready", null).statusCode()).isEqualTo(200);
      assertEventsAreDispatched(server);
    }
    assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + firstPort
        + "/health/live")).build(), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);

    assertThat(keyFile).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    String keyFileContent = Files.readString(keyFile);

    ByteArrayOutputStream secondOutput = new ByteArrayOutputStream();
    try (RunningServer server = Cli.start(config, print(secondOutput))) {
      String printed = secondOutput.toString(StandardCharsets.UTF_8);
      assertThat(printed).contains("Hireloop is running at http://localhost:" + server.port()).doesNotContain("hlk_");
      assertThat(server.bootstrapped()).isEmpty();

      HttpResponse<String> me = get(server, "/api/me", token);
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains("admin@localhost.localdomain");
    }
    assertThat(Files.readString(keyFile)).isEqualTo(keyFileContent);
  }

  /** The bootstrap wrote events to the outbox; the running dispatcher must hand them out. */
  private static void assertEventsAreDispatched(RunningServer server) throws InterruptedException {
    EventOutbox outbox = server.hireloop().persistence().eventOutbox();
    assertThat(outbox.list(server.bootstrapped().orElseThrow().recruiter().id(), new PageRequest(0, 10)).items())
        .isNotEmpty();
    // Generous bound for a slow machine: the point is that dispatching happens at all, not how fast.
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!outbox.fetchUndispatched(10).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(outbox.fetchUndispatched(10)).isEmpty();
  }

  private Map<String, String> baseEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("HIRELOOP_PORT", "0");
    env.put("HIRELOOP_HOST", "127.0.0.1");
    env.put("HIRELOOP_DATA_DIR", dataDir.toString());
    env.put("HIRELOOP_EVENT_POLL_MS", "100");
    return env;
  }

  private HttpResponse<String> get(RunningServer server, String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(10));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private static String find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
    return matcher.group();
  }
}
