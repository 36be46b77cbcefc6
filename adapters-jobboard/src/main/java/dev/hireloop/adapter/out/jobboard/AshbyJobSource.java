package dev.hireloop.adapter.out.jobboard;

import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.posting.PostingHints;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.port.out.jobsource.CleanPosting;
import dev.hireloop.port.out.jobsource.FetchedPosting;
import dev.hireloop.port.out.jobsource.JobSource;
import dev.hireloop.port.out.jobsource.PostingHtmlReader;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ashby's public Job Posting API. It has no single-job endpoint: {@code jobs.ashbyhq.com/{board}/{id}} (also
 * {@code /application}, and {@code jobs.ashbyhq.com/{board}?ashby_jid={id}}) is read as
 * {@code GET {api}/posting-api/job-board/{board}?includeCompensation=true}, then filtered by id. An unknown board
 * answers 404 or an empty board, depending on whom you ask; both mean "not found" here.
 */
final class AshbyJobSource implements JobSource {
  static final String HOST = "jobs.ashbyhq.com";
  private static final Pattern BOARD = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
  private static final Pattern JOB_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
      + "-[0-9a-fA-F]{12}");

  /** A job named by a link. */
  record Posting(String board, String id) {}

  private final SafeFetcher fetcher;
  private final PostingHtmlReader reader;
  private final URI api;

  AshbyJobSource(SafeFetcher fetcher, PostingHtmlReader reader, URI api) {
    this.fetcher = fetcher;
    this.reader = reader;
    this.api = api;
  }

  @Override
  public String name() {
    return "ashby";
  }

  @Override
  public boolean recognises(URI url) {
    return Urls.webHost(url).filter(HOST::equals).isPresent();
  }

  static Optional<Posting> parse(URI url) {
    if (Urls.webHost(url).filter(HOST::equals).isEmpty()) {
      return Optional.empty();
    }
    List<String> segments = Urls.segments(url);
    Optional<String> id = Optional.empty();
    if (segments.size() == 2 || segments.size() == 3 && segments.get(2).equals("application")) {
      id = Optional.of(segments.get(1));
    } else if (segments.size() == 1) {
      id = Urls.query(url, "ashby_jid");
    }
    if (segments.isEmpty() || id.isEmpty() || !BOARD.matcher(segments.get(0)).matches()
        || !JOB_ID.matcher(id.get()).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Posting(segments.get(0), id.get().toLowerCase(Locale.ROOT)));
  }

  @Override
  public FetchedPosting fetch(URI url) {
    Posting posting = parse(url).orElseThrow(() -> Urls.notAPosting("Ashby"));
    SafeFetcher.Response response = fetcher.api(
        Urls.api(api, "/posting-api/job-board/" + posting.board() + "?includeCompensation=true"));
    if (response.notFound()) {
      throw notFound(posting);
    }
    AshbyBoard board = VendorJson.read(response.body(), AshbyBoard.class);
    if (board.jobs() == null) {
      throw VendorJson.badResponse(null);
    }
    AshbyJob job = board.jobs().stream()
        .filter(candidate -> candidate != null && posting.id().equalsIgnoreCase(candidate.id()))
        .findFirst().orElseThrow(() -> notFound(posting));
    CleanPosting clean = reader.read(job.descriptionHtml() == null ? "" : job.descriptionHtml());
    return new FetchedPosting(name(), url, hints(job, url), clean.safeHtml(), clean.document());
  }

  private static NotFoundException notFound(Posting posting) {
    return new NotFoundException("posting.not-found", "Ashby has no open job " + posting.id() + " on board "
        + posting.board());
  }

  private static PostingHints hints(AshbyJob job, URI pasted) {
    HintsBuilder hints = new HintsBuilder().title(job.title()).location(job.location());
    if (job.secondaryLocations() != null) {
      job.secondaryLocations().stream().filter(java.util.Objects::nonNull)
          .forEach(secondary -> hints.location(secondary.location()));
    }
    hints.remote(HintsBuilder.remotePolicy(job.workplaceType()));
    if (Boolean.TRUE.equals(job.isRemote())) {
      hints.remote(Optional.of(RemotePolicy.REMOTE));
    }
    hints.employment(HintsBuilder.employmentType(job.employmentType()));
    salary(job.compensation(), hints);
    return hints.sourceUrl(job.jobUrl()).sourceUrl(pasted).build();
  }

  /** The salary components of every tier (same currency and interval as the first), lowest min to highest max. */
  private static void salary(Compensation compensation, HintsBuilder hints) {
    if (compensation == null) {
      return;
    }
    List<Component> components = new ArrayList<>();
    if (compensation.compensationTiers() != null) {
      compensation.compensationTiers().stream().filter(tier -> tier != null && tier.components() != null)
          .forEach(tier -> components.addAll(tier.components()));
    }
    if (components.isEmpty() && compensation.summaryComponents() != null) {
      components.addAll(compensation.summaryComponents());
    }
    List<Component> salaries = components.stream()
        .filter(c -> c != null && "salary".equalsIgnoreCase(c.compensationType()) && c.currencyCode() != null)
        .toList();
    if (salaries.isEmpty()) {
      return;
    }
    Component first = salaries.get(0);
    BigDecimal min = null;
    BigDecimal max = null;
    for (Component component : salaries) {
      if (!first.currencyCode().equals(component.currencyCode())
          || !String.valueOf(first.interval()).equals(String.valueOf(component.interval()))) {
        continue;
      }
      min = lower(min, component.minValue());
      max = higher(max, component.maxValue());
    }
    hints.salary(first.currencyCode(), min, max, HintsBuilder.payPeriod(first.interval()));
  }

  private static BigDecimal lower(BigDecimal current, BigDecimal next) {
    return current == null || next != null && next.compareTo(current) < 0 ? next : current;
  }

  private static BigDecimal higher(BigDecimal current, BigDecimal next) {
    return current == null || next != null && next.compareTo(current) > 0 ? next : current;
  }

  record AshbyBoard(String apiVersion, List<AshbyJob> jobs) {}

  record AshbyJob(String id, String title, String location, List<SecondaryLocation> secondaryLocations,
      String department, String team, Boolean isListed, Boolean isRemote, String workplaceType,
      String descriptionHtml, String descriptionPlain, String employmentType, String jobUrl, String applyUrl,
      Compensation compensation) {}

  record SecondaryLocation(String location) {}

  record Compensation(String compensationTierSummary, List<Tier> compensationTiers,
      List<Component> summaryComponents) {}

  record Tier(String id, String tierSummary, String title, List<Component> components) {}

  record Component(String compensationType, String interval, String currencyCode, BigDecimal minValue,
      BigDecimal maxValue, String summary) {}
}
