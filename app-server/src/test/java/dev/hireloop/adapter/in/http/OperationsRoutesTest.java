package dev.hireloop.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class OperationsRoutesTest {
  private TestApi api;
  private ListAppender<ILoggingEvent> accessLog;

  @BeforeEach
  void start() {
    // the test configuration logs at WARN; the access log writes at INFO
    ((Logger) LoggerFactory.getLogger(AccessLog.class)).setLevel(Level.INFO);
    accessLog = ProblemsTest.capture(AccessLog.class);
    api = TestApi.start();
  }

  @AfterEach
  void stop() {
    api.close();
    Logger logger = (Logger) LoggerFactory.getLogger(AccessLog.class);
    logger.detachAppender(accessLog);
    logger.setLevel(null);
  }

  @Test
  void liveness_answers_up() {
    TestApi.Response response = api.send(api.request("/health/live").GET());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.json().get("status").asText()).isEqualTo("UP");
  }

  @Test
  void readiness_follows_the_database() {
    TestApi.Response up = api.send(api.request("/health/ready").GET());
    assertThat(up.status()).isEqualTo(200);
    assertThat(up.json().get("status").asText()).isEqualTo("UP");

    api.databaseReady.set(false);
    TestApi.Response down = api.send(api.request("/health/ready").GET());
    assertThat(down.status()).isEqualTo(503);
    assertThat(down.json().get("status").asText()).isEqualTo("DOWN");
  }

  @Test
  void serves_the_openapi_document() {
    TestApi.Response response = api.send(api.request("/openapi.yaml").GET());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/yaml");
    assertThat(response.body()).startsWith("openapi: 3.1.0");
  }

  @Test
  void lists_no_dead_letters_when_every_delivery_succeeded() {
    TestApi.Response response = api.get("/api/events/dead-letters", api.tokenA);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("items")).isEmpty();
    assertThat(response.json().get("total").asLong()).isZero();
  }

  @Test
  void replaying_an_unknown_dead_letter_is_not_found() {
    TestApi.Response response = api.postEmpty(
        "/api/events/dead-letters/00000000-0000-0000-0000-000000000009/notify-recruiter/replay", api.tokenA);

    assertThat(response.status()).isEqualTo(404);
    assertThat(api.postEmpty("/api/events/dead-letters/nope/notify-recruiter/replay", api.tokenA).status())
        .isEqualTo(400);
  }

  @Test
  void logs_one_line_per_request_with_the_path_template_and_no_query_string() {
    String id = api.createJob(api.tokenA, "{\"title\": \"Nurse\"}");
    accessLog.list.clear();

    TestApi.Response response = api.send(api.request("/api/jobs/" + id + "?secret=ada%40example.com", api.tokenA)
        .header("X-Request-Id", "log-check-1").GET());

    assertThat(response.status()).isEqualTo(200);
    List<ILoggingEvent> lines = accessLog.list;
    assertThat(lines).hasSize(1);
    String line = lines.get(0).getFormattedMessage();
    assertThat(line).startsWith("GET /api/jobs/{job_id} 200 ").endsWith("ms");
    assertThat(line).doesNotContain(id).doesNotContain("secret").doesNotContain("ada");
    assertThat(lines.get(0).getMDCPropertyMap()).containsEntry(RequestIds.MDC_KEY, "log-check-1");
  }

  @Test
  void logs_unmatched_requests_without_their_path() {
    accessLog.list.clear();

    api.get("/api/ada-lovelace", api.tokenA);

    assertThat(accessLog.list).hasSize(1);
    assertThat(accessLog.list.get(0).getFormattedMessage()).startsWith("GET (unmatched) 404 ")
        .doesNotContain("ada");
  }

  @Test
  void runs_the_stop_callback_when_the_server_stops() {
    assertThat(api.stopped.get()).isZero();

    api.close();

    assertThat(api.stopped.get()).isEqualTo(1);
  }
}
