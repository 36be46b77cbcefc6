package dev.hireloop.adapter.out.jobboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.posting.PostingHints;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.out.jobsource.CleanPosting;
import dev.hireloop.port.out.jobsource.FetchedPosting;
import dev.hireloop.port.out.jobsource.JobSource;
import dev.hireloop.port.out.jobsource.PostingHtmlReader;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Greenhouse's public Job Board API ({@code GET {api}/v1/boards/{token}/jobs/{id}?pay_transparency=true}, no key).
 *
 * <p>Recognised links: {@code {host}/{token}/jobs/{id}}, {@code {host}/{token}?gh_jid={id}} and
 * {@code {host}/embed/job_app?for={token}&token={id}} on the four Greenhouse board hosts (boards, job-boards, and
 * their EU twins), plus any company career page carrying {@code gh_jid={id}}. Board links are never fetched, only
 * read; a career page is fetched under the page rules of the {@link FetchPolicy} (it is the company's own host) and
 * searched for the Greenhouse embed that names the board. EU links try the default API first and the EU API on 404,
 * as third-party code disagrees which one serves them.
 *
 * <p>{@code content} is HTML entity-escaped once by Greenhouse: it is unescaped exactly once, then sanitised, so
 * text that the employer wrote as "&lt;" stays text.
 */
final class GreenhouseJobSource implements JobSource {
  static final Set<String> HOSTS = Set.of("boards.greenhouse.io", "job-boards.greenhouse.io",
      "boards.eu.greenhouse.io", "job-boards.eu.greenhouse.io");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
  private static final Pattern JOB_ID = Pattern.compile("[0-9]{1,20}");
  /** Where a career page names its board: the embed script or iframe, a board link, or an API call. */
  private static final Pattern EMBED = Pattern.compile(
      "((?:job-)?boards(?:\\.eu)?\\.greenhouse\\.io)/embed/job_(?:board|app)(?:/js)?\\?[^\"'<>\\s]*?\\bfor=([A-Za-z0-9_.-]+)"
          + "|((?:job-)?boards(?:\\.eu)?\\.greenhouse\\.io)/(?!embed/)([A-Za-z0-9_.-]+)/jobs/[0-9]+"
          + "|(boards-api(?:\\.eu)?\\.greenhouse\\.io)/v1/boards/([A-Za-z0-9_.-]+)",
      Pattern.CASE_INSENSITIVE);

  /** What a pasted link says. */
  sealed interface Link permits BoardJob, CareerPage, NoJob {}

  /** A job on a board: token and job post id known from the link itself. */
  record BoardJob(String board, String jobId, boolean eu) implements Link {}

  /** A company page with {@code gh_jid}: the board is named only inside the page. */
  record CareerPage(URI page, String jobId) implements Link {}

  /** A Greenhouse link that names no single job (a whole board, a malformed path). */
  record NoJob() implements Link {}

  private final SafeFetcher fetcher;
  private final PostingHtmlReader reader;
  private final URI api;
  private final URI euApi;

  GreenhouseJobSource(SafeFetcher fetcher, PostingHtmlReader reader, URI api, URI euApi) {
    this.fetcher = fetcher;
    this.reader = reader;
    this.api = api;
    this.euApi = euApi;
  }

  @Override
  public String name() {
    return "greenhouse";
  }

  @Override
  public boolean recognises(URI url) {
    return parse(url).isPresent();
  }

  static Optional<Link> parse(URI url) {
    Optional<String> host = Urls.webHost(url);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> ghJid = Urls.query(url, "gh_jid").filter(id -> JOB_ID.matcher(id).matches());
    if (!HOSTS.contains(host.get())) {
      return ghJid.map(id -> new CareerPage(url, id));
    }
    boolean eu = host.get().contains(".eu.");
    List<String> segments = Urls.segments(url);
    Optional<BoardJob> job = Optional.empty();
    if (segments.size() >= 2 && segments.get(0).equals("embed")
        && (segments.get(1).equals("job_app") || segments.get(1).equals("job_board"))) {
      Optional<String> id = Urls.query(url, "token").or(() -> ghJid);
      job = boardJob(Urls.query(url, "for"), id, eu);
    } else if (segments.size() >= 3 && segments.get(1).equals("jobs")) {
      job = boardJob(Optional.of(segments.get(0)), Optional.of(segments.get(2)), eu);
    } else if (segments.size() == 1 && !segments.get(0).equals("embed")) {
      job = boardJob(Optional.of(segments.get(0)), ghJid, eu);
    }
    return Optional.of(job.<Link>map(found -> found).orElseGet(NoJob::new));
  }

  private static Optional<BoardJob> boardJob(Optional<String> board, Optional<String> id, boolean eu) {
    if (board.isPresent() && id.isPresent() && TOKEN.matcher(board.get()).matches()
        && JOB_ID.matcher(id.get()).matches()) {
      return Optional.of(new BoardJob(board.get(), id.get(), eu));
    }
    return Optional.empty();
  }

  @Override
  public FetchedPosting fetch(URI url) {
    Link link = parse(url).orElseThrow(() -> Urls.notAPosting("Greenhouse"));
    BoardJob job;
    if (link instanceof BoardJob boardJob) {
      job = boardJob;
    } else if (link instanceof CareerPage page) {
      job = boardOfPage(page);
    } else {
      throw Urls.notAPosting("Greenhouse");
    }
    GreenhouseJob found = load(job);
    String html = found.content() == null ? "" : Parser.unescapeEntities(found.content(), false);
    CleanPosting clean = reader.read(html);
    return new FetchedPosting(name(), url, hints(found, url), clean.safeHtml(), clean.document());
  }

  private BoardJob boardOfPage(CareerPage page) {
    SafeFetcher.Response response = fetcher.page(page.page());
    if (response.notFound()) {
      throw new NotFoundException("posting.not-found", "the career page does not exist (any more)");
    }
    Matcher matcher = EMBED.matcher(response.text());
    while (matcher.find()) {
      for (int group = 1; group <= 5; group += 2) {
        if (matcher.group(group) != null && TOKEN.matcher(matcher.group(group + 1)).matches()) {
          boolean eu = matcher.group(group).toLowerCase(Locale.ROOT).contains(".eu.");
          return new BoardJob(matcher.group(group + 1), page.jobId(), eu);
        }
      }
    }
    throw new RuleViolationException("greenhouse.board-unknown",
        "could not tell the Greenhouse board from this URL; paste the boards.greenhouse.io link");
  }

  private GreenhouseJob load(BoardJob job) {
    String path = "/v1/boards/" + job.board() + "/jobs/" + job.jobId() + "?pay_transparency=true";
    SafeFetcher.Response response = fetcher.api(Urls.api(api, path));
    if (response.notFound() && job.eu()) {
      response = fetcher.api(Urls.api(euApi, path));
    }
    if (response.notFound()) {
      throw new NotFoundException("posting.not-found", "Greenhouse has no open job " + job.jobId()
          + " on board " + job.board());
    }
    GreenhouseJob found = VendorJson.read(response.body(), GreenhouseJob.class);
    if (found.title() == null && found.content() == null) {
      throw VendorJson.badResponse(null);
    }
    return found;
  }

  private static PostingHints hints(GreenhouseJob job, URI pasted) {
    HintsBuilder hints = new HintsBuilder().title(job.title()).company(job.companyName());
    if (job.location() != null) {
      hints.location(job.location().name());
      String name = job.location().name() == null ? "" : job.location().name().strip().toLowerCase(Locale.ROOT);
      if (name.equals("remote") || name.startsWith("remote ") || name.startsWith("remote,")
          || name.startsWith("remote -") || name.startsWith("remote (")) {
        hints.remote(Optional.of(RemotePolicy.REMOTE));
      }
    }
    if (job.offices() != null) {
      job.offices().forEach(office -> hints.location(office.place()));
    }
    if (job.payInputRanges() != null) {
      for (PayRange range : job.payInputRanges()) {
        String label = (range.title() == null ? "" : range.title()) + " " + (range.blurb() == null ? "" : range.blurb());
        Optional<PayPeriod> period = HintsBuilder.payPeriod(label).or(() -> Optional.of(PayPeriod.YEAR));
        hints.salary(range.currencyType(), cents(range.minCents()), cents(range.maxCents()), period);
      }
    }
    if (job.metadata() != null) {
      for (Metadata field : job.metadata()) {
        if (field.name() != null && field.value() != null && field.value().isTextual()
            && field.name().toLowerCase(Locale.ROOT).contains("employment")) {
          hints.employment(HintsBuilder.employmentType(field.value().asText()));
        }
      }
    }
    return hints.sourceUrl(job.absoluteUrl()).sourceUrl(pasted).build();
  }

  private static BigDecimal cents(Long cents) {
    return cents == null ? null : BigDecimal.valueOf(cents, 2);
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record GreenhouseJob(Long id, String title, Location location, String absoluteUrl, String content,
      String companyName, List<Office> offices, List<PayRange> payInputRanges, List<Metadata> metadata) {}

  record Location(String name) {}

  /** {@code location} is a string on the job board API and an object with a name elsewhere; both are read. */
  record Office(Long id, String name, JsonNode location) {
    String place() {
      if (location != null && location.isTextual()) {
        return location.asText();
      }
      if (location != null && location.path("name").isTextual()) {
        return location.path("name").asText();
      }
      return name;
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record PayRange(Long minCents, Long maxCents, String currencyType, String title, String blurb) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Metadata(Long id, String name, String valueType, JsonNode value) {}
}
