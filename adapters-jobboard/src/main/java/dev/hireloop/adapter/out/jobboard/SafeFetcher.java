package dev.hireloop.adapter.out.jobboard;

import dev.hireloop.adapter.out.jobboard.UrlGuard.HostRule;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.ExternalServiceException.Failure;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.InvalidValueException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the job sources reach the network. User-supplied URLs (career pages) pass {@link UrlGuard} before
 * the first request and before every redirect hop; the client never follows redirects itself. Every response is
 * streamed into a bounded buffer (the body is cut at the limit, never read whole), checked for its content type,
 * and bounded in time from sending to the last byte. 429 and 5xx are retried with back-off that honours
 * {@code Retry-After}, at most twice and within {@link #RETRY_BUDGET}; then the source counts as unavailable.
 *
 * <p><b>DNS rebinding.</b> The guard resolves the host and refuses private addresses, then the JDK client resolves
 * the name again when it connects; a hostile DNS server could answer a public address to the first lookup and a
 * private one to the second. The JDK offers no way to pin the connection to the checked address (no resolver SPI
 * before Java 18, and the client does not expose the peer address), so the window is narrowed instead: (1) both
 * lookups go through the JVM's positive DNS cache ({@code networkaddress.cache.ttl}, 30 s by default), so the
 * client normally reuses the answer the guard checked; (2) https only, with certificate and host-name
 * verification: after a rebind the internal service would have to present a valid certificate for the attacker's
 * name, which plain-http metadata endpoints and internal services cannot; (3) only GET, no request body, no
 * cookies or credentials are ever sent. Operators who need a hard guarantee route the JVM through an egress proxy
 * that enforces the same address rules.
 */
final class SafeFetcher {
  static final String USER_AGENT = "HireloopJobImport/1.0 (+https://hireloop.dev/job-import)";
  static final Duration RETRY_BUDGET = Duration.ofSeconds(10);
  static final int MAX_RETRIES = 2;
  private static final Logger LOG = LoggerFactory.getLogger(SafeFetcher.class);
  private static final int ERROR_BODY_LIMIT = 16 * 1024;
  private static final List<Duration> BACKOFF = List.of(Duration.ofMillis(500), Duration.ofSeconds(1));

  /** What a response must be. */
  enum Expect {
    JSON("application/json"),
    HTML("text/html,application/xhtml+xml;q=0.9");

    private final String accept;

    Expect(String accept) {
      this.accept = accept;
    }

    boolean accepts(String contentType) {
      String media = mediaType(contentType);
      return switch (this) {
        case JSON -> media.equals("application/json") || media.endsWith("+json");
        case HTML -> media.equals("text/html") || media.equals("application/xhtml+xml");
      };
    }
  }

  /** Waits between retries; replaced in tests so that they do not sleep. */
  interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  /**
   * A final answer: 2xx with its bounded body, or 404/410 (status 404, empty body) for the caller to decide what is
   * missing. {@code charset} is the one the Content-Type header names, if any.
   */
  record Response(URI url, int status, byte[] body, Optional<Charset> charset) {
    boolean notFound() {
      return status == 404;
    }

    String text() {
      return new String(body, charset.orElse(StandardCharsets.UTF_8));
    }
  }

  private record Exchange(int status, Optional<String> location, Optional<String> retryAfter, String contentType,
      byte[] body) {}

  private final HttpClient client;
  private final FetchPolicy policy;
  private final UrlGuard guard;
  private final Pause pause;
  private final Clock clock;

  SafeFetcher(FetchPolicy policy, UrlGuard.Resolver resolver, Pause pause, Clock clock) {
    this.policy = policy;
    this.guard = new UrlGuard(policy, resolver);
    this.pause = pause;
    this.clock = clock;
    this.client = HttpClient.newBuilder()
        .connectTimeout(policy.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** A user-supplied page: every check, HTML only, the page size limit; refusals are 400s. */
  Response page(URI url) {
    return fetch(url, Expect.HTML, HostRule.page(), policy.maxPageBytes(), true);
  }

  /** A vendor API under an operator-configured base URL: trusted origin, JSON only, the API size limit. */
  Response api(URI url) {
    return fetch(url, Expect.JSON, HostRule.api(url), policy.maxApiBytes(), false);
  }

  private Response fetch(URI url, Expect expect, HostRule rule, int maxBytes, boolean userSupplied) {
    URI current = url;
    for (int redirects = 0; ; redirects++) {
      guard.check(current, rule);
      Exchange exchange = sendWithRetries(current, expect, maxBytes, userSupplied);
      int status = exchange.status();
      if (isRedirect(status)) {
        if (redirects >= policy.maxRedirects()) {
          throw new InvalidValueException("url.too-many-redirects",
              "the link redirects more than " + policy.maxRedirects() + " times");
        }
        current = redirectTarget(current, exchange);
        continue;
      }
      if (status >= 200 && status < 300) {
        return new Response(current, status, exchange.body(), charsetOf(exchange.contentType()));
      }
      if (status == 404 || status == 410) {
        return new Response(current, 404, new byte[0], Optional.empty());
      }
      throw new ExternalServiceException("source.bad-response",
          "the job source answered with HTTP status " + status, Failure.BAD_RESPONSE);
    }
  }

  private URI redirectTarget(URI current, Exchange exchange) {
    String location = exchange.location().orElseThrow(() -> new ExternalServiceException("source.bad-response",
        "the job source redirected without a Location", Failure.BAD_RESPONSE));
    try {
      return current.resolve(URI.create(location.strip()));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("url.invalid", "the link redirects to an address that is not valid", e);
    }
  }

  private Exchange sendWithRetries(URI url, Expect expect, int maxBytes, boolean userSupplied) {
    long start = System.nanoTime();
    for (int retries = 0; ; retries++) {
      Exchange exchange = sendOnce(url, expect, maxBytes, userSupplied);
      int status = exchange.status();
      if (status != 429 && status != 500 && status != 502 && status != 503 && status != 504) {
        return exchange;
      }
      Duration wait = retryAfter(exchange).orElse(BACKOFF.get(Math.min(retries, BACKOFF.size() - 1)));
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      if (retries >= MAX_RETRIES || elapsed.plus(wait).compareTo(RETRY_BUDGET) > 0) {
        throw new ExternalServiceException("source.unavailable",
            "the job source is unavailable (HTTP " + status + "); try again later", Failure.UNAVAILABLE);
      }
      LOG.warn("Job source {} answered {}; retry {} in {} ms", url.getHost(), status, retries + 1, wait.toMillis());
      try {
        pause.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ExternalServiceException("source.unavailable", "interrupted while waiting to retry",
            Failure.UNAVAILABLE, e);
      }
    }
  }

  private Exchange sendOnce(URI url, Expect expect, int maxBytes, boolean userSupplied) {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(url).GET()
          .timeout(policy.requestTimeout())
          .header("User-Agent", USER_AGENT)
          .header("Accept", expect.accept)
          .build();
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("url.invalid", "the link is not a valid web address", e);
    }
    long started = System.nanoTime();
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request, info -> subscriber(info, expect, maxBytes, userSupplied));
    try {
      HttpResponse<byte[]> response = future.get(policy.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
      LOG.debug("GET {} answered {} in {} ms", url.getHost(), response.statusCode(),
          (System.nanoTime() - started) / 1_000_000);
      return new Exchange(response.statusCode(), response.headers().firstValue("Location"),
          response.headers().firstValue("Retry-After"),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timeout(e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExternalServiceException("source.unavailable", "interrupted while fetching", Failure.UNAVAILABLE, e);
    } catch (ExecutionException e) {
      throw translate(e.getCause());
    }
  }

  private static RuntimeException translate(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof HireloopException hireloop) {
        return hireloop;                                         // our own refusal, from the body subscriber
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpTimeoutException || cause instanceof HttpConnectTimeoutException) {
        return timeout(cause);
      }
    }
    if (failure instanceof ConnectException) {
      return new ExternalServiceException("source.unavailable", "the job source cannot be reached",
          Failure.UNAVAILABLE, failure);
    }
    if (failure instanceof IOException) {
      return new ExternalServiceException("source.unavailable", "the connection to the job source failed",
          Failure.UNAVAILABLE, failure);
    }
    return new ExternalServiceException("source.bad-response", "the job source's answer could not be read",
        Failure.BAD_RESPONSE, failure);
  }

  private static ExternalServiceException timeout(Throwable cause) {
    return new ExternalServiceException("source.timeout", "the job source did not answer in time", Failure.TIMEOUT,
        cause);
  }

  private BodySubscriber<byte[]> subscriber(HttpResponse.ResponseInfo info, Expect expect, int maxBytes,
      boolean userSupplied) {
    if (info.statusCode() < 200 || info.statusCode() >= 300) {
      return new LimitedBody(ERROR_BODY_LIMIT, null, null);                  // kept short, never an error
    }
    String contentType = info.headers().firstValue("Content-Type").orElse("");
    if (!expect.accepts(contentType)) {
      return new LimitedBody(0, null, refusal(userSupplied, "response.wrong-content-type",
          "the link answered " + (contentType.isBlank() ? "without a content type" : mediaType(contentType))
              + ", not " + (expect == Expect.JSON ? "JSON" : "a web page")));
    }
    Supplier<HireloopException> tooLarge = () -> refusal(userSupplied, "response.too-large",
        "the answer is larger than " + maxBytes / 1024 + " KiB");
    long declared = contentLength(info);
    if (declared > maxBytes) {
      return new LimitedBody(0, null, tooLarge.get());
    }
    return new LimitedBody(maxBytes, tooLarge, null);
  }

  private static long contentLength(HttpResponse.ResponseInfo info) {
    try {
      return info.headers().firstValueAsLong("Content-Length").orElse(-1);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A refused user URL is the user's problem (400); the same from a vendor API is the vendor's (502). */
  private static HireloopException refusal(boolean userSupplied, String code, String message) {
    return userSupplied ? new InvalidValueException(code, message)
        : new ExternalServiceException(code, "the job board's API: " + message, Failure.BAD_RESPONSE);
  }

  private Optional<Duration> retryAfter(Exchange exchange) {
    return exchange.retryAfter().map(String::strip).flatMap(value -> {
      if (value.matches("[0-9]{1,6}")) {
        return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
      }
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    });
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  private static Optional<Charset> charsetOf(String contentType) {
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.strip().split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        try {
          return Optional.of(Charset.forName(pair[1].strip().replace("\"", "")));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Collects a body up to {@code limit} bytes. Past the limit it cancels the subscription (the client then closes
   * the connection, so the rest is never read) and either fails with {@code onExceed} or, without one, keeps what
   * it has. With {@code failure} set it refuses at once, before reading anything.
   */
  private static final class LimitedBody implements BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final int limit;
    private final Supplier<HireloopException> onExceed;
    private final HireloopException failure;
    private Flow.Subscription subscription;
    private boolean done;

    LimitedBody(int limit, Supplier<HireloopException> onExceed, HireloopException failure) {
      this.limit = limit;
      this.onExceed = onExceed;
      this.failure = failure;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (failure != null) {
        done = true;
        subscription.cancel();
        result.completeExceptionally(failure);
        return;
      }
      subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (done) {
        return;
      }
      for (ByteBuffer item : items) {
        int remaining = item.remaining();
        if (buffer.size() + remaining > limit) {
          done = true;
          subscription.cancel();
          if (onExceed != null) {
            result.completeExceptionally(onExceed.get());
          } else {
            byte[] part = new byte[limit - buffer.size()];
            item.get(part);
            buffer.write(part, 0, part.length);
            result.complete(buffer.toByteArray());
          }
          return;
        }
        byte[] bytes = new byte[remaining];
        item.get(bytes);
        buffer.write(bytes, 0, bytes.length);
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
      done = true;
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      done = true;
      result.complete(buffer.toByteArray());
    }
  }
}
