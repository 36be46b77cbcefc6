package dev.hireloop.adapter.in.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hireloop.adapter.in.http.HttpApi;
import dev.hireloop.adapter.in.http.HttpSettings;
import dev.hireloop.adapter.out.calendar.Ical4jCalendarFiles;
import dev.hireloop.adapter.out.persistence.memory.InMemoryPersistence;
import dev.hireloop.application.Hireloop;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.recruiter.RecruiterWithToken;
import dev.hireloop.testing.MutableClock;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The real app (JSON API and pages) on port 0 over in-memory storage, with a clock standing on Monday
 * 2030-01-07 08:00 UTC and one recruiter (Alice, Europe/London, standard hours: weekdays 09:00–17:00, the
 * 45-minute original template). Setup goes through the JSON API, as a recruiter's tools would; the pages are
 * fetched without following redirects, so a test sees each 303.
 */
final class WebFixture implements AutoCloseable {
  static final Instant NOW = Instant.parse("2030-01-07T08:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger PROFILES = new AtomicInteger();

  final MutableClock clock = MutableClock.at(NOW);
  final Hireloop hireloop;
  final String token;
  private final Javalin app;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  WebFixture() {
    hireloop = Hireloop.builder().persistence(InMemoryPersistence.create()).clock(clock)
        .calendarFiles(new Ical4jCalendarFiles()).build();
    RecruiterWithToken alice = hireloop.createRecruiterWithToken().create(
        new CreateRecruiterCommand("Alice Recruiter", Email.of("alice@example.com"), ZoneId.of("Europe/London")),
        "web tests");
    token = alice.token().plaintext();
    app = HttpApi.create(hireloop, new HttpSettings(() -> true, 64 * 1024, () -> { }, Optional.empty())).start(0);
    base = "http://localhost:" + app.port();
  }

  String base() {
    return base;
  }

  /** An open job of Alice's; its page is {@code /schedule-interview/<id>}. */
  String openJob(String title, String company) {
    JsonNode job = api("POST", "/api/jobs", "{\"title\": " + quote(title) + ", \"company\": " + quote(company) + "}",
        201);
    String id = job.get("id").asText();
    api("POST", "/api/jobs/" + id + "/open", null, 200);
    return id;
  }

  /** A booking link for a new candidate of Alice's whose page opens in {@code zone}: the token of its URL. */
  String bookingLink(String zone) {
    int n = PROFILES.incrementAndGet();
    JsonNode profile = api("POST", "/api/profiles", "{\"full_name\": \"Linked Candidate " + n
        + "\", \"email\": \"linked" + n + "@example.com\"}", 201);
    JsonNode link = api("POST", "/scheduling/book", "{\"profile_id\": \"" + profile.get("id").asText()
        + "\", \"timezone\": \"" + zone + "\"}", 201);
    String url = link.get("booking_link").asText();
    return url.substring(url.indexOf("/book/") + "/book/".length());
  }

  /** Alice's interviews with a slot, whatever their status, as the JSON API counts them. */
  long interviewCount() {
    return api("GET", "/api/recruiter/interviews?filter=all", null, 200).get("total").asLong();
  }

  long profileCount() {
    return api("GET", "/api/profiles", null, 200).get("total").asLong();
  }

  JsonNode interviews(String filter) {
    return api("GET", "/api/recruiter/interviews?filter=" + filter, null, 200);
  }

  JsonNode api(String method, String path, String json, int expected) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + token);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    HttpResponse<String> response = send(request);
    if (response.statusCode() != expected) {
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
          + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET());
  }

  HttpResponse<String> get(String path, String cookie) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
        .header("Cookie", cookie).GET());
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields) {
    return send(form(path, fields));
  }

  HttpRequest.Builder form(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String quote(String value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
