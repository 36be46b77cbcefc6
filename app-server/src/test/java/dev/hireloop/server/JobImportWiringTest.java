package dev.hireloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hireloop.adapter.out.jobboard.FetchPolicy;
import dev.hireloop.adapter.out.jobboard.JobBoardOptions;
import dev.hireloop.adapter.out.jobboard.fake.FakeJobBoards;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's job-import configuration reaches the job boards, and a configured server imports end to end. */
class JobImportWiringTest {
  @TempDir
  Path dataDir;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void the_defaults_are_the_job_board_adapters_own() {
    JobBoardOptions options = Wiring.jobBoardOptions(ServerConfig.fromEnv(Map.of()).jobImport());

    assertThat(options).isEqualTo(JobBoardOptions.defaults());
  }

  @Test
  void configured_limits_and_hosts_reach_the_fetch_policy() {
    ServerConfig config = ServerConfig.fromEnv(Map.of(
        "HIRELOOP_GREENHOUSE_API_URL", "https://gh.proxy.example.com/v",
        "HIRELOOP_IMPORT_ALLOWED_HOSTS", "careers.acme.com,*.example.org",
        "HIRELOOP_IMPORT_MAX_BYTES", "65536",
        "HIRELOOP_IMPORT_TIMEOUT_MS", "2500"));

    JobBoardOptions options = Wiring.jobBoardOptions(config.jobImport());

    assertThat(options.greenhouseApiUrl()).isEqualTo(URI.create("https://gh.proxy.example.com/v"));
    assertThat(options.leverApiUrl()).isEqualTo(JobBoardOptions.defaults().leverApiUrl());
    FetchPolicy policy = options.fetchPolicy();
    assertThat(policy.maxPageBytes()).isEqualTo(65_536);
    assertThat(policy.maxApiBytes()).isEqualTo(FetchPolicy.DEFAULT_MAX_API_BYTES);
    assertThat(policy.requestTimeout()).isEqualTo(Duration.ofMillis(2_500));
    assertThat(policy.connectTimeout()).isEqualTo(Duration.ofMillis(2_500));
    assertThat(policy.pageHosts()).containsExactlyInAnyOrder("careers.acme.com", "*.example.org");
    assertThat(policy.trustedHosts()).isEmpty();
    assertThat(policy.maxRedirects()).isEqualTo(3);
  }

  @Test
  void a_large_page_limit_raises_the_api_limit_with_it() {
    ServerConfig config = ServerConfig.fromEnv(Map.of("HIRELOOP_IMPORT_MAX_BYTES", String.valueOf(20 << 20),
        "HIRELOOP_IMPORT_TIMEOUT_MS", "30000"));

    FetchPolicy policy = Wiring.jobBoardOptions(config.jobImport()).fetchPolicy();

    assertThat(policy.maxApiBytes()).isEqualTo(20 << 20);
    assertThat(policy.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void a_server_imports_from_the_boards_its_configuration_points_at() throws Exception {
    try (FakeJobBoards boards = FakeJobBoards.start()) {
      Map<String, String> env = new HashMap<>();
      env.put("HIRELOOP_PORT", "0");
      env.put("HIRELOOP_HOST", "127.0.0.1");
      env.put("HIRELOOP_DATA_DIR", dataDir.toString());
      env.put("HIRELOOP_DB", "memory");
      env.put("HIRELOOP_GREENHOUSE_API_URL", boards.url("/greenhouse").toString());
      env.put("HIRELOOP_GREENHOUSE_EU_API_URL", boards.url("/greenhouse-eu").toString());
      env.put("HIRELOOP_LEVER_API_URL", boards.url("/lever").toString());
      env.put("HIRELOOP_LEVER_EU_API_URL", boards.url("/lever-eu").toString());
      env.put("HIRELOOP_ASHBY_API_URL", boards.url("/ashby").toString());

      try (RunningServer server = RunningServer.start(ServerConfig.fromEnv(env))) {
        String token = server.bootstrapped().orElseThrow().token().plaintext();
        FakeJobBoards.FakePosting greenhouse = posting(boards, "greenhouse");
        FakeJobBoards.FakePosting lever = posting(boards, "lever");
        FakeJobBoards.FakePosting ashby = posting(boards, "ashby");

        HttpResponse<String> imported = send(server, token, HttpRequest.newBuilder()
            .uri(uri(server, "/api/jobs/import")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + greenhouse.url() + "\"}")));
        HttpResponse<String> preview = send(server, token, HttpRequest.newBuilder()
            .uri(uri(server, "/api/convert_from_json?url=" + URLEncoder.encode(lever.url().toString(),
                StandardCharsets.UTF_8))).GET());
        HttpResponse<String> ashbyPreview = send(server, token, HttpRequest.newBuilder()
            .uri(uri(server, "/api/convert_from_json?url=" + URLEncoder.encode(ashby.url().toString(),
                StandardCharsets.UTF_8))).GET());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(json.readTree(imported.body()).get("title").asText()).isEqualTo(greenhouse.title());
        assertThat(json.readTree(imported.body()).get("source").asText()).isEqualTo("greenhouse");
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(json.readTree(preview.body()).get("title").asText()).isEqualTo(lever.title());
        assertThat(ashbyPreview.statusCode()).as(ashbyPreview.body()).isEqualTo(200);
        assertThat(json.readTree(ashbyPreview.body()).get("source").asText()).isEqualTo("ashby");
      }
    }
  }

  @Test
  void a_configured_server_still_refuses_pasted_links_into_its_own_network() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("HIRELOOP_PORT", "0");
    env.put("HIRELOOP_HOST", "127.0.0.1");
    env.put("HIRELOOP_DATA_DIR", dataDir.toString());
    env.put("HIRELOOP_DB", "memory");

    try (RunningServer server = RunningServer.start(ServerConfig.fromEnv(env))) {
      String token = server.bootstrapped().orElseThrow().token().plaintext();
      for (String link : new String[] {"https://127.0.0.1/careers/42", "https://169.254.169.254/latest/meta-data/",
          "https://[::ffff:10.0.0.1]/jobs/1"}) {
        HttpResponse<String> refused = send(server, token, HttpRequest.newBuilder()
            .uri(uri(server, "/api/jobs/import")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + link + "\"}")));

        assertThat(refused.statusCode()).as(link + " " + refused.body()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("code").asText()).as(link).isEqualTo("url.private-address");
      }
    }
  }

  private static FakeJobBoards.FakePosting posting(FakeJobBoards boards, String source) {
    return boards.postings().stream().filter(posting -> posting.source().equals(source)).findFirst().orElseThrow();
  }

  private static URI uri(RunningServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> send(RunningServer server, String token, HttpRequest.Builder request)
      throws Exception {
    return http.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
