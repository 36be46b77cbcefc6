package dev.hireloop.adapter.out.jobboard;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the job sources fetch: limits for every request, and which hosts a user-supplied page URL may name.
 *
 * <p>{@code pageHosts} is the allow-list for career pages (JSON-LD, and Greenhouse {@code gh_jid} pages): empty means
 * any public host; an entry {@code example.com} allows exactly that host, {@code *.example.com} its subdomains.
 * Board links (Greenhouse, Lever, Ashby) are never fetched themselves: their ids go to the vendor API, whose base URL
 * is operator configuration.
 *
 * <p>{@code trustedHosts} holds {@code host:port} entries that skip the SSRF checks (http allowed, loopback allowed,
 * any port). It exists for tests and local fakes; production configuration leaves it empty.
 *
 * @param maxRedirects redirects followed per request, each re-checked (0..10)
 * @param maxPageBytes response size limit for user-supplied pages; the body is streamed and cut there
 * @param maxApiBytes response size limit for vendor API answers (an Ashby board holds every job of a company)
 * @param connectTimeout TCP/TLS connect time limit
 * @param requestTimeout time limit of one request, from sending to the last byte of the body
 */
public record FetchPolicy(int maxRedirects, int maxPageBytes, int maxApiBytes, Duration connectTimeout,
    Duration requestTimeout, Set<String> pageHosts, Set<String> trustedHosts) {
  public static final int DEFAULT_MAX_PAGE_BYTES = 2 * 1024 * 1024;
  public static final int DEFAULT_MAX_API_BYTES = 8 * 1024 * 1024;
  private static final int MAX_BYTES_CEILING = 256 * 1024 * 1024;
  private static final Duration MAX_TIMEOUT = Duration.ofMinutes(2);

  public FetchPolicy {
    Check.range(maxRedirects, "maxRedirects", 0, 10);
    Check.range(maxPageBytes, "maxPageBytes", 1, MAX_BYTES_CEILING);
    Check.range(maxApiBytes, "maxApiBytes", 1, MAX_BYTES_CEILING);
    checkTimeout(connectTimeout, "connectTimeout");
    checkTimeout(requestTimeout, "requestTimeout");
    pageHosts = Check.list(Check.notNull(pageHosts, "pageHosts"), "pageHosts", 1_000).stream()
        .map(FetchPolicy::pageHost).collect(Collectors.toUnmodifiableSet());
    trustedHosts = Check.list(Check.notNull(trustedHosts, "trustedHosts"), "trustedHosts", 100).stream()
        .map(FetchPolicy::hostPort).collect(Collectors.toUnmodifiableSet());
  }

  /** https only, at most 3 redirects, 2 MiB pages, connect 5 s, request 10 s, pages from any public host. */
  public static FetchPolicy defaults() {
    return new FetchPolicy(3, DEFAULT_MAX_PAGE_BYTES, DEFAULT_MAX_API_BYTES, Duration.ofSeconds(5),
        Duration.ofSeconds(10), Set.of(), Set.of());
  }

  /** The same policy, also trusting exactly these {@code host:port} entries (tests and local fakes only). */
  public FetchPolicy withTrustedHosts(Set<String> hostPorts) {
    return new FetchPolicy(maxRedirects, maxPageBytes, maxApiBytes, connectTimeout, requestTimeout, pageHosts,
        hostPorts);
  }

  /** The same policy, allowing career pages only from these hosts ({@code example.com}, {@code *.example.com}). */
  public FetchPolicy withPageHosts(Set<String> hosts) {
    return new FetchPolicy(maxRedirects, maxPageBytes, maxApiBytes, connectTimeout, requestTimeout, hosts,
        trustedHosts);
  }

  public FetchPolicy withTimeouts(Duration connect, Duration request) {
    return new FetchPolicy(maxRedirects, maxPageBytes, maxApiBytes, connect, request, pageHosts, trustedHosts);
  }

  public FetchPolicy withMaxPageBytes(int bytes) {
    return new FetchPolicy(maxRedirects, bytes, maxApiBytes, connectTimeout, requestTimeout, pageHosts,
        trustedHosts);
  }

  public FetchPolicy withMaxRedirects(int redirects) {
    return new FetchPolicy(redirects, maxPageBytes, maxApiBytes, connectTimeout, requestTimeout, pageHosts,
        trustedHosts);
  }

  /** Whether a page on {@code host} (lower-case, no trailing dot) is allowed by {@link #pageHosts()}. */
  boolean allowsPageHost(String host) {
    if (pageHosts.isEmpty() || pageHosts.contains(host)) {
      return true;
    }
    return pageHosts.stream().anyMatch(entry -> entry.startsWith("*.") && host.endsWith(entry.substring(1)));
  }

  private static void checkTimeout(Duration timeout, String field) {
    Check.notNull(timeout, field);
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new InvalidValueException("value.out-of-range", field + " must be between 1 ms and 2 minutes");
    }
  }

  private static String pageHost(String entry) {
    String host = Check.text(entry, "pageHost", 253).toLowerCase(Locale.ROOT);
    if (!host.matches("(\\*\\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?")) {
      throw new InvalidValueException("value.invalid", "pageHost must be a host name like example.com or "
          + "*.example.com");
    }
    return host;
  }

  private static String hostPort(String entry) {
    String hostPort = Check.text(entry, "trustedHost", 300).toLowerCase(Locale.ROOT);
    if (!hostPort.matches("(\\[[0-9a-f:.]+]|[a-z0-9.-]+):[0-9]{1,5}")) {
      throw new InvalidValueException("value.invalid", "trustedHost must be host:port, e.g. 127.0.0.1:8089");
    }
    return hostPort;
  }
}
