package dev.hireloop.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireloop.domain.scheduling.Slot;
import dev.hireloop.domain.scheduling.SlotUnavailableException;
import dev.hireloop.domain.shared.GoneException;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the scheduling failures become problems: 410 for what expired, 409 with the slots that are still free. */
class SchedulingProblemsTest {
  private static final Slot NINE_FIFTEEN = new Slot(Instant.parse("2030-01-08T09:15:00Z"),
      Instant.parse("2030-01-08T10:00:00Z"));
  private static final Slot TEN = new Slot(Instant.parse("2030-01-08T10:00:00Z"),
      Instant.parse("2030-01-08T10:45:00Z"));

  private Javalin app;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() {
    ProblemMapping problems = new ProblemMapping(new Routes(), 1024, ctx -> { });
    app = Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(Json.objectMapper(), false));
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.routes.addHttpHandler(HandlerType.GET, "/expired", ctx -> {
        throw new GoneException("booking-link.expired", "the booking link has expired");
      });
      config.routes.addHttpHandler(HandlerType.GET, "/taken", ctx -> {
        throw new SlotUnavailableException("booking.slot-taken", "the slot was booked meanwhile",
            List.of(NINE_FIFTEEN, TEN));
      });
      config.routes.addHttpHandler(HandlerType.GET, "/taken-in-new-york", ctx -> {
        ctx.attribute(SlotResponse.DISPLAY_ZONE, ZoneId.of("America/New_York"));
        throw new SlotUnavailableException("booking.slot-unavailable", "that start is not offered", List.of(TEN));
      });
      config.routes.addHttpHandler(HandlerType.GET, "/nothing-free", ctx -> {
        throw new SlotUnavailableException("booking.slot-taken", "the slot was booked meanwhile", List.of());
      });
      problems.register(config.routes);
    }).start(0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void an_expired_link_is_410_gone() throws Exception {
    HttpResponse<String> response = get("/expired");

    assertThat(response.statusCode()).isEqualTo(410);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json(response);
    assertThat(problem.get("type").asText()).isEqualTo("https://hireloop.dev/problems/booking-link.expired");
    assertThat(problem.get("title").asText()).isEqualTo("Gone");
    assertThat(problem.get("status").asInt()).isEqualTo(410);
    assertThat(problem.get("code").asText()).isEqualTo("booking-link.expired");
  }

  @Test
  void an_unavailable_slot_is_409_with_the_alternatives_in_utc() throws Exception {
    HttpResponse<String> response = get("/taken");

    assertThat(response.statusCode()).isEqualTo(409);
    JsonNode problem = json(response);
    assertThat(problem.get("code").asText()).isEqualTo("booking.slot-taken");
    assertThat(problem.get("title").asText()).isEqualTo("Conflict");
    JsonNode alternatives = problem.get("alternatives");
    assertThat(alternatives).hasSize(2);
    assertThat(alternatives.get(0).get("start").asText()).isEqualTo("2030-01-08T09:15:00Z");
    assertThat(alternatives.get(0).get("end").asText()).isEqualTo("2030-01-08T10:00:00Z");
    assertThat(alternatives.get(1).get("start").asText()).isEqualTo("2030-01-08T10:00:00Z");
    assertThat(alternatives.get(0).has("local_start")).isFalse();
  }

  @Test
  void the_alternatives_show_local_times_when_the_request_named_the_candidates_zone() throws Exception {
    JsonNode alternative = json(get("/taken-in-new-york")).get("alternatives").get(0);

    assertThat(alternative.get("start").asText()).isEqualTo("2030-01-08T10:00:00Z");
    assertThat(alternative.get("local_start").asText()).isEqualTo("2030-01-08T05:00:00-05:00");
    assertThat(alternative.get("local_end").asText()).isEqualTo("2030-01-08T05:45:00-05:00");
  }

  @Test
  void a_conflict_without_free_slots_still_carries_an_empty_alternatives_array() throws Exception {
    JsonNode problem = json(get("/nothing-free"));

    assertThat(problem.get("status").asInt()).isEqualTo(409);
    assertThat(problem.get("alternatives").isArray()).isTrue();
    assertThat(problem.get("alternatives")).isEmpty();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return Json.objectMapper().readTree(response.body());
  }
}
