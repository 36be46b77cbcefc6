package dev.hireloop.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
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
  void refuses_a_request_without_a_token_with_a_bearer_challenge() {
    TestApi.Response response = api.send(api.request("/api/jobs").GET());

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").doesNotContain("invalid_token");
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("code").asText()).isEqualTo("auth.missing");
    assertThat(problem.get("type").asText()).isEqualTo("https://hireloop.dev/problems/auth.missing");
    assertThat(problem.get("status").asInt()).isEqualTo(401);
  }

  @Test
  void refuses_an_unknown_token() {
    TestApi.Response response = api.get("/api/me", "hlk_this-token-was-never-issued-by-anyone-at-all-00");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").contains("error=\"invalid_token\"");
    assertThat(response.json().get("status").asInt()).isEqualTo(401);
  }

  @Test
  void refuses_another_authentication_scheme() {
    TestApi.Response response = api.send(api.request("/api/me").header("Authorization", "Basic YWxpY2U6c2VjcmV0")
        .GET());

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void refuses_an_empty_bearer_token() {
    TestApi.Response response = api.send(api.request("/api/me").header("Authorization", "Bearer  ").GET());

    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void refuses_a_revoked_token() {
    JsonNode issued = api.post("/api/tokens", api.tokenA, "{\"label\": \"laptop\"}").json();
    api.delete("/api/tokens/" + issued.get("id").asText(), api.tokenA);

    TestApi.Response response = api.get("/api/jobs", issued.get("token").asText());

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
  }

  @Test
  void a_write_without_a_token_changes_nothing() {
    TestApi.Response response = api.send(api.request("/api/jobs").header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\": \"Sneaky\"}")));

    assertThat(response.status()).isEqualTo(401);
    assertThat(api.get("/api/jobs", api.tokenA).json().get("total").asLong()).isZero();
  }

  @Test
  void health_and_the_openapi_document_need_no_token() {
    assertThat(api.send(api.request("/health/live").GET()).status()).isEqualTo(200);
    assertThat(api.send(api.request("/health/ready").GET()).status()).isEqualTo(200);
    assertThat(api.send(api.request("/openapi.yaml").GET()).status()).isEqualTo(200);
  }
}
