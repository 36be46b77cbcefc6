package dev.hireloop.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfileRoutesTest {
  private static final String ADA = """
      {
        "full_name": "Ada Lovelace",
        "email": "Ada@Example.com",
        "phone": "+44 20 7946 0958",
        "location": "London",
        "headline": "Analytical engine programmer",
        "linkedin_urn": "urn:li:person:ada1815",
        "skills": ["Java", "PostgreSQL"],
        "years_of_experience": 7,
        "time_zone": "Europe/London",
        "source": "linkedin"
      }
      """;

  private TestApi api;

  @BeforeEach
  void start() {
    api = TestApi.start();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void creates_a_profile_in_status_new() {
    TestApi.Response response = api.post("/api/profiles", api.tokenA, ADA);

    assertThat(response.status()).isEqualTo(201);
    JsonNode profile = response.json();
    String id = profile.get("id").asText();
    assertThat(response.header("Location")).isEqualTo("/api/profiles/" + id);
    assertThat(response.header("ETag")).isEqualTo("\"" + profile.get("version").asLong() + "\"");
    assertThat(profile.get("full_name").asText()).isEqualTo("Ada Lovelace");
    assertThat(profile.get("email").asText()).isEqualTo("ada@example.com");
    assertThat(profile.get("linkedin_urn").asText()).isEqualTo("urn:li:person:ada1815");
    assertThat(texts(profile.get("skills"))).containsExactly("Java", "PostgreSQL");
    assertThat(profile.get("years_of_experience").asInt()).isEqualTo(7);
    assertThat(profile.get("time_zone").asText()).isEqualTo("Europe/London");
    assertThat(profile.get("source").asText()).isEqualTo("linkedin");
    assertThat(profile.get("status").asText()).isEqualTo("new");
    assertThat(profile.get("status_before_hold").isNull()).isTrue();
    assertThat(texts(profile.get("next_statuses"))).contains("contacted", "cv_received", "rejected");
  }

  @Test
  void a_minimal_profile_comes_from_manual_entry() {
    JsonNode profile = api.post("/api/profiles", api.tokenA, "{\"full_name\": \"Grace Hopper\"}").json();

    assertThat(profile.get("source").asText()).isEqualTo("manual");
    assertThat(profile.get("email").isNull()).isTrue();
    assertThat(profile.get("skills")).isEmpty();
  }

  @Test
  void refuses_a_second_profile_with_the_same_email_with_409() {
    api.createProfile(api.tokenA, ADA);

    TestApi.Response duplicate = api.post("/api/profiles", api.tokenA,
        "{\"full_name\": \"Augusta Ada King\", \"email\": \"ada@example.com\"}");

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.contentType()).startsWith("application/problem+json");
    assertThat(duplicate.json().get("code").asText()).isEqualTo("profile.email-taken");
    assertThat(api.get("/api/profiles", api.tokenA).json().get("total").asLong()).isEqualTo(1);
  }

  @Test
  void another_recruiter_may_have_a_profile_with_the_same_email() {
    api.createProfile(api.tokenA, ADA);

    assertThat(api.post("/api/profiles", api.tokenB, ADA).status()).isEqualTo(201);
  }

  @Test
  void lists_profiles_by_any_of_several_statuses_and_all_skills() {
    String ada = api.createProfile(api.tokenA, ADA);
    String grace = api.createProfile(api.tokenA, "{\"full_name\": \"Grace Hopper\", \"skills\": [\"COBOL\", "
        + "\"Java\"]}");
    String alan = api.createProfile(api.tokenA, "{\"full_name\": \"Alan Turing\", \"headline\": \"Codebreaker\"}");
    api.post("/api/profiles/" + grace + "/status", api.tokenA, "{\"status\": \"contacted\"}");
    api.post("/api/profiles/" + alan + "/status", api.tokenA, "{\"status\": \"rejected\"}");

    assertThat(ids(api.get("/api/profiles", api.tokenA).json())).containsExactlyInAnyOrder(ada, grace, alan);
    assertThat(ids(api.get("/api/profiles?status=new,contacted", api.tokenA).json()))
        .containsExactlyInAnyOrder(ada, grace);
    assertThat(ids(api.get("/api/profiles?status=new&status=rejected", api.tokenA).json()))
        .containsExactlyInAnyOrder(ada, alan);
    assertThat(ids(api.get("/api/profiles?skill=java", api.tokenA).json())).containsExactlyInAnyOrder(ada, grace);
    assertThat(ids(api.get("/api/profiles?skill=java&skill=postgresql", api.tokenA).json())).containsExactly(ada);
    assertThat(ids(api.get("/api/profiles?q=codebreaker", api.tokenA).json())).containsExactly(alan);
    assertThat(api.get("/api/profiles", api.tokenB).json().get("total").asLong()).isZero();
  }

  @Test
  void refuses_an_unknown_status_filter() {
    TestApi.Response response = api.get("/api/profiles?status=new,hired", api.tokenA);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("status");
  }

  @Test
  void gets_one_profile() {
    String id = api.createProfile(api.tokenA, ADA);

    TestApi.Response response = api.get("/api/profiles/" + id, api.tokenA);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("full_name").asText()).isEqualTo("Ada Lovelace");
  }

  @Test
  void replaces_a_profile_and_refuses_a_stale_version() {
    TestApi.Response created = api.post("/api/profiles", api.tokenA, ADA);
    String id = created.json().get("id").asText();

    TestApi.Response updated = api.send(api.request("/api/profiles/" + id, api.tokenA)
        .header("Content-Type", "application/json").header("If-Match", created.header("ETag"))
        .PUT(HttpRequest.BodyPublishers.ofString("{\"full_name\": \"Ada King\", \"skills\": [\"Mathematics\"]}")));
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("full_name").asText()).isEqualTo("Ada King");
    assertThat(texts(updated.json().get("skills"))).containsExactly("Mathematics");

    TestApi.Response stale = api.send(api.request("/api/profiles/" + id, api.tokenA)
        .header("Content-Type", "application/json").header("If-Match", created.header("ETag"))
        .PUT(HttpRequest.BodyPublishers.ofString("{\"full_name\": \"Lost Update\"}")));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("code").asText()).isEqualTo("profile.version-mismatch");
  }

  @Test
  void moves_a_profile_along_the_pipeline() {
    String id = api.createProfile(api.tokenA, ADA);

    TestApi.Response moved = api.post("/api/profiles/" + id + "/status", api.tokenA,
        "{\"status\": \"cv_received\", \"reason\": \"applied_directly\"}");

    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.json().get("status").asText()).isEqualTo("cv_received");
    assertThat(texts(moved.json().get("next_statuses"))).contains("matched");
    assertThat(moved.header("ETag")).isEqualTo("\"" + moved.json().get("version").asLong() + "\"");
  }

  @Test
  void puts_a_profile_on_hold_and_remembers_where_it_was() {
    String id = api.createProfile(api.tokenA, ADA);
    api.post("/api/profiles/" + id + "/status", api.tokenA, "{\"status\": \"contacted\"}");

    JsonNode held = api.post("/api/profiles/" + id + "/status", api.tokenA, "{\"status\": \"on_hold\"}").json();

    assertThat(held.get("status").asText()).isEqualTo("on_hold");
    assertThat(held.get("status_before_hold").asText()).isEqualTo("contacted");
  }

  @Test
  void refuses_a_move_the_pipeline_does_not_allow_naming_from_and_to() {
    String id = api.createProfile(api.tokenA, ADA);

    TestApi.Response response = api.post("/api/profiles/" + id + "/status", api.tokenA,
        "{\"status\": \"endorsed\"}");

    assertThat(response.status()).isEqualTo(422);
    JsonNode problem = response.json();
    assertThat(problem.get("type").asText()).isEqualTo("https://hireloop.dev/problems/profile.illegal-transition");
    assertThat(problem.get("from").asText()).isEqualTo("new");
    assertThat(problem.get("to").asText()).isEqualTo("endorsed");
    assertThat(api.get("/api/profiles/" + id, api.tokenA).json().get("status").asText()).isEqualTo("new");
  }

  @Test
  void refuses_a_free_text_reason() {
    String id = api.createProfile(api.tokenA, ADA);

    TestApi.Response response = api.post("/api/profiles/" + id + "/status", api.tokenA,
        "{\"status\": \"rejected\", \"reason\": \"Ada was rude on the phone\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
  }

  @Test
  void refuses_a_status_change_against_a_stale_version() {
    TestApi.Response created = api.post("/api/profiles", api.tokenA, ADA);
    String id = created.json().get("id").asText();
    api.post("/api/profiles/" + id + "/status", api.tokenA, "{\"status\": \"contacted\"}");

    TestApi.Response stale = api.send(api.request("/api/profiles/" + id + "/status", api.tokenA)
        .header("Content-Type", "application/json").header("If-Match", created.header("ETag"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"status\": \"rejected\"}")));

    assertThat(stale.status()).isEqualTo(409);
  }

  @Test
  void another_recruiter_can_neither_see_nor_change_the_profile() {
    String id = api.createProfile(api.tokenA, ADA);

    assertThat(api.get("/api/profiles/" + id, api.tokenB).status()).isEqualTo(404);
    assertThat(api.put("/api/profiles/" + id, api.tokenB, "{\"full_name\": \"Hijacked\"}").status())
        .isEqualTo(404);
    assertThat(api.post("/api/profiles/" + id + "/status", api.tokenB, "{\"status\": \"rejected\"}").status())
        .isEqualTo(404);

    JsonNode profile = api.get("/api/profiles/" + id, api.tokenA).json();
    assertThat(profile.get("full_name").asText()).isEqualTo("Ada Lovelace");
    assertThat(profile.get("status").asText()).isEqualTo("new");
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
