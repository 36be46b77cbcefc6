package dev.hireloop.adapter.in.http;

import static dev.hireloop.testing.FakeJobSource.posting;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.posting.Block;
import dev.hireloop.domain.posting.PostingDocument;
import dev.hireloop.domain.posting.PostingHints;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.out.jobsource.CleanPosting;
import dev.hireloop.port.out.jobsource.FetchedPosting;
import dev.hireloop.port.out.jobsource.JobSource;
import dev.hireloop.testing.FakeJobSource;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The job import routes over HTTP with fake job sources: the wire shapes (seed 000's camelCase draft, the
 * snake_case import and extraction), every error a source can raise as its problem status, and that a failed
 * import saves nothing. {@code JobImportFromBoardsTest} runs the same routes against the fake job boards.
 */
class JobImportRoutesTest {
  private static final String GREENHOUSE_URL = "https://boards.greenhouse.io/acme/jobs/4012345";
  private static final PostingHints ACME = new PostingHints(Optional.of("Senior Backend Engineer"),
      Optional.of("Acme"), List.of("Berlin, Germany", "Remote (EU)"), Optional.of(RemotePolicy.HYBRID),
      Optional.of(EmploymentType.FULL_TIME),
      Optional.of(new SalaryRange(Currency.getInstance("EUR"), new BigDecimal("70000"), new BigDecimal("90000.50"),
          PayPeriod.YEAR)),
      Optional.of(URI.create(GREENHOUSE_URL)));
  private static final FetchedPosting ACME_POSTING = posting("greenhouse", GREENHOUSE_URL, ACME,
      "<p>Acme builds the matching engine.</p><h2>Requirements</h2><ul><li>Java</li></ul>",
      Block.paragraph("Acme builds the matching engine recruiters rely on."),
      Block.heading(2, "Requirements"),
      Block.item(1, "5+ years of Java in production"),
      Block.item(1, "PostgreSQL (Postgres 15)"),
      Block.heading(2, "Nice to have"),
      Block.item(1, "Running k8s clusters"));

  private TestApi api;

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void convert_from_json_answers_seed_000s_camel_case_draft() {
    api = withSources(FakeJobSource.answering("greenhouse", "boards.greenhouse.io", ACME_POSTING));

    TestApi.Response response = api.get("/api/convert_from_json?url=" + encode(GREENHOUSE_URL), api.tokenA);

    assertThat(response.status()).isEqualTo(200);
    JsonNode draft = response.json();
    assertThat(fieldNames(draft)).containsExactly("title", "company", "location", "remotePolicy",
        "employmentType", "salary", "minimumYears", "seniority", "description", "descriptionHtml",
        "requiredSkills", "preferredSkills", "skillEvidence", "responsibilities", "locations", "sourceUrl",
        "source");
    assertThat(draft.get("title").asText()).isEqualTo("Senior Backend Engineer");
    assertThat(draft.get("company").asText()).isEqualTo("Acme");
    assertThat(draft.get("location").asText()).isEqualTo("Berlin, Germany; Remote (EU)");
    assertThat(texts(draft.get("locations"))).containsExactly("Berlin, Germany", "Remote (EU)");
    assertThat(draft.get("remotePolicy").asText()).isEqualTo("hybrid");
    assertThat(draft.get("employmentType").asText()).isEqualTo("full_time");
    assertThat(fieldNames(draft.get("salary"))).containsExactly("currency", "min", "max", "period");
    assertThat(draft.get("salary").get("max").decimalValue()).isEqualByComparingTo("90000.50");
    assertThat(draft.get("salary").get("period").asText()).isEqualTo("year");
    assertThat(draft.get("description").asText()).contains("Requirements\n- 5+ years of Java in production");
    assertThat(draft.get("descriptionHtml").asText()).isEqualTo(ACME_POSTING.descriptionHtml());
    assertThat(texts(draft.get("requiredSkills"))).containsExactly("Java", "PostgreSQL");
    assertThat(texts(draft.get("preferredSkills"))).containsExactly("Kubernetes");
    JsonNode postgres = draft.get("skillEvidence").get("required").get(1);
    assertThat(fieldNames(postgres)).containsExactly("skill", "category", "mentions", "quotes");
    assertThat(postgres.get("skill").asText()).isEqualTo("PostgreSQL");
    assertThat(postgres.get("category").asText()).isEqualTo("database");
    assertThat(texts(postgres.get("mentions"))).containsExactly("PostgreSQL", "Postgres");
    assertThat(texts(postgres.get("quotes"))).containsExactly("PostgreSQL (Postgres 15)");
    assertThat(texts(draft.get("skillEvidence").get("preferred").get(0).get("mentions"))).containsExactly("k8s");
    assertThat(draft.get("sourceUrl").asText()).isEqualTo(GREENHOUSE_URL);
    assertThat(draft.get("source").asText()).isEqualTo("greenhouse");
    assertThat(response.body()).doesNotContain("remote_policy", "E+");
    assertThat(jobCount()).isZero();
  }

