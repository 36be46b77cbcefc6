package dev.hireloop.port.out.jobsource;

import java.net.URI;

/**
 * Fetches a job posting from where a recruiter found it: a job board (Greenhouse, Lever, Ashby) through its public
 * API, or any career page that carries schema.org {@code JobPosting} JSON-LD. Every fetch of a user-supplied URL goes
 * through the SSRF-safe client (https only, allow-listed hosts, no private addresses after DNS resolution, at most
 * three re-checked redirects, size and time limits). Thread-safe.
 *
 * <p>Errors: an unknown or closed posting is a {@code NotFoundException} ({@code posting.not-found}); a refused URL
 * is an {@code InvalidValueException} whose code names the reason ({@code url.not-https},
 * {@code url.private-address}, …); a page without a posting is a {@code RuleViolationException}
 * ({@code page.unsupported}); a board that answers garbage or too slowly is an {@code ExternalServiceException}
 * ({@code BAD_RESPONSE} or {@code TIMEOUT}).
 */
public interface JobSource {
  /** Stable lower-case name: {@code greenhouse}, {@code lever}, {@code ashby}, {@code json-ld}. */
  String name();

  /**
   * Whether this source handles the URL, judged by its shape alone (no network). The generic JSON-LD source
   * recognises every http(s) URL and is asked last.
   */
  boolean recognises(URI url);

  FetchedPosting fetch(URI url);
}
