package dev.hireloop.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireloop.adapter.out.persistence.memory.InMemoryPersistence;
import dev.hireloop.application.Hireloop;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.recruiter.RecruiterWithToken;
import dev.hireloop.port.out.persistence.BookingSearch;
import dev.hireloop.port.out.persistence.Persistence;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The real app on port 0 over in-memory persistence, with two recruiters (A and B) and a token each, and a JDK
 * {@link HttpClient} pointed at it. Close it to stop the server.
 */
final class TestApi implements AutoCloseable {
  static final long MAX_REQUEST_BYTES = 8 * 1024;

  final Hireloop hireloop;
  final AtomicBoolean databaseReady = new AtomicBoolean(true);
  final AtomicInteger stopped = new AtomicInteger();
  final RecruiterId recruiterA;
  final String tokenA;
  final RecruiterId recruiterB;
  final String tokenB;
  private final Javalin app;
  private final HttpClient client;
  private final String base;

  private TestApi(Persistence persistence, UnaryOperator<Hireloop.Builder> configure, TestApi sharing,
      Optional<URI> baseUrl) {
    this(persistence, configure, sharing, baseUrl, HttpSettings.DEFAULT_MAX_UPLOAD_BYTES);
  }

  private TestApi(Persistence persistence, UnaryOperator<Hireloop.Builder> configure, TestApi sharing,
      Optional<URI> baseUrl, long maxUploadBytes) {
    hireloop = configure.apply(Hireloop.builder().persistence(persistence)).build();
    if (sharing == null) {
      RecruiterWithToken a = hireloop.createRecruiterWithToken().create(
          new CreateRecruiterCommand("Alice Recruiter", Email.of("alice@example.com"), ZoneId.of("Europe/London")),
          "tests");
      RecruiterWithToken b = hireloop.createRecruiterWithToken().create(
          new CreateRecruiterCommand("Bob Recruiter", Email.of("bob@example.com"), ZoneId.of("America/New_York")),
          "tests");
      recruiterA = a.recruiter().id();
      tokenA = a.token().plaintext();
      recruiterB = b.recruiter().id();
      tokenB = b.token().plaintext();
    } else {
      recruiterA = sharing.recruiterA;
      tokenA = sharing.tokenA;
      recruiterB = sharing.recruiterB;
      tokenB = sharing.tokenB;
    }
    app = HttpApi.create(hireloop,
        new HttpSettings(databaseReady::get, MAX_REQUEST_BYTES, stopped::incrementAndGet, baseUrl, maxUploadBytes))
        .start(0);
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .build();
    base = "http://localhost:" + app.port();
  }

  static TestApi start() {
    return new TestApi(InMemoryPersistence.create(), UnaryOperator.identity(), null, Optional.empty());
  }

  static TestApi start(Persistence persistence) {
    return new TestApi(persistence, UnaryOperator.identity(), null, Optional.empty());
  }

  /** In memory, with more of the facade configured (job sources, an HTML reader, a clock, …). */
  static TestApi start(UnaryOperator<Hireloop.Builder> configure) {
    return new TestApi(InMemoryPersistence.create(), configure, null, Optional.empty());
  }

  static TestApi start(Persistence persistence, UnaryOperator<Hireloop.Builder> configure) {
    return new TestApi(persistence, configure, null, Optional.empty());
  }

  /**
   * A second server instance over storage that {@code first} already set up (the same database through another
   * pool): it creates no recruiters and uses {@code first}'s, with their tokens.
   */
  static TestApi secondInstance(TestApi first, Persistence persistence, UnaryOperator<Hireloop.Builder> configure) {
    return new TestApi(persistence, configure, first, Optional.empty());
  }

  /** In memory, with CV uploads capped at {@code maxUploadBytes}. */
  static TestApi start(long maxUploadBytes, UnaryOperator<Hireloop.Builder> configure) {
    return new TestApi(InMemoryPersistence.create(), configure, null, Optional.empty(), maxUploadBytes);
  }

  /** In memory, with links built on {@code baseUrl} as {@code HIRELOOP_BASE_URL} would. */
  static TestApi start(URI baseUrl, UnaryOperator<Hireloop.Builder> configure) {
    return new TestApi(InMemoryPersistence.create(), configure, null, Optional.of(baseUrl));
  }

  /** {@code http://localhost:<port>}, where the server listens. */
  String base() {
    return base;
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
  }

  HttpRequest.Builder request(String path, String token) {
    return request(path).header("Authorization", "Bearer " + token);
  }

  Response get(String path, String token) {
    return send(request(path, token).GET());
  }

  Response delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  Response post(String path, String token, String json) {
    return withJson("POST", path, token, json);
  }

  Response put(String path, String token, String json) {
    return withJson("PUT", path, token, json);
  }

  Response patch(String path, String token, String json) {
    return withJson("PATCH", path, token, json);
  }

  Response postEmpty(String path, String token) {
    return send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** A GET without a bearer token (booking links: the token in the path is the credential). */
  Response getOpen(String path) {
    return send(request(path).GET());
  }

  Response postOpen(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private Response withJson(String method, String path, String token, String json) {
    return send(request(path, token).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)));
  }

  Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Creates a job for the token's recruiter and returns its id. */
  String createJob(String token, String json) {
    Response response = post("/api/jobs", token, json);
    if (response.status() != 201) {
      throw new IllegalStateException("job not created: " + response.status() + " " + response.body());
    }
    return response.json().get("id").asText();
  }

  String createProfile(String token, String json) {
    Response response = post("/api/profiles", token, json);
    if (response.status() != 201) {
      throw new IllegalStateException("profile not created: " + response.status() + " " + response.body());
    }
    return response.json().get("id").asText();
  }

  /** Every event the recruiter's changes wrote to the outbox: the count a refused request must not move. */
  long eventCount(RecruiterId recruiter) {
    return hireloop.persistence().eventOutbox().list(recruiter, PageRequest.first(1)).total();
  }

  /** The recruiter's bookings that have a slot, whatever their status. */
  long bookingCount(RecruiterId recruiter) {
    return hireloop.persistence().bookings().search(new BookingSearch(recruiter, EnumSet.allOf(BookingStatus.class),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), PageRequest.first(1)).total();
  }

  @Override
  public void close() {
    app.stop();
  }

  record Response(int status, HttpHeaders headers, String body) {
    JsonNode json() {
      try {
        return Json.objectMapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    String contentType() {
      return header("Content-Type");
    }
  }
}
