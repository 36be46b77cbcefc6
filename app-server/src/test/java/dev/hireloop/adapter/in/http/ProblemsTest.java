package dev.hireloop.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hireloop.adapter.out.persistence.memory.InMemoryPersistence;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.port.out.persistence.JobRepository;
import dev.hireloop.port.out.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.SubmissionPublisher;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Every failure answers an RFC 9457 problem with the fields the API documents; nothing else ever leaks. */
class ProblemsTest {
  private TestApi api;
  private ListAppender<ILoggingEvent> problemLog;

  private TestApi api() {
    if (api == null) {
      api = TestApi.start();
    }
    return api;
  }

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
    if (problemLog != null) {
      ((Logger) LoggerFactory.getLogger(ProblemMapping.class)).detachAppender(problemLog);
    }
  }

  @Test
  void malformed_json_is_a_bad_request_with_every_problem_member() {
    TestApi.Response response = api().send(api().request("/api/jobs", api().tokenA)
        .header("Content-Type", "application/json").header("X-Request-Id", "req-42")
        .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Nurse\",")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("type").asText()).isEqualTo("https://hireloop.dev/problems/body.malformed");
    assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asText()).startsWith("the body is not valid JSON");
    assertThat(problem.get("instance").asText()).isEqualTo("/api/jobs");
    assertThat(problem.get("code").asText()).isEqualTo("body.malformed");
    assertThat(problem.get("request_id").asText()).isEqualTo("req-42");
  }

  @Test
  void duplicate_keys_and_trailing_content_are_malformed() {
    assertThat(code(api().post("/api/jobs", api().tokenA, "{\"title\": \"a\", \"title\": \"b\"}")))
        .isEqualTo("body.malformed");
    assertThat(code(api().post("/api/jobs", api().tokenA, "{\"title\": \"a\"} {}"))).isEqualTo("body.malformed");
  }

  @Test
  void a_body_that_is_not_an_object_is_a_bad_request() {
    TestApi.Response response = api().post("/api/jobs", api().tokenA, "[\"title\"]");

    assertThat(response.status()).isEqualTo(400);
    assertThat(code(response)).isEqualTo("body.not-an-object");
  }

  @Test
  void an_empty_body_is_a_bad_request() {
    TestApi.Response response = api().send(api().request("/api/jobs", api().tokenA)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(response.status()).isEqualTo(400);
    assertThat(code(response)).isEqualTo("body.required");
  }

  @Test
  void a_wrong_type_names_the_field_and_the_expected_type() {
    TestApi.Response number = api().post("/api/jobs", api().tokenA, "{\"title\": 5}");
    assertThat(number.status()).isEqualTo(400);
    assertThat(code(number)).isEqualTo("body.wrong-type");
    assertThat(field(number)).isEqualTo("title");
    assertThat(number.json().get("detail").asText()).isEqualTo("title must be a string");

    TestApi.Response text = api().post("/api/jobs", api().tokenA, "{\"title\": \"x\", \"minimum_years\": \"5\"}");
    assertThat(field(text)).isEqualTo("minimum_years");
    assertThat(text.json().get("detail").asText()).isEqualTo("minimum_years must be an integer");

    TestApi.Response fraction = api().post("/api/jobs", api().tokenA,
        "{\"title\": \"x\", \"minimum_years\": 1.5}");
    assertThat(field(fraction)).isEqualTo("minimum_years");

    TestApi.Response nested = api().post("/api/jobs", api().tokenA,
        "{\"title\": \"x\", \"salary\": {\"currency\": \"EUR\", \"min\": \"lots\", \"max\": 2, \"period\": \"year\"}}");
    assertThat(field(nested)).isEqualTo("salary.min");

    TestApi.Response element = api().post("/api/jobs", api().tokenA,
        "{\"title\": \"x\", \"required_skills\": [\"Java\", 7]}");
    assertThat(field(element)).isEqualTo("required_skills[1]");

    TestApi.Response flag = api().post("/api/jobs", api().tokenA, "{\"title\": \"x\", \"open\": \"true\"}");
    assertThat(flag.json().get("detail").asText()).isEqualTo("open must be true or false");

    TestApi.Response list = api().post("/api/jobs", api().tokenA, "{\"title\": \"x\", \"required_skills\": \"Java\"}");
    assertThat(list.json().get("detail").asText()).isEqualTo("required_skills must be an array");

    TestApi.Response object = api().post("/api/jobs", api().tokenA, "{\"title\": \"x\", \"salary\": \"lots\"}");
    assertThat(object.json().get("detail").asText()).isEqualTo("salary must be an object");

    TestApi.Response instant = api().post("/api/tokens", api().tokenA,
        "{\"label\": \"x\", \"expires_at\": \"next tuesday\"}");
    assertThat(field(instant)).isEqualTo("expires_at");
    assertThat(instant.json().get("detail").asText()).contains("ISO-8601");
  }

  @Test
  void an_unknown_field_is_refused_by_name() {
    TestApi.Response response = api().post("/api/jobs", api().tokenA, "{\"title\": \"Nurse\", \"titel\": \"x\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(code(response)).isEqualTo("body.unknown-field");
    assertThat(field(response)).isEqualTo("titel");
    assertThat(api().get("/api/jobs", api().tokenA).json().get("total").asLong()).isZero();

    TestApi.Response camel = api().post("/api/profiles", api().tokenA, "{\"fullName\": \"Ada\"}");
    assertThat(field(camel)).isEqualTo("fullName");

    TestApi.Response createOnly = api().put("/api/jobs/" + api().createJob(api().tokenA, "{\"title\": \"a\"}"),
        api().tokenA, "{\"title\": \"b\", \"open\": true}");
    assertThat(field(createOnly)).isEqualTo("open");
  }

  @Test
  void a_missing_required_field_is_named() {
    TestApi.Response job = api().post("/api/jobs", api().tokenA, "{\"description\": \"no title\"}");
    assertThat(job.status()).isEqualTo(400);
    assertThat(field(job)).isEqualTo("title");
    assertThat(code(job)).isEqualTo("value.required");

    TestApi.Response profile = api().post("/api/profiles", api().tokenA, "{\"email\": \"ada@example.com\"}");
    assertThat(field(profile)).isEqualTo("full_name");

    TestApi.Response status = api().post("/api/profiles/" + api().createProfile(api().tokenA,
        "{\"full_name\": \"Ada\"}") + "/status", api().tokenA, "{}");
    assertThat(field(status)).isEqualTo("status");
  }

  @Test
  void core_validation_errors_use_the_wire_field_names() {
    TestApi.Response years = api().post("/api/jobs", api().tokenA, "{\"title\": \"x\", \"minimum_years\": 99}");
    assertThat(years.status()).isEqualTo(400);
    assertThat(field(years)).isEqualTo("minimum_years");
    assertThat(years.json().get("detail").asText()).startsWith("minimum_years ");

    TestApi.Response salary = api().post("/api/jobs", api().tokenA,
        "{\"title\": \"x\", \"salary\": {\"currency\": \"EUR\", \"min\": 9, \"max\": 2, \"period\": \"year\"}}");
    assertThat(field(salary)).isEqualTo("salary.min");

    TestApi.Response currency = api().post("/api/jobs", api().tokenA,
        "{\"title\": \"x\", \"salary\": {\"currency\": \"XYZW\", \"min\": 1, \"max\": 2, \"period\": \"year\"}}");
    assertThat(field(currency)).isEqualTo("salary.currency");

    TestApi.Response policy = api().post("/api/jobs", api().tokenA, "{\"title\": \"x\", \"remote_policy\": \"moon\"}");
    assertThat(field(policy)).isEqualTo("remote_policy");
    assertThat(policy.json().get("detail").asText()).contains("on_site, hybrid, remote");

    TestApi.Response skill = api().post("/api/jobs", api().tokenA, "{\"title\": \"x\", \"required_skills\": [\" \"]}");
    assertThat(field(skill)).isEqualTo("required_skills");

    TestApi.Response email = api().post("/api/profiles", api().tokenA, "{\"full_name\": \"A\", \"email\": \"no\"}");
    assertThat(field(email)).isEqualTo("email");

    TestApi.Response urn = api().post("/api/profiles", api().tokenA,
        "{\"full_name\": \"A\", \"linkedin_urn\": \"linkedin.com/in/a\"}");
    assertThat(field(urn)).isEqualTo("linkedin_urn");
  }

  @Test
  void an_invalid_path_id_is_a_bad_request_naming_the_parameter() {
    TestApi.Response response = api().get("/api/jobs/not-a-uuid", api().tokenA);

    assertThat(response.status()).isEqualTo(400);
    assertThat(code(response)).isEqualTo("id.invalid");
    assertThat(field(response)).isEqualTo("job_id");
    assertThat(field(api().get("/api/profiles/123", api().tokenA))).isEqualTo("profile_id");
    assertThat(field(api().delete("/api/tokens/xyz", api().tokenA))).isEqualTo("token_id");
  }

  @Test
  void an_unknown_route_is_a_not_found_problem() {
    TestApi.Response response = api().get("/api/nothing-here", api().tokenA);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(code(response)).isEqualTo("route.not-found");
    assertThat(api().send(api().request("/no/such/page").GET()).status()).isEqualTo(404);
  }

  @Test
  void a_wrong_method_on_a_known_path_is_405_with_allow() {
    TestApi.Response response = api().delete("/api/me", api().tokenA);

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(code(response)).isEqualTo("method.not-allowed");
    assertThat(response.header("Allow")).isEqualTo("GET, PATCH");

    TestApi.Response withId = api().delete("/api/jobs/00000000-0000-0000-0000-000000000001", api().tokenA);
    assertThat(withId.status()).isEqualTo(405);
    assertThat(withId.header("Allow")).isEqualTo("GET, PUT");
  }

  @Test
  void a_body_over_the_limit_is_413() {
    String big = "{\"title\": \"x\", \"description\": \"" + "a".repeat((int) TestApi.MAX_REQUEST_BYTES) + "\"}";

    TestApi.Response response = api().post("/api/jobs", api().tokenA, big);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(code(response)).isEqualTo("request.too-large");
    assertThat(response.json().get("max_bytes").asLong()).isEqualTo(TestApi.MAX_REQUEST_BYTES);
    assertThat(api().get("/api/jobs", api().tokenA).json().get("total").asLong()).isZero();
  }

  @Test
  void a_chunked_body_over_the_limit_is_413_too() {
    byte[] big = ("{\"title\": \"x\", \"description\": \"" + "a".repeat((int) TestApi.MAX_REQUEST_BYTES) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    // no declared length: the server only learns the size while reading
    HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.fromPublisher(subscriber -> {
      SubmissionPublisher<ByteBuffer> publisher = new SubmissionPublisher<>();
      publisher.subscribe(subscriber);
      for (int start = 0; start < big.length; start += 1024) {
        publisher.submit(ByteBuffer.wrap(big, start, Math.min(1024, big.length - start)));
      }
      publisher.close();
    });

    TestApi.Response response = api().send(api().request("/api/jobs", api().tokenA)
        .header("Content-Type", "application/json").POST(chunked));

    assertThat(response.status()).isEqualTo(413);
    assertThat(code(response)).isEqualTo("request.too-large");
    assertThat(response.json().get("max_bytes").asLong()).isEqualTo(TestApi.MAX_REQUEST_BYTES);
  }

  @Test
  void a_body_that_is_not_json_is_415() {
    TestApi.Response text = api().send(api().request("/api/jobs", api().tokenA)
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("title=Nurse")));
    assertThat(text.status()).isEqualTo(415);
    assertThat(text.contentType()).startsWith("application/problem+json");
    assertThat(code(text)).isEqualTo("media-type.unsupported");

    TestApi.Response form = api().send(api().request("/api/me", api().tokenA)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .method("PATCH", HttpRequest.BodyPublishers.ofString("name=x")));
    assertThat(form.status()).isEqualTo(415);

    TestApi.Response withCharset = api().send(api().request("/api/jobs", api().tokenA)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Nurse\"}")));
    assertThat(withCharset.status()).isEqualTo(201);
  }

  @Test
  void an_unexpected_failure_is_a_500_with_an_error_id_and_no_internals() {
    problemLog = capture(ProblemMapping.class);
    api = TestApi.start(persistenceWhoseJobs(() -> new IllegalStateException("secret internals: table jobz")));

    TestApi.Response response = api.get("/api/jobs", api.tokenA);

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("code").asText()).isEqualTo("internal");
    String errorId = problem.get("error_id").asText();
    assertThat(errorId).isNotBlank();
    assertThat(problem.get("detail").asText()).contains(errorId);
    assertThat(response.body()).doesNotContain("secret internals").doesNotContain("IllegalStateException")
        .doesNotContain("at dev.hireloop").doesNotContain("jobz");

    List<ILoggingEvent> errors = problemLog.list.stream().filter(event -> event.getLevel() == Level.ERROR).toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getFormattedMessage()).contains(errorId).contains("/api/jobs");
    assertThat(errors.get(0).getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
  }

  @Test
  void a_java_lang_error_is_a_500_problem_too() {
    api = TestApi.start(persistenceWhoseJobs(() -> {
      throw new StackOverflowError();
    }));

    TestApi.Response response = api.send(api.request("/api/jobs", api.tokenA).header("X-Request-Id", "deep-1")
        .GET());

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("code").asText()).isEqualTo("internal");
    assertThat(response.json().get("request_id").asText()).isEqualTo("deep-1");
    assertThat(response.json().get("error_id").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("StackOverflowError");
  }

  @Test
  void an_unavailable_dependency_is_503() {
    api = TestApi.start(persistenceWhoseJobs(
        () -> new ExternalServiceException("database.unavailable", "the database does not answer")));

    TestApi.Response response = api.get("/api/jobs", api.tokenA);

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(code(response)).isEqualTo("database.unavailable");
  }

  @Test
  void echoes_a_sane_request_id_and_replaces_anything_else() {
    TestApi.Response kept = api().send(api().request("/api/me", api().tokenA).header("X-Request-Id", "abc-123.X")
        .GET());
    assertThat(kept.header("X-Request-Id")).isEqualTo("abc-123.X");

    TestApi.Response generated = api().send(api().request("/api/me", api().tokenA).GET());
    assertThat(generated.header("X-Request-Id")).matches("[0-9a-f-]{36}");

    TestApi.Response replaced = api().send(api().request("/api/me", api().tokenA)
        .header("X-Request-Id", "<script>" + "x".repeat(200)).GET());
    assertThat(replaced.header("X-Request-Id")).matches("[0-9a-f-]{36}");

    TestApi.Response problem = api().send(api().request("/api/me").header("X-Request-Id", "trace-7").GET());
    assertThat(problem.header("X-Request-Id")).isEqualTo("trace-7");
    assertThat(problem.json().get("request_id").asText()).isEqualTo("trace-7");
  }

  @Test
  void every_response_carries_the_security_headers() {
    for (TestApi.Response response : List.of(
        api().get("/api/me", api().tokenA),
        api().send(api().request("/api/me").GET()),
        api().get("/api/nothing", api().tokenA),
        api().send(api().request("/health/live").GET()),
        api().send(api().request("/openapi.yaml").GET()))) {
      assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
    assertThat(api().get("/api/me", api().tokenA).header("Cache-Control")).isEqualTo("no-store");
    assertThat(api().send(api().request("/api/me").GET()).header("Cache-Control")).isEqualTo("no-store");
  }

  private static String code(TestApi.Response response) {
    return response.json().get("code").asText();
  }

  private static String field(TestApi.Response response) {
    JsonNode errors = response.json().get("errors");
    assertThat(errors).as("errors in %s", response.body()).isNotNull();
    return errors.get(0).get("field").asText();
  }

  static ListAppender<ILoggingEvent> capture(Class<?> type) {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    ((Logger) LoggerFactory.getLogger(type)).addAppender(appender);
    return appender;
  }

  /** In-memory persistence, except that every job repository call fails with {@code failure}. */
  private static Persistence persistenceWhoseJobs(Supplier<RuntimeException> failure) {
    Persistence real = InMemoryPersistence.create();
    JobRepository failing = (JobRepository) Proxy.newProxyInstance(JobRepository.class.getClassLoader(),
        new Class<?>[] {JobRepository.class}, (proxy, method, args) -> {
          throw failure.get();
        });
    return (Persistence) Proxy.newProxyInstance(Persistence.class.getClassLoader(),
        new Class<?>[] {Persistence.class}, (proxy, method, args) -> {
          if (method.getName().equals("jobs")) {
            return failing;
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