  @Test
  void import_creates_a_draft_job_with_location_etag_and_skill_evidence() {
    api = withSources(FakeJobSource.answering("greenhouse", "boards.greenhouse.io", ACME_POSTING));

    TestApi.Response response = api.post("/api/jobs/import", api.tokenA,
        "{\"url\": \"" + GREENHOUSE_URL + "\"}");

    assertThat(response.status()).isEqualTo(201);
    JsonNode job = response.json();
    String id = job.get("id").asText();
    assertThat(response.header("Location")).isEqualTo("/api/jobs/" + id);
    assertThat(response.header("ETag")).isEqualTo("\"" + job.get("version").asLong() + "\"");
    assertThat(job.get("status").asText()).isEqualTo("draft");
    assertThat(job.get("title").asText()).isEqualTo("Senior Backend Engineer");
    assertThat(job.get("remote_policy").asText()).isEqualTo("hybrid");
    assertThat(job.get("source_url").asText()).isEqualTo(GREENHOUSE_URL);
    assertThat(texts(job.get("required_skills"))).containsExactly("Java", "PostgreSQL");
    assertThat(job.get("source").asText()).isEqualTo("greenhouse");
    assertThat(job.get("skill_evidence").get("preferred").get(0).get("skill").asText()).isEqualTo("Kubernetes");
    JsonNode stored = api.get("/api/jobs/" + id, api.tokenA).json();
    fieldNames(stored).forEach(field -> assertThat(job.get(field)).as(field).isEqualTo(stored.get(field)));
    assertThat(api.postEmpty("/api/jobs/" + id + "/open", api.tokenA).json().get("status").asText())
        .isEqualTo("open");
  }

  @Test
  void an_imported_job_is_invisible_to_another_recruiter() {
    api = withSources(FakeJobSource.answering("greenhouse", "boards.greenhouse.io", ACME_POSTING));
    String id = api.post("/api/jobs/import", api.tokenA, "{\"url\": \"" + GREENHOUSE_URL + "\"}").json()
        .get("id").asText();

    assertThat(api.get("/api/jobs/" + id, api.tokenB).status()).isEqualTo(404);
    assertThat(api.get("/api/jobs", api.tokenB).json().get("total").asLong()).isZero();
  }

