package dev.hireloop.adapter.in.http;

import static dev.hireloop.adapter.in.http.SeedSchedulingRoutesTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InterviewTemplateRoutesTest extends SchedulingApiTest {
  private static final String PHONE_SCREEN = """
      {
        "name": "30-Minute Phone Screen",
        "duration_minutes": 30,
        "description": "A first call about the role.",
        "location_kind": "phone",
        "location_detail": "+44 20 7946 0000"
      }
      """;

  @Test
  void every_recruiter_starts_with_the_45_minute_candidate_interview() {
    JsonNode page = api.get("/api/interview-templates", api.tokenA).json();

    assertThat(page.get("total").asInt()).isEqualTo(1);
    JsonNode original = page.get("items").get(0);
    assertThat(original.get("name").asText()).isEqualTo("45-Minute Candidate Interview");
    assertThat(original.get("duration_minutes").asInt()).isEqualTo(45);
    assertThat(original.get("location_kind").asText()).isEqualTo("video");
  }

  @Test
  void creates_gets_and_lists_a_template() {
    clock.advance(Duration.ofMinutes(1));
    TestApi.Response created = api.post("/api/interview-templates", api.tokenA, PHONE_SCREEN);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode template = created.json();
    String id = template.get("id").asText();
    assertThat(created.header("Location")).isEqualTo("/api/interview-templates/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"" + template.get("version").asLong() + "\"");
    assertThat(template.get("name").asText()).isEqualTo("30-Minute Phone Screen");
    assertThat(template.get("duration_minutes").asInt()).isEqualTo(30);
    assertThat(template.get("description").asText()).isEqualTo("A first call about the role.");
    assertThat(template.get("location_kind").asText()).isEqualTo("phone");
    assertThat(template.get("location_detail").asText()).isEqualTo("+44 20 7946 0000");
    assertThat(api.get("/api/interview-templates/" + id, api.tokenA).json()).isEqualTo(template);
    JsonNode page = api.get("/api/interview-templates", api.tokenA).json();
    assertThat(page.get("total").asInt()).isEqualTo(2);
    assertThat(page.get("items").get(1).get("id").asText()).isEqualTo(id);
    assertThat(api.get("/api/interview-templates?offset=1&limit=1", api.tokenA).json().get("items"))
        .hasSize(1);
  }

  @Test
  void a_minimal_template_is_a_video_call_without_details() {
    JsonNode template = api.post("/api/interview-templates", api.tokenA,
        "{\"name\": \"Quick chat\", \"duration_minutes\": 15}").json();

    assertThat(template.get("location_kind").asText()).isEqualTo("video");
    assertThat(template.get("description").asText()).isEmpty();
    assertThat(template.get("location_detail").asText()).isEmpty();
  }

  @Test
  void replaces_a_template_and_refuses_a_stale_version() {
    TestApi.Response created = api.post("/api/interview-templates", api.tokenA, PHONE_SCREEN);
    String path = "/api/interview-templates/" + created.json().get("id").asText();

    TestApi.Response updated = api.send(api.request(path, api.tokenA).header("Content-Type", "application/json")
        .header("If-Match", created.header("ETag"))
        .PUT(HttpRequest.BodyPublishers.ofString(PHONE_SCREEN.replace("30", "20").replace("phone", "address"))));
    TestApi.Response stale = api.send(api.request(path, api.tokenA).header("Content-Type", "application/json")
        .header("If-Match", created.header("ETag")).PUT(HttpRequest.BodyPublishers.ofString(PHONE_SCREEN)));

    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().get("duration_minutes").asInt()).isEqualTo(20);
    assertThat(updated.json().get("location_kind").asText()).isEqualTo("address");
    assertThat(stale.status()).isEqualTo(409);
  }

  @Test
  void deletes_a_template_but_never_the_last_one() {
    String original = api.get("/api/interview-templates", api.tokenA).json().get("items").get(0).get("id").asText();
    String id = api.post("/api/interview-templates", api.tokenA, PHONE_SCREEN).json().get("id").asText();

    TestApi.Response deleted = api.delete("/api/interview-templates/" + id, api.tokenA);
    TestApi.Response last = api.delete("/api/interview-templates/" + original, api.tokenA);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(api.get("/api/interview-templates/" + id, api.tokenA).status()).isEqualTo(404);
    assertThat(last.status()).isEqualTo(422);
    assertThat(last.json().get("code").asText()).isEqualTo("event-type.last");
    assertThat(api.get("/api/interview-templates", api.tokenA).json().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void another_recruiters_template_is_not_found() {
    String id = api.post("/api/interview-templates", api.tokenA, PHONE_SCREEN).json().get("id").asText();

    assertThat(api.get("/api/interview-templates/" + id, api.tokenB).status()).isEqualTo(404);
    assertThat(api.put("/api/interview-templates/" + id, api.tokenB, PHONE_SCREEN).status()).isEqualTo(404);
    assertThat(api.delete("/api/interview-templates/" + id, api.tokenB).status()).isEqualTo(404);
    assertThat(api.get("/api/interview-templates/" + id, api.tokenA).status()).isEqualTo(200);
  }

  @Test
  void refuses_bad_templates_naming_the_field() {
    assertField(post(PHONE_SCREEN.replace("\"duration_minutes\": 30", "\"duration_minutes\": 4")),
        "duration_minutes");
    assertField(post(PHONE_SCREEN.replace("\"duration_minutes\": 30", "\"duration_minutes\": 481")),
        "duration_minutes");
    assertField(post(PHONE_SCREEN.replace("\"duration_minutes\": 30,", "")), "duration_minutes");
    assertField(post(PHONE_SCREEN.replace("\"phone\"", "\"carrier_pigeon\"")), "location_kind");
    assertField(post(PHONE_SCREEN.replace("\"30-Minute Phone Screen\"", "\"  \"")), "name");
    assertField(post(PHONE_SCREEN.replace("\"name\"", "\"title\"")), "title");
    assertField(api.get("/api/interview-templates/123", api.tokenA), "template_id");
    assertThat(api.get("/api/interview-templates", api.tokenA).json().get("total").asInt()).isEqualTo(1);
  }

  private TestApi.Response post(String json) {
    return api.post("/api/interview-templates", api.tokenA, json);
  }
}
