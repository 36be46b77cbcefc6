package dev.hireloop.adapter.out.jobboard;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.port.out.jobsource.JobSource;
import dev.hireloop.port.out.jobsource.PostingHtmlReader;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;

/**
 * The job-board adapter's entry point. {@link #standard(JobBoardOptions)} returns the sources in the order they must
 * be asked ({@code greenhouse}, {@code lever}, {@code ashby}, then {@code json-ld}, which recognises every web
 * link); they share one SSRF-safe HTTP client and are thread-safe.
 *
 * <pre>{@code
 * List<JobSource> sources = JobBoards.standard(JobBoardOptions.defaults());
 * PostingHtmlReader html = JobBoards.htmlReader();
 * }</pre>
 */
public final class JobBoards {
  private JobBoards() {}

  public static List<JobSource> standard(JobBoardOptions options) {
    Check.notNull(options, "options");
    return standard(options, InetAddress::getAllByName, duration -> Thread.sleep(duration.toMillis()),
        Clock.systemUTC());
  }

  /** With the network edges replaced: name resolution, the pause between retries, the clock for Retry-After. */
  static List<JobSource> standard(JobBoardOptions options, UrlGuard.Resolver resolver, SafeFetcher.Pause pause,
      Clock clock) {
    SafeFetcher fetcher = new SafeFetcher(options.fetchPolicy(), resolver, pause, clock);
    PostingHtmlReader reader = htmlReader();
    return List.of(
        new GreenhouseJobSource(fetcher, reader, options.greenhouseApiUrl(), options.greenhouseEuApiUrl()),
        new LeverJobSource(fetcher, reader, options.leverApiUrl(), options.leverEuApiUrl()),
        new AshbyJobSource(fetcher, reader, options.ashbyApiUrl()),
        new JsonLdJobSource(fetcher, reader));
  }

  /** The jsoup-based reader: sanitised HTML and structured clean text from untrusted posting HTML. */
  public static PostingHtmlReader htmlReader() {
    return new JsoupPostingHtmlReader();
  }
}