  @Test
  void extracts_pasted_text_in_snake_case_and_saves_nothing() {
    api = TestApi.start();
    String text = "# Night Nurse\\n\\nSt Mary's Hospital\\n\\n## Requirements\\n- Registered Nurse (RN) licence\\n"
        + "\\n## Nice to have\\n- Python for data\\n";

    TestApi.Response response = api.post("/api/jobs/extract", api.tokenA, "{\"text\": \"" + text + "\"}");

    assertThat(response.status()).isEqualTo(200);
    JsonNode analysis = response.json();
    assertThat(fieldNames(analysis)).containsExactly("title", "company", "location", "remote_policy",
        "employment_type", "salary", "minimum_years", "seniority", "description", "description_html",
        "required_skills", "preferred_skills", "skill_evidence", "responsibilities", "locations", "source_url",
        "source");
    assertThat(analysis.get("title").asText()).isEqualTo("Night Nurse");
    assertThat(analysis.get("source").asText()).isEqualTo("text");
    assertThat(analysis.get("source_url").isNull()).isTrue();
    assertThat(analysis.get("description_html").asText()).contains("<h1>Night Nurse</h1>",
        "St Mary&#39;s Hospital");
    assertThat(texts(analysis.get("preferred_skills"))).contains("Python");
    assertThat(jobCount()).isZero();
  }

