package dev.hireloop.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireloop.adapter.out.jobboard.JobBoardOptions;
import dev.hireloop.adapter.out.jobboard.JobBoards;
import dev.hireloop.adapter.out.jobboard.fake.FakeJobBoards;
import dev.hireloop.adapter.out.jobboard.fake.FakeJobBoards.FakePosting;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The job import routes end to end over HTTP, against the fake job boards with the real sources, HTML reader,
 * analyser and skills taxonomy: every posting the fake serves can be previewed and imported, and each way a board
 * can fail is its own problem status with nothing saved.
 */
class JobImportFromBoardsTest {
  private static FakeJobBoards boards;
  private TestApi api;

  @BeforeAll
  static void start_the_boards() {
    boards = FakeJobBoards.start();
  }

  @AfterAll
  static void stop_the_boards() {
    boards.close();
  }

  @BeforeEach
  void start() {
    // a shorter time limit than the fake's slow answers, so the timeout path takes a second, not five
    JobBoardOptions options = boards.options().withFetchPolicy(boards.options().fetchPolicy()
        .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(1_500)));
    api = TestApi.start(builder -> builder.jobSources(JobBoards.standard(options))
        .postingHtmlReader(JobBoards.htmlReader()));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void previews_every_posting_of_every_source_in_camel_case() {
    Set<String> sources = new TreeSet<>();
    for (FakePosting posting : boards.postings()) {
      TestApi.Response response = api.get("/api/convert_from_json?url=" + encode(posting.url().toString()),
          api.tokenA);

      assertThat(response.status()).as(posting.url() + " " + response.body()).isEqualTo(200);
      JsonNode draft = response.json();
      assertThat(draft.get("title").asText()).as(posting.url().toString()).isEqualTo(posting.title());
      assertThat(draft.get("source").asText()).as(posting.url().toString()).isEqualTo(posting.source());
      posting.company().ifPresent(company -> assertThat(draft.get("company").asText()).isEqualTo(company));
      assertThat(draft.get("description").asText()).as(posting.url().toString()).isNotBlank();
      assertThat(draft.get("descriptionHtml").asText()).doesNotContain("<script");
      assertThat(draft.has("remotePolicy")).isTrue();
      assertThat(draft.has("remote_policy")).isFalse();
      sources.add(posting.source());
    }
    assertThat(sources).containsExactly("ashby", "greenhouse", "json-ld", "lever");
    assertThat(jobCount(api.tokenA)).isZero();
  }

  @Test
  void a_software_posting_yields_required_and_preferred_skills_with_evidence() {
    FakePosting northwind = boards.postings().get(0);

    JsonNode draft = api.get("/api/convert_from_json?url=" + encode(northwind.url().toString()), api.tokenA).json();

    assertThat(draft.get("requiredSkills")).isNotEmpty();
    assertThat(texts(draft.get("requiredSkills"))).contains("Java");
    JsonNode evidence = draft.get("skillEvidence").get("required");
    assertThat(evidence).hasSameSizeAs(draft.get("requiredSkills"));
    for (JsonNode skill : evidence) {
      assertThat(skill.get("mentions")).as(skill.toString()).isNotEmpty();
      assertThat(skill.get("quotes")).as(skill.toString()).isNotEmpty();
      skill.get("mentions").forEach(mention -> assertThat(draft.get("description").asText())
          .contains(mention.asText()));
    }
  }

  @Test
  void imports_one_posting_of_each_source_as_a_draft_job_of_the_caller() {
    List<String> imported = new ArrayList<>();
    for (String source : List.of("greenhouse", "lever", "ashby", "json-ld")) {
      FakePosting posting = boards.postings().stream().filter(p -> p.source().equals(source)).findFirst()
          .orElseThrow();

      TestApi.Response response = api.post("/api/jobs/import", api.tokenA,
          "{\"url\": \"" + posting.url() + "\"}");

      assertThat(response.status()).as(posting.url() + " " + response.body()).isEqualTo(201);
      JsonNode job = response.json();
      assertThat(job.get("status").asText()).isEqualTo("draft");
      assertThat(job.get("title").asText()).isEqualTo(posting.title());
      assertThat(job.get("source").asText()).isEqualTo(source);
      assertThat(job.get("source_url").asText()).startsWith("http");
      assertThat(response.header("Location")).isEqualTo("/api/jobs/" + job.get("id").asText());
      imported.add(job.get("id").asText());
    }

    assertThat(jobCount(api.tokenA)).isEqualTo(4);
    assertThat(jobCount(api.tokenB)).isZero();
    for (String id : imported) {
      assertThat(api.get("/api/jobs/" + id, api.tokenA).status()).isEqualTo(200);
      assertThat(api.get("/api/jobs/" + id, api.tokenB).status()).isEqualTo(404);
    }
  }

