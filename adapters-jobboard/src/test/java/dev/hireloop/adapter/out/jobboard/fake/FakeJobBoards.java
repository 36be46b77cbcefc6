package dev.hireloop.adapter.out.jobboard.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hireloop.adapter.out.jobboard.FetchPolicy;
import dev.hireloop.adapter.out.jobboard.JobBoardOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for the job boards, on 127.0.0.1 and a free port: Greenhouse's Job Board API (default and EU
 * host), Lever's Postings API (default and EU), Ashby's Job Posting API, and company career pages with and without
 * schema.org JSON-LD. Responses are the vendors' real shapes (Greenhouse's {@code content} escaped once, Ashby's
 * whole board per call) and statuses (404 for unknown boards and jobs). {@link #postings()} lists the postings it
 * serves, with the links a recruiter would paste.
 *
 * <p>Misbehaving endpoints for the failure paths: Greenhouse board {@code slow-board}, Lever site {@code slow-site}
 * and page {@code /special/slow} answer after {@link #SLOW_MILLIS}; {@code garbage-board} / {@code garbage-site}
 * answer malformed JSON; Greenhouse {@code busy-board} and {@code /special/busy} answer 429 with
 * {@code Retry-After: 1} once, then 200; {@code /special/busy-date} 503 once with a Retry-After date;
 * {@code /special/busy-long} always 429 with {@code Retry-After: 30}; {@code /special/unavailable} always 503; {@code /special/forbidden} 403;
 * {@code /special/wrong-type} a PNG; {@code /special/huge} a 10 MB page; {@code /special/huge-declared} a 10 MB
 * Content-Length; {@code /special/redirect?to=URL} a 302 to URL; {@code /special/hops/N} N redirects in a row,
 * then the Orbitly posting.
 *
 * <pre>{@code
 * try (FakeJobBoards boards = FakeJobBoards.start()) {
 *   List<JobSource> sources = JobBoards.standard(boards.options());
 *   ...
 * }
 * }</pre>
 */
public final class FakeJobBoards implements AutoCloseable {
  public static final long SLOW_MILLIS = 5_000;
  public static final int HUGE_BYTES = 10 * 1024 * 1024;
  /** The huge page pauses after this many bytes until {@link #releaseHugeBody()} (or 10 s). */
  public static final int HUGE_PAUSE_AT = 3 * 1024 * 1024;
  /** {@code /special/busy-date} answers 503 once with this Retry-After date. */
  public static final String BUSY_UNTIL = "Mon, 02 Nov 2026 10:00:03 GMT";

  /** One posting the fake serves: the link to paste, and what a source must read from it. */
  public record FakePosting(String source, URI url, String title, Optional<String> company, String field) {}

  /** What happened to the last huge body: bytes handed to the socket, and whether all 10 MB were. */
  public record HugeBodyOutcome(long bytesWritten, boolean completed) {}

  private static final String RESOURCES = "/dev/hireloop/adapter/out/jobboard/fake/";
  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, String> userAgents = new ConcurrentHashMap<>();
  private final CountDownLatch hugeRelease = new CountDownLatch(1);
  private final CountDownLatch hugeDone = new CountDownLatch(1);
  private final AtomicLong hugeWritten = new AtomicLong();
  private volatile boolean hugeCompleted;

  private FakeJobBoards(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  public static FakeJobBoards start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-job-boards");
        thread.setDaemon(true);
        return thread;
      });
      FakeJobBoards boards = new FakeJobBoards(server, executor);
      server.createContext("/", boards::handle);
      server.setExecutor(executor);
      server.start();
      return boards;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** API base URLs pointing here, and a fetch policy that trusts exactly this server. */
  public JobBoardOptions options() {
    return new JobBoardOptions(url("/greenhouse"), url("/greenhouse-eu"), url("/lever"), url("/lever-eu"),
        url("/ashby"), FetchPolicy.defaults().withTrustedHosts(Set.of(hostPort())));
  }

  /** {@code http://127.0.0.1:port} + the path (and query). */
  public URI url(String pathAndQuery) {
    return URI.create("http://" + hostPort() + pathAndQuery);
  }

  public String hostPort() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /** How many requests reached a path (without query). */
  public int hits(String path) {
    AtomicInteger count = hits.get(path);
    return count == null ? 0 : count.get();
  }

  /** The User-Agent of the last request for a path (without query). */
  public Optional<String> userAgent(String path) {
    return Optional.ofNullable(userAgents.get(path));
  }

  public void releaseHugeBody() {
    hugeRelease.countDown();
  }

  /** Waits (up to 15 s) until the huge page's handler has finished writing or failed. */
  public HugeBodyOutcome awaitHugeBody() throws InterruptedException {
    if (!hugeDone.await(15, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the huge body was never requested or never finished");
    }
    return new HugeBodyOutcome(hugeWritten.get(), hugeCompleted);
  }

  /** Every posting served, as pasted links: 19 postings from 16 employers, 11 of them outside software. */
  public List<FakePosting> postings() {
    return List.of(
        new FakePosting("greenhouse", URI.create("https://boards.greenhouse.io/northwind/jobs/4012345"),
            "Senior Backend Engineer (Java/Kotlin)", Optional.of("Northwind Analytics"), "software"),
        new FakePosting("greenhouse", URI.create("https://boards.greenhouse.io/embed/job_app?for=northwind&token=4012399"),
            "Product Designer", Optional.of("Northwind Analytics"), "design"),
        new FakePosting("greenhouse", URI.create("https://job-boards.greenhouse.io/bluepeak/jobs/5523001"),
            "Staff Accountant", Optional.of("Bluepeak Financial Group"), "accounting"),
        new FakePosting("greenhouse", url("/careers/harborview?gh_jid=6001001"),
            "Marketing Coordinator", Optional.of("Harborview Hotels & Resorts"), "marketing"),
        new FakePosting("greenhouse", URI.create("https://job-boards.eu.greenhouse.io/tulipa/jobs/7100022"),
            "Data Engineer", Optional.of("Tulipa Mobility B.V."), "data"),
        new FakePosting("greenhouse", URI.create("https://boards.greenhouse.io/busy-board/jobs/8800001"),
            "Site Reliability Engineer", Optional.of("Halcyon Cloud"), "software"),
        new FakePosting("lever", URI.create("https://jobs.lever.co/meridian/5f2c1a9e-7b3d-4e8a-9c1f-2a6b8d4e0f13"),
            "Account Executive, Mid-Market", Optional.empty(), "sales"),
        new FakePosting("lever", URI.create("https://jobs.lever.co/atlasfreight/0b7e4c2d-1a3f-4b5c-8d6e-9f0a1b2c3d4e/apply"),
            "Warehouse Operations Supervisor (2nd Shift)", Optional.empty(), "logistics"),
        new FakePosting("lever", URI.create("https://jobs.lever.co/lumenlabs/c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f"),
            "Machine Learning Engineer", Optional.empty(), "software"),
        new FakePosting("lever", URI.create("https://jobs.eu.lever.co/copperleaf/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"),
            "Frontend Developer (React)", Optional.empty(), "software"),
        new FakePosting("ashby", URI.create("https://jobs.ashbyhq.com/quillstack/3f6a2b1c-8d7e-4f90-a1b2-c3d4e5f6a7b8"),
            "Senior DevOps Engineer", Optional.empty(), "software"),
        new FakePosting("ashby", URI.create("https://jobs.ashbyhq.com/quillstack/7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f/application"),
            "Technical Support Specialist (Part-time)", Optional.empty(), "customer support"),
        new FakePosting("ashby", URI.create("https://jobs.ashbyhq.com/greenlane/1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6"),
            "Delivery Route Dispatcher", Optional.empty(), "logistics"),
        new FakePosting("ashby", URI.create("https://jobs.ashbyhq.com/greenlane/8b9c0d1e-2f3a-4b5c-9d6e-7f8091a2b3c4"),
            "FP&A Analyst", Optional.empty(), "finance"),
        new FakePosting("json-ld", url("/careers/st-brigids-rn-nights"),
            "Registered Nurse – Medical/Surgical Unit (Nights)", Optional.of("St. Brigid's Regional Medical Center"),
            "nursing"),
        new FakePosting("json-ld", url("/careers/cascade-warehouse-associate"),
            "Warehouse Associate – Fulfillment Center", Optional.of("Cascade Outfitters"), "logistics"),
        new FakePosting("json-ld", url("/careers/polar-air-hvac-tech"),
            "HVAC Service Technician", Optional.of("Polar Air Services"), "skilled trades"),
        new FakePosting("json-ld", url("/careers/orbitly-fullstack"),
            "Full Stack Developer (TypeScript)", Optional.of("Orbitly, Inc."), "software"),
        new FakePosting("json-ld", url("/careers/keystone-payroll-specialist"),
            "Payroll Specialist", Optional.of("Keystone Staffing Partners"), "payroll"));
  }

  @Override
  public void close() {
    hugeRelease.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      hits.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
      userAgents.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
      if (!exchange.getRequestMethod().equals("GET")) {
        send(exchange, 405, "application/json", "{\"error\":\"method not allowed\"}");
        return;
      }
      List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
      String first = segments.isEmpty() ? "" : segments.get(0);
      switch (first) {
        case "greenhouse", "greenhouse-eu" -> greenhouse(exchange, first, segments);
        case "lever", "lever-eu" -> lever(exchange, first, segments);
        case "ashby" -> ashby(exchange, segments);
        case "careers" -> careerPage(exchange, segments);
        case "special" -> special(exchange, segments);
        default -> send(exchange, 404, "text/html; charset=utf-8", "<h1>Not found</h1>");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@code /greenhouse/v1/boards/{token}/jobs/{id}}. */
  private void greenhouse(HttpExchange exchange, String host, List<String> segments)
      throws IOException, InterruptedException {
    if (segments.size() != 6 || !segments.get(1).equals("v1") || !segments.get(2).equals("boards")
        || !segments.get(4).equals("jobs")) {
      send(exchange, 404, "application/json", "{\"status\":404,\"error\":\"Not found\"}");
      return;
    }
    String board = segments.get(3);
    if (misbehaved(exchange, board, "slow-board", "garbage-board")) {
      return;
    }
    if (board.equals("busy-board") && busyOnce(exchange)) {
      return;
    }
    Optional<byte[]> job = resource(host + "/" + board + "/" + segments.get(5) + ".json");
    if (job.isEmpty()) {
      send(exchange, 404, "application/json", "{\"status\":404,\"error\":\"Job not found\"}");
      return;
    }
    send(exchange, 200, "application/json; charset=utf-8", job.get());
  }

  /** {@code /lever/v0/postings/{site}/{id}}. */
  private void lever(HttpExchange exchange, String host, List<String> segments)
      throws IOException, InterruptedException {
    if (segments.size() != 5 || !segments.get(1).equals("v0") || !segments.get(2).equals("postings")) {
      send(exchange, 404, "application/json", "{\"ok\":false,\"error\":\"Not found\"}");
      return;
    }
    if (misbehaved(exchange, segments.get(3), "slow-site", "garbage-site")) {
      return;
    }
    Optional<byte[]> posting = resource(host + "/" + segments.get(3) + "/" + segments.get(4) + ".json");
    if (posting.isEmpty()) {
      send(exchange, 404, "application/json", "{\"ok\":false,\"error\":\"Document not found\"}");
      return;
    }
    send(exchange, 200, "application/json", posting.get());
  }

  /** {@code /ashby/posting-api/job-board/{board}}: the whole board. */
  private void ashby(HttpExchange exchange, List<String> segments) throws IOException, InterruptedException {
    if (segments.size() != 4 || !segments.get(1).equals("posting-api") || !segments.get(2).equals("job-board")) {
      send(exchange, 404, "application/json", "{\"success\":false,\"errors\":[\"not_found\"]}");
      return;
    }
    if (misbehaved(exchange, segments.get(3), "slow-board", "garbage-board")) {
      return;
    }
    Optional<byte[]> board = resource("ashby/" + segments.get(3) + ".json");
    if (board.isEmpty()) {
      send(exchange, 404, "application/json", "{\"success\":false,\"errors\":[\"Job board not found\"]}");
      return;
    }
    send(exchange, 200, "application/json; charset=utf-8", board.get());
  }

  private void careerPage(HttpExchange exchange, List<String> segments) throws IOException {
    Optional<byte[]> page = segments.size() == 2 ? resource("pages/" + segments.get(1) + ".html") : Optional.empty();
    if (page.isEmpty()) {
      send(exchange, 404, "text/html; charset=utf-8", "<h1>Page not found</h1>");
      return;
    }
    send(exchange, 200, "text/html; charset=utf-8", page.get());
  }

  private void special(HttpExchange exchange, List<String> segments) throws IOException, InterruptedException {
    String what = segments.size() >= 2 ? segments.get(1) : "";
    switch (what) {
      case "slow" -> {
        Thread.sleep(SLOW_MILLIS);
        send(exchange, 200, "text/html", "<p>finally</p>");
      }
      case "busy" -> {
        if (!busyOnce(exchange)) {
          careerPage(exchange, List.of("careers", "orbitly-fullstack"));
        }
      }
      case "busy-long" -> {
        exchange.getResponseHeaders().set("Retry-After", "30");
        send(exchange, 429, "text/html", "<h1>Slow down</h1>");
      }
      case "busy-date" -> {
        if (hits(exchange.getRequestURI().getPath()) == 1) {
          exchange.getResponseHeaders().set("Retry-After", BUSY_UNTIL);
          send(exchange, 503, "text/html", "<h1>Back soon</h1>");
        } else {
          careerPage(exchange, List.of("careers", "orbitly-fullstack"));
        }
      }
      case "unavailable" -> {
        exchange.getResponseHeaders().set("Retry-After", "1");
        send(exchange, 503, "text/html", "<h1>Down for maintenance</h1>");
      }
      case "forbidden" -> send(exchange, 403, "text/html", "<h1>Forbidden</h1>");
      case "garbage-json" -> send(exchange, 200, "application/json", "{\"jobs\": [ {\"id\": ");
      case "wrong-type" -> send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
      case "no-type" -> send(exchange, 200, null, "<p>no content type</p>");
      case "huge" -> huge(exchange);
      case "huge-declared" -> {
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, HUGE_BYTES);
        // the client refuses on the header alone; nothing is written
      }
      case "redirect" -> {
        String query = exchange.getRequestURI().getRawQuery();
        String target = query != null && query.startsWith("to=")
            ? java.net.URLDecoder.decode(query.substring(3), StandardCharsets.UTF_8) : "/";
        exchange.getResponseHeaders().set("Location", target);
        send(exchange, 302, "text/html", "");
      }
      case "hops" -> {
        int left = segments.size() == 3 ? Integer.parseInt(segments.get(2)) : 0;
        if (left <= 0) {
          careerPage(exchange, List.of("careers", "orbitly-fullstack"));
        } else {
          exchange.getResponseHeaders().set("Location", "/special/hops/" + (left - 1));
          send(exchange, 301, "text/html", "");
        }
      }
      default -> send(exchange, 404, "text/html", "<h1>Not found</h1>");
    }
  }

  private boolean misbehaved(HttpExchange exchange, String name, String slow, String garbage)
      throws IOException, InterruptedException {
    if (name.equals(slow)) {
      Thread.sleep(SLOW_MILLIS);
      send(exchange, 200, "application/json", "{}");
      return true;
    }
    if (name.equals(garbage)) {
      send(exchange, 200, "application/json", "<html><body>Bad gateway</body></html>");
      return true;
    }
    return false;
  }

  /** 429 with Retry-After on the first request for this path, nothing (false) afterwards. */
  private boolean busyOnce(HttpExchange exchange) throws IOException {
    if (hits(exchange.getRequestURI().getPath()) > 1) {
      return false;
    }
    exchange.getResponseHeaders().set("Retry-After", "1");
    send(exchange, 429, "application/json", "{\"error\":\"rate limited\"}");
    return true;
  }

  private void huge(HttpExchange exchange) throws InterruptedException {
    try {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, 0);                          // chunked: no length to refuse up front
      byte[] chunk = "<p>lorem ipsum dolor sit amet</p>\n".repeat(2048).getBytes(StandardCharsets.UTF_8);
      OutputStream body = exchange.getResponseBody();
      long written = 0;
      while (written < HUGE_BYTES) {
        int size = (int) Math.min(chunk.length, HUGE_BYTES - written);
        body.write(chunk, 0, size);
        body.flush();
        written += size;
        hugeWritten.set(written);
        if (written >= HUGE_PAUSE_AT && hugeRelease.getCount() > 0) {
          hugeRelease.await(10, TimeUnit.SECONDS);
        }
      }
      body.close();
      hugeCompleted = true;
    } catch (IOException e) {
      hugeCompleted = false;                                         // the client hung up: what we want
    } finally {
      hugeDone.countDown();
    }
  }

  private static Optional<byte[]> resource(String name) throws IOException {
    if (name.contains("..")) {
      return Optional.empty();
    }
    try (InputStream in = FakeJobBoards.class.getResourceAsStream(RESOURCES + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    }
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