  @Test
  void extracts_pasted_html_through_the_configured_reader() {
    api = TestApi.start(builder -> builder.postingHtmlReader(html -> new CleanPosting("<h1>Pharmacist</h1>",
        new PostingDocument(List.of(Block.heading(1, "Pharmacist"))))));

    TestApi.Response response = api.post("/api/jobs/extract", api.tokenA,
        "{\"html\": \"<h1>Pharmacist</h1><script>alert(1)</script>\"}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("source").asText()).isEqualTo("html");
    assertThat(response.json().get("description_html").asText()).isEqualTo("<h1>Pharmacist</h1>");
  }

  @Test
  void extraction_needs_exactly_one_of_text_and_html() {
    api = TestApi.start();

    for (String body : List.of("{}", "{\"text\": \"  \"}", "{\"text\": \"Nurse\", \"html\": \"<p>Nurse</p>\"}")) {
      TestApi.Response response = api.post("/api/jobs/extract", api.tokenA, body);
      assertThat(response.status()).as(body).isEqualTo(400);
      assertThat(response.json().get("code").asText()).as(body).isEqualTo("extract.one-of");
    }
    assertProblem(api.post("/api/jobs/extract", api.tokenA, "{\"markdown\": \"# Nurse\"}"), 400,
        "body.unknown-field");
    assertProblem(api.post("/api/jobs/extract", api.tokenA, "{\"text\": \"\\n\\n\"}"), 400, "extract.one-of");
  }

  @Test
  void pasted_html_without_a_reader_and_url_import_without_sources_are_422() {
    api = TestApi.start();

    assertProblem(api.post("/api/jobs/extract", api.tokenA, "{\"html\": \"<p>Nurse</p>\"}"), 422,
        "import.html-unsupported");
    assertProblem(api.post("/api/jobs/import", api.tokenA, "{\"url\": \"" + GREENHOUSE_URL + "\"}"), 422,
        "import.no-sources");
  }

  @Test
  void a_body_over_the_configured_limit_is_413() {
    api = TestApi.start();
    String text = "x".repeat((int) TestApi.MAX_REQUEST_BYTES);

    assertProblem(api.post("/api/jobs/extract", api.tokenA, "{\"text\": \"" + text + "\"}"), 413,
        "request.too-large");
  }

  @Test
  void every_source_failure_is_its_own_problem_status_and_saves_nothing() {
    Map<RuntimeException, Integer> failures = Map.of(
        new InvalidValueException("url.private-address", "url resolves to a private address, which is never fetched"),
        400,
        new NotFoundException("posting.not-found", "the board has no open posting 4012345"), 404,
        new RuleViolationException("page.unsupported", "the page carries no schema.org JobPosting"), 422,
        new ExternalServiceException("jobboard.bad-response", "the board answered malformed JSON",
            ExternalServiceException.Failure.BAD_RESPONSE), 502,
        new ExternalServiceException("jobboard.unavailable", "the board is unavailable",
            ExternalServiceException.Failure.UNAVAILABLE), 503,
        new ExternalServiceException("jobboard.timeout", "the board did not answer within 10 s",
            ExternalServiceException.Failure.TIMEOUT), 504);
    List<String> seen = new ArrayList<>();
    failures.forEach((failure, status) -> {
      api = withSources(FakeJobSource.failing("greenhouse", "boards.greenhouse.io", failure));
      try {
        String code = ((HireloopException) failure).code();
        assertProblem(api.post("/api/jobs/import", api.tokenA, "{\"url\": \"" + GREENHOUSE_URL + "\"}"), status,
            code);
        TestApi.Response preview = api.get("/api/convert_from_json?url=" + encode(GREENHOUSE_URL), api.tokenA);
        assertProblem(preview, status, code);
        assertThat(preview.json().get("detail").asText()).isNotBlank();
        assertThat(jobCount()).isZero();
        seen.add(code);
      } finally {
        api.close();
        api = null;
      }
    });
    assertThat(seen).hasSize(6);
  }

  @Test
  void a_refused_url_names_the_url_field() {
    api = withSources(FakeJobSource.failing("greenhouse", "boards.greenhouse.io",
        new InvalidValueException("url.not-https", "only https links can be imported")));

    TestApi.Response response = api.post("/api/jobs/import", api.tokenA, "{\"url\": \"" + GREENHOUSE_URL + "\"}");

    assertProblem(response, 400, "url.not-https");
    assertThat(response.json().get("detail").asText()).isEqualTo("only https links can be imported");
    JsonNode error = response.json().get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("url");
    assertThat(error.get("code").asText()).isEqualTo("url.not-https");
  }

  @Test
  void a_missing_or_malformed_url_is_400_before_any_fetch() {
    FakeJobSource source = FakeJobSource.answering("greenhouse", "boards.greenhouse.io", ACME_POSTING);
    api = withSources(source);

    assertProblem(api.get("/api/convert_from_json", api.tokenA), 400, "url.required");
    assertProblem(api.get("/api/convert_from_json?url=", api.tokenA), 400, "url.required");
    assertProblem(api.get("/api/convert_from_json?url=" + encode("boards.greenhouse.io/acme/jobs/1"), api.tokenA),
        400, "url.invalid");
    assertProblem(api.get("/api/convert_from_json?url=" + encode("https://boards.greenhouse.io/a b"), api.tokenA),
        400, "url.invalid");
    assertProblem(api.post("/api/jobs/import", api.tokenA, "{}"), 400, "url.required");
    assertProblem(api.post("/api/jobs/import", api.tokenA, "{\"url\": \"javascript:alert(1)\"}"), 400,
        "url.invalid");
    assertProblem(api.post("/api/jobs/import", api.tokenA, "{\"url\": 42}"), 400, "body.wrong-type");
    assertThat(source.fetched()).isEmpty();
  }

  @Test
  void every_import_route_needs_the_token() {
    api = withSources(FakeJobSource.answering("greenhouse", "boards.greenhouse.io", ACME_POSTING));

    assertThat(api.send(api.request("/api/convert_from_json?url=" + encode(GREENHOUSE_URL)).GET()).status())
        .isEqualTo(401);
    assertThat(api.send(api.request("/api/jobs/import").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + GREENHOUSE_URL + "\"}")))
        .status()).isEqualTo(401);
    assertThat(api.send(api.request("/api/jobs/extract").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Nurse\"}"))).status())
        .isEqualTo(401);
    assertThat(jobCount()).isZero();
  }

  private static TestApi withSources(JobSource... sources) {
    return TestApi.start(builder -> builder.jobSources(List.of(sources)));
  }

  private long jobCount() {
    return api.get("/api/jobs", api.tokenA).json().get("total").asLong()
        + api.get("/api/jobs", api.tokenB).json().get("total").asLong();
  }

  private static void assertProblem(TestApi.Response response, int status, String code) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("code").asText()).isEqualTo(code);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    Iterator<String> iterator = node.fieldNames();
    iterator.forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
