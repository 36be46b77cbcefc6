package dev.hireloop.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeAndTokenRoutesTest {
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
  void shows_the_recruiter_who_owns_the_token() {
    TestApi.Response response = api.get("/api/me", api.tokenA);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode me = response.json();
    assertThat(me.get("id").asText()).isEqualTo(api.recruiterA.toString());
    assertThat(me.get("name").asText()).isEqualTo("Alice Recruiter");
    assertThat(me.get("email").asText()).isEqualTo("alice@example.com");
    assertThat(me.get("time_zone").asText()).isEqualTo("Europe/London");
    assertThat(me.get("status").asText()).isEqualTo("active");
    assertThat(me.get("created_at").asText()).endsWith("Z");
    assertThat(response.header("ETag")).isEqualTo("\"" + me.get("version").asLong() + "\"");

    assertThat(api.get("/api/me", api.tokenB).json().get("name").asText()).isEqualTo("Bob Recruiter");
  }

  @Test
  void changes_only_the_fields_sent() {
    long before = api.get("/api/me", api.tokenA).json().get("version").asLong();

    TestApi.Response response = api.patch("/api/me", api.tokenA, "{\"time_zone\": \"Europe/Berlin\"}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("time_zone").asText()).isEqualTo("Europe/Berlin");
    assertThat(response.json().get("name").asText()).isEqualTo("Alice Recruiter");
    assertThat(response.json().get("version").asLong()).isGreaterThan(before);
    assertThat(response.header("ETag")).isEqualTo("\"" + response.json().get("version").asLong() + "\"");
  }

  @Test
  void refuses_a_change_against_a_stale_version() {
    String etag = api.get("/api/me", api.tokenA).header("ETag");
    assertThat(api.send(api.request("/api/me", api.tokenA).header("Content-Type", "application/json")
        .header("If-Match", etag).method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(
            "{\"name\": \"Alice A.\"}"))).status()).isEqualTo(200);

    TestApi.Response stale = api.send(api.request("/api/me", api.tokenA).header("Content-Type", "application/json")
        .header("If-Match", etag).method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(
            "{\"name\": \"Alice B.\"}")));

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("code").asText()).isEqualTo("recruiter.version-mismatch");
    assertThat(api.get("/api/me", api.tokenA).json().get("name").asText()).isEqualTo("Alice A.");
  }

  @Test
  void refuses_an_invalid_time_zone_naming_the_field() {
    TestApi.Response response = api.patch("/api/me", api.tokenA, "{\"time_zone\": \"Mars/Olympus\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("time_zone");
  }

  @Test
  void issues_a_token_whose_secret_is_shown_once_and_works() {
    TestApi.Response issued = api.post("/api/tokens", api.tokenA,
        "{\"label\": \"ci\", \"expires_at\": \"2099-01-01T00:00:00+02:00\"}");

    assertThat(issued.status()).isEqualTo(201);
    JsonNode token = issued.json();
    String secret = token.get("token").asText();
    assertThat(token.get("label").asText()).isEqualTo("ci");
    assertThat(token.get("expires_at").asText()).isEqualTo("2098-12-31T22:00:00Z");
    assertThat(secret).startsWith(token.get("prefix").asText());
    assertThat(api.get("/api/me", secret).json().get("id").asText()).isEqualTo(api.recruiterA.toString());

    TestApi.Response listed = api.get("/api/tokens", api.tokenA);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().get("total").asLong()).isEqualTo(2);
    assertThat(listed.json().get("items")).hasSize(2);
    assertThat(listed.body()).doesNotContain(secret).doesNotContain("\"token\"");
  }

  @Test
  void pages_the_token_list() {
    api.post("/api/tokens", api.tokenA, "{\"label\": \"second\"}");
    api.post("/api/tokens", api.tokenA, "{\"label\": \"third\"}");

    JsonNode page = api.get("/api/tokens?offset=1&limit=1", api.tokenA).json();

    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("items").get(0).get("label").asText()).isEqualTo("second");
    assertThat(page.get("offset").asInt()).isEqualTo(1);
    assertThat(page.get("limit").asInt()).isEqualTo(1);
    assertThat(page.get("total").asLong()).isEqualTo(3);
  }

  @Test
  void a_token_without_a_label_is_a_bad_request_naming_label() {
    TestApi.Response response = api.post("/api/tokens", api.tokenA, "{}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("label");
  }

  @Test
  void a_token_expiring_in_the_past_breaks_a_rule() {
    TestApi.Response response = api.post("/api/tokens", api.tokenA,
        "{\"label\": \"old\", \"expires_at\": \"2001-01-01T00:00:00Z\"}");

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("code").asText()).isEqualTo("token.expiry-in-past");
  }

  @Test
  void a_revoked_token_stops_working() {
    JsonNode issued = api.post("/api/tokens", api.tokenA, "{\"label\": \"temporary\"}").json();
    String secret = issued.get("token").asText();

    TestApi.Response revoked = api.delete("/api/tokens/" + issued.get("id").asText(), api.tokenA);

    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().get("revoked_at").isNull()).isFalse();
    assertThat(api.get("/api/me", secret).status()).isEqualTo(401);
    assertThat(api.get("/api/me", api.tokenA).status()).isEqualTo(200);
  }

  @Test
  void another_recruiters_token_cannot_be_revoked() {
    String tokenIdOfA = api.get("/api/tokens", api.tokenA).json().get("items").get(0).get("id").asText();

    TestApi.Response response = api.delete("/api/tokens/" + tokenIdOfA, api.tokenB);

    assertThat(response.status()).isEqualTo(404);
    assertThat(api.get("/api/me", api.tokenA).status()).isEqualTo(200);
  }
}