  @Test
  void extracts_pasted_text_and_pasted_html() {
    TestApi.Response text = api.post("/api/jobs/extract", api.tokenA, "{\"text\": \"Registered Nurse\\n\\n"
        + "Requirements:\\n- Current RN licence and BLS certification\\n- 2+ years of nursing experience in acute care\\n\\n"
        + "Nice to have:\\n- ACLS\\n\"}");
    TestApi.Response html = api.post("/api/jobs/extract", api.tokenA, "{\"html\": \"<h1>Backend Engineer</h1>"
        + "<h2>Requirements</h2><ul><li>Java and PostgreSQL</li></ul><h2>Nice to have</h2><ul><li>Kubernetes"
        + "</li></ul><script>alert(1)</script><p onclick=\\\"x()\\\">Apply</p>\"}");

    assertThat(text.status()).as(text.body()).isEqualTo(200);
    assertThat(text.json().get("title").asText()).isEqualTo("Registered Nurse");
    assertThat(text.json().get("minimum_years").asInt()).isEqualTo(2);
    assertThat(text.json().get("required_skills")).isNotEmpty();
    assertThat(text.json().get("preferred_skills")).isNotEmpty();
    assertThat(html.status()).as(html.body()).isEqualTo(200);
    JsonNode analysis = html.json();
    assertThat(analysis.get("source").asText()).isEqualTo("html");
    assertThat(texts(analysis.get("required_skills"))).contains("Java", "PostgreSQL");
    assertThat(texts(analysis.get("preferred_skills"))).contains("Kubernetes");
    assertThat(analysis.get("description_html").asText()).doesNotContain("<script", "onclick", "alert");
    assertThat(jobCount(api.tokenA)).isZero();
  }

  @Test
  void each_way_a_board_fails_is_its_own_problem_and_saves_nothing() {
    assertImportFails("https://boards.greenhouse.io/northwind/jobs/999999", 404, "posting.not-found");
    assertImportFails("https://jobs.lever.co/meridian/00000000-0000-4000-8000-000000000000", 404,
        "posting.not-found");
    assertImportFails(boards.url("/careers/no-posting").toString(), 422, "page.unsupported");
    assertImportFails("https://boards.greenhouse.io/garbage-board/jobs/1", 502, "source.bad-response");
    assertImportFails("https://boards.greenhouse.io/slow-board/jobs/1", 504, "source.timeout");
    assertImportFails(boards.url("/special/unavailable").toString(), 503, "source.unavailable");
    assertImportFails("http://careers.example.com/jobs/1", 400, "url.not-https");
    assertImportFails("https://10.0.0.7/jobs/1", 400, "url.private-address");
    assertImportFails("https://user:secret@careers.example.com/jobs/1", 400, "url.credentials");

    assertThat(jobCount(api.tokenA)).isZero();
  }

  private void assertImportFails(String url, int status, String code) {
    TestApi.Response imported = api.post("/api/jobs/import", api.tokenA, "{\"url\": \"" + url + "\"}");
    TestApi.Response previewed = api.get("/api/convert_from_json?url=" + encode(url), api.tokenA);

    for (TestApi.Response response : List.of(imported, previewed)) {
      assertThat(response.status()).as(url + " " + response.body()).isEqualTo(status);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.json().get("code").asText()).as(url).isEqualTo(code);
      assertThat(response.json().get("detail").asText()).as(url).isNotBlank();
      if (code.startsWith("url.")) {
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("url");
      }
    }
  }

  private long jobCount(String token) {
    return api.get("/api/jobs", token).json().get("total").asLong();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
