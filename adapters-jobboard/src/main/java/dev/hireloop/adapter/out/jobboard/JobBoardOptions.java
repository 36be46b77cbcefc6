package dev.hireloop.adapter.out.jobboard;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.net.URI;

/**
 * Where the job boards' public APIs are (operator configuration, trusted: tests point them at a local fake) and how
 * to fetch. Base URLs are absolute http(s) URLs without query or fragment; a trailing slash is dropped.
 */
public record JobBoardOptions(URI greenhouseApiUrl, URI greenhouseEuApiUrl, URI leverApiUrl, URI leverEuApiUrl,
    URI ashbyApiUrl, FetchPolicy fetchPolicy) {

  public JobBoardOptions {
    greenhouseApiUrl = baseUrl(greenhouseApiUrl, "greenhouseApiUrl");
    greenhouseEuApiUrl = baseUrl(greenhouseEuApiUrl, "greenhouseEuApiUrl");
    leverApiUrl = baseUrl(leverApiUrl, "leverApiUrl");
    leverEuApiUrl = baseUrl(leverEuApiUrl, "leverEuApiUrl");
    ashbyApiUrl = baseUrl(ashbyApiUrl, "ashbyApiUrl");
    Check.notNull(fetchPolicy, "fetchPolicy");
  }

  /** The vendors' real public API hosts and {@link FetchPolicy#defaults()}. */
  public static JobBoardOptions defaults() {
    return new JobBoardOptions(URI.create("https://boards-api.greenhouse.io"),
        URI.create("https://boards-api.eu.greenhouse.io"), URI.create("https://api.lever.co"),
        URI.create("https://api.eu.lever.co"), URI.create("https://api.ashbyhq.com"), FetchPolicy.defaults());
  }

  public JobBoardOptions withFetchPolicy(FetchPolicy policy) {
    return new JobBoardOptions(greenhouseApiUrl, greenhouseEuApiUrl, leverApiUrl, leverEuApiUrl, ashbyApiUrl,
        policy);
  }

  private static URI baseUrl(URI url, String field) {
    Check.notNull(url, field);
    String scheme = url.getScheme();
    if (!url.isAbsolute() || url.isOpaque() || url.getHost() == null || url.getRawQuery() != null
        || url.getRawFragment() != null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
      throw new InvalidValueException("value.invalid", field + " must be an absolute http(s) URL without query");
    }
    String text = url.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
  }
}
