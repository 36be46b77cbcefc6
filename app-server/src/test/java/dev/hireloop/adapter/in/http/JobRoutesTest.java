package dev.hireloop.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobRoutesTest {
  private static final String FULL_JOB = """
      {
        "title": "Senior Backend Engineer",
        "company": "Acme",
        "description": "Build the matching engine.",
        "location": "Berlin",
        "remote_policy": "hybrid",
        "employment_type": "full_time",
        "salary": {"currency": "EUR", "min": 70000, "max": 90000.50, "period": "year"},
        "minimum_years": 5,
        "required_skills": ["Java", "PostgreSQL"],
        "preferred_skills": ["Kubernetes", "java"],
        "source_url": "https://jobs.example.com/acme/123"
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
  void creates_a_draft_job_with_location_and_etag() {
    TestApi.Response response = api.post("/api/jobs", api.tokenA, FULL_JOB);

    assertThat(response.status()).isEqualTo(201);
    JsonNode job = response.json();
    String id = job.get("id").asText();
    assertThat(response.header("Location")).isEqualTo("/api/jobs/" + id);
    assertThat(response.header("ETag")).isEqualTo("\"" + job.get("version").asLong() + "\"");
    assertThat(job.get("title").asText()).isEqualTo("Senior Backend Engineer");
    assertThat(job.get("company").asText()).isEqualTo("Acme");
    assertThat(job.get("remote_policy").asText()).isEqualTo("hybrid");
    assertThat(job.get("employment_type").asText()).isEqualTo("full_time");
    assertThat(job.get("salary").get("currency").asText()).isEqualTo("EUR");
    assertThat(job.get("salary").get("max").decimalValue()).isEqualByComparingTo("90000.50");
    assertThat(job.get("salary").get("period").asText()).isEqualTo("year");
    assertThat(job.get("minimum_years").asInt()).isEqualTo(5);
    assertThat(texts(job.get("required_skills"))).containsExactly("Java", "PostgreSQL");
    assertThat(texts(job.get("preferred_skills"))).containsExactly("Kubernetes");
    assertThat(job.get("source_url").asText()).isEqualTo("https://jobs.example.com/acme/123");
    assertThat(job.get("status").asText()).isEqualTo("draft");
    assertThat(job.get("opened_at").isNull()).isTrue();
    assertThat(response.body()).doesNotContain("E+");
  }

  @Test
  void fills_defaults_for_a_minimal_job() {
    JsonNode job = api.post("/api/jobs", api.tokenA, "{\"title\": \"Nurse\"}").json();

    assertThat(job.get("description").asText()).isEmpty();
    assertThat(job.get("remote_policy").asText()).isEqualTo("on_site");
    assertThat(job.get("employment_type").asText()).isEqualTo("full_time");
    assertThat(job.get("salary").isNull()).isTrue();
    assertThat(job.get("required_skills")).isEmpty();
  }

  @Test
  void posts_the_job_at_once_when_asked() {
    JsonNode job = api.post("/api/jobs", api.tokenA, "{\"title\": \"Nurse\", \"open\": true}").json();

    assertThat(job.get("status").asText()).isEqualTo("open");
    assertThat(job.get("opened_at").asText()).endsWith("Z");
  }

  @Test
  void gets_one_job() {
    String id = api.createJob(api.tokenA, FULL_JOB);

    TestApi.Response response = api.get("/api/jobs/" + id, api.tokenA);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("id").asText()).isEqualTo(id);
    assertThat(response.header("ETag")).isNotBlank();
    assertThat(response.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void lists_jobs_newest_first_filtered_by_status_skill_and_text() {
    String backend = api.createJob(api.tokenA, FULL_JOB);
    String nurse = api.createJob(api.tokenA, "{\"title\": \"Night Nurse\", \"company\": \"St Mary\", "
        + "\"required_skills\": [\"Registered Nurse (RN)\"], \"open\": true}");
    String frontend = api.createJob(api.tokenA, "{\"title\": \"Frontend Engineer\", "
        + "\"preferred_skills\": [\"PostgreSQL\"]}");
    api.createJob(api.tokenB, "{\"title\": \"Bob's own job\"}");

    JsonNode all = api.get("/api/jobs", api.tokenA).json();
    assertThat(all.get("total").asLong()).isEqualTo(3);
    assertThat(all.get("offset").asInt()).isZero();
    assertThat(all.get("limit").asInt()).isEqualTo(50);
    assertThat(ids(all)).containsExactlyInAnyOrder(backend, nurse, frontend);

    assertThat(ids(api.get("/api/jobs?status=open", api.tokenA).json())).containsExactly(nurse);
    assertThat(ids(api.get("/api/jobs?skill=postgresql", api.tokenA).json()))
        .containsExactlyInAnyOrder(backend, frontend);
    assertThat(ids(api.get("/api/jobs?q=engineer", api.tokenA).json()))
        .containsExactlyInAnyOrder(backend, frontend);
    JsonNode page = api.get("/api/jobs?limit=2&offset=2", api.tokenA).json();
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("total").asLong()).isEqualTo(3);
  }

  @Test
  void refuses_an_unknown_status_filter_naming_the_parameter() {
    TestApi.Response response = api.get("/api/jobs?status=archived", api.tokenA);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("status");
    assertThat(response.json().get("detail").asText()).contains("draft, open, closed");
  }

  @Test
  void refuses_a_limit_out_of_range() {
    TestApi.Response response = api.get("/api/jobs?limit=500", api.tokenA);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("limit");
    assertThat(api.get("/api/jobs?offset=abc", api.tokenA).json().get("errors").get(0).get("field").asText())
        .isEqualTo("offset");
  }

  @Test
  void replaces_a_job_when_if_match_names_the_current_version() {
    TestApi.Response created = api.post("/api/jobs", api.tokenA, FULL_JOB);
    String id = created.json().get("id").asText();

    TestApi.Response updated = api.send(api.request("/api/jobs/" + id, api.tokenA)
        .header("Content-Type", "application/json").header("If-Match", created.header("ETag"))
        .PUT(HttpRequest.BodyPublishers.ofString("{\"title\": \"Staff Backend Engineer\", \"remote_policy\": "
            + "\"remote\"}")));

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("title").asText()).isEqualTo("Staff Backend Engineer");
    assertThat(updated.json().get("remote_policy").asText()).isEqualTo("remote");
    assertThat(updated.json().get("company").isNull()).isTrue();
    assertThat(updated.json().get("version").asLong()).isGreaterThan(created.json().get("version").asLong());
    assertThat(updated.header("ETag")).isEqualTo("\"" + updated.json().get("version").asLong() + "\"");
  }

  @Test
  void replaces_a_job_without_if_match_too() {
    String id = api.createJob(api.tokenA, FULL_JOB);

    TestApi.Response updated = api.put("/api/jobs/" + id, api.tokenA, "{\"title\": \"Retitled\"}");

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("title").asText()).isEqualTo("Retitled");
  }

  @Test
  void refuses_a_replacement_against_a_stale_version_with_409() {
    TestApi.Response created = api.post("/api/jobs", api.tokenA, FULL_JOB);
    String id = created.json().get("id").asText();
    api.put("/api/jobs/" + id, api.tokenA, "{\"title\": \"First edit\"}");

    TestApi.Response stale = api.send(api.request("/api/jobs/" + id, api.tokenA)
        .header("Content-Type", "application/json").header("If-Match", created.header("ETag"))
        .PUT(HttpRequest.BodyPublishers.ofString("{\"title\": \"Lost update\"}")));

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.json().get("code").asText()).isEqualTo("job.version-mismatch");
    assertThat(stale.header("ETag")).isNull();
    assertThat(api.get("/api/jobs/" + id, api.tokenA).json().get("title").asText()).isEqualTo("First edit");
  }

  @Test
  void refuses_a_malformed_if_match() {
    String id = api.createJob(api.tokenA, FULL_JOB);

    TestApi.Response response = api.send(api.request("/api/jobs/" + id, api.tokenA)
        .header("Content-Type", "application/json").header("If-Match", "W/\"1\"")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"title\": \"x\"}")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("If-Match");
  }

  @Test
  void opens_and_closes_a_job() {
    String id = api.createJob(api.tokenA, FULL_JOB);

    TestApi.Response opened = api.postEmpty("/api/jobs/" + id + "/open", api.tokenA);
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.json().get("status").asText()).isEqualTo("open");
    assertThat(opened.header("ETag")).isNotBlank();

    TestApi.Response closed = api.postEmpty("/api/jobs/" + id + "/close", api.tokenA);
    assertThat(closed.status()).isEqualTo(200);
    assertThat(closed.json().get("status").asText()).isEqualTo("closed");
    assertThat(closed.json().get("closed_at").asText()).endsWith("Z");
  }

  @Test
  void refuses_closing_a_closed_job_naming_the_transition() {
    String id = api.createJob(api.tokenA, FULL_JOB);
    api.postEmpty("/api/jobs/" + id + "/close", api.tokenA);

    TestApi.Response response = api.postEmpty("/api/jobs/" + id + "/close", api.tokenA);

    assertThat(response.status()).isEqualTo(422);
    JsonNode problem = response.json();
    assertThat(problem.get("code").asText()).isEqualTo("job.illegal-transition");
    assertThat(problem.get("from").asText()).isEqualTo("closed");
    assertThat(problem.get("to").asText()).isEqualTo("closed");
  }

  @Test
  void refuses_editing_a_closed_job() {
    String id = api.createJob(api.tokenA, FULL_JOB);
    api.postEmpty("/api/jobs/" + id + "/close", api.tokenA);

    TestApi.Response response = api.put("/api/jobs/" + id, api.tokenA, "{\"title\": \"Too late\"}");

    assertThat(response.status()).isEqualTo(422);
  }

  @Test
  void another_recruiter_can_neither_see_nor_change_the_job() {
    String id = api.createJob(api.tokenA, FULL_JOB);

    assertThat(api.get("/api/jobs/" + id, api.tokenB).status()).isEqualTo(404);
    assertThat(api.put("/api/jobs/" + id, api.tokenB, "{\"title\": \"Hijacked\"}").status()).isEqualTo(404);
    assertThat(api.postEmpty("/api/jobs/" + id + "/open", api.tokenB).status()).isEqualTo(404);
    assertThat(api.postEmpty("/api/jobs/" + id + "/close", api.tokenB).status()).isEqualTo(404);
    assertThat(api.get("/api/jobs", api.tokenB).json().get("total").asLong()).isZero();

    JsonNode job = api.get("/api/jobs/" + id, api.tokenA).json();
    assertThat(job.get("title").asText()).isEqualTo("Senior Backend Engineer");
    assertThat(job.get("status").asText()).isEqualTo("draft");
  }

  @Test
  void an_unknown_job_is_not_found() {
    TestApi.Response response = api.get("/api/jobs/00000000-0000-0000-0000-000000000001", api.tokenA);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("code").asText()).isEqualTo("job.not-found");
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
