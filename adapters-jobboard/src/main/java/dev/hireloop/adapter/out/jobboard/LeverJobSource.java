package dev.hireloop.adapter.out.jobboard;

import dev.hireloop.domain.posting.PostingHints;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.port.out.jobsource.CleanPosting;
import dev.hireloop.port.out.jobsource.FetchedPosting;
import dev.hireloop.port.out.jobsource.JobSource;
import dev.hireloop.port.out.jobsource.PostingHtmlReader;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Lever's public Postings API: {@code jobs.lever.co/{site}/{id}} (also {@code /apply}, and the EU host
 * {@code jobs.eu.lever.co}) is read as {@code GET {api}/v0/postings/{site}/{id}}. The description is Lever's
 * {@code description} (opening and body), then each of {@code lists} as a heading with its items, then
 * {@code additional}, so the analysis sees the sections the employer wrote.
 */
final class LeverJobSource implements JobSource {
  static final String HOST = "jobs.lever.co";
  static final String EU_HOST = "jobs.eu.lever.co";
  private static final Pattern SITE = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
  private static final Pattern POSTING_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
      + "-[0-9a-fA-F]{12}");

  /** A posting named by a link. */
  record Posting(String site, String id, boolean eu) {}

  private final SafeFetcher fetcher;
  private final PostingHtmlReader reader;
  private final URI api;
  private final URI euApi;

  LeverJobSource(SafeFetcher fetcher, PostingHtmlReader reader, URI api, URI euApi) {
    this.fetcher = fetcher;
    this.reader = reader;
    this.api = api;
    this.euApi = euApi;
  }

  @Override
  public String name() {
    return "lever";
  }

  @Override
  public boolean recognises(URI url) {
    return Urls.webHost(url).filter(host -> host.equals(HOST) || host.equals(EU_HOST)).isPresent();
  }

  /** The posting a recognised link names; empty for a board page or a malformed path. */
  static Optional<Posting> parse(URI url) {
    Optional<String> host = Urls.webHost(url).filter(h -> h.equals(HOST) || h.equals(EU_HOST));
    if (host.isEmpty()) {
      return Optional.empty();
    }
    List<String> segments = Urls.segments(url);
    if (segments.size() < 2 || segments.size() > 3 || segments.size() == 3 && !segments.get(2).equals("apply")
        || !SITE.matcher(segments.get(0)).matches() || !POSTING_ID.matcher(segments.get(1)).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Posting(segments.get(0), segments.get(1).toLowerCase(java.util.Locale.ROOT),
        host.get().equals(EU_HOST)));
  }

  @Override
  public FetchedPosting fetch(URI url) {
    Posting posting = parse(url).orElseThrow(() -> Urls.notAPosting("Lever"));
    URI base = posting.eu() ? euApi : api;
    SafeFetcher.Response response = fetcher.api(Urls.api(base, "/v0/postings/" + posting.site() + "/" + posting.id()));
    if (response.notFound()) {
      throw new NotFoundException("posting.not-found", "Lever has no published posting " + posting.id());
    }
    LeverPosting found = VendorJson.read(response.body(), LeverPosting.class);
    if (found.text() == null && found.description() == null && found.descriptionBody() == null) {
      throw VendorJson.badResponse(null);
    }
    CleanPosting clean = reader.read(descriptionHtml(found));
    return new FetchedPosting(name(), url, hints(found, url), clean.safeHtml(), clean.document());
  }

  private static String descriptionHtml(LeverPosting posting) {
    StringBuilder html = new StringBuilder();
    if (posting.description() != null) {
      html.append(posting.description());
    } else {
      html.append(nonNull(posting.opening())).append(nonNull(posting.descriptionBody()));
    }
    if (posting.lists() != null) {
      for (LeverList list : posting.lists()) {
        if (list.text() != null && !list.text().isBlank()) {
          html.append("<h3>").append(Entities.escape(list.text().strip())).append("</h3>");
        }
        html.append("<ul>").append(nonNull(list.content())).append("</ul>");
      }
    }
    return html.append(nonNull(posting.additional())).toString();
  }

  private static PostingHints hints(LeverPosting posting, URI pasted) {
    HintsBuilder hints = new HintsBuilder().title(posting.text());
    Categories categories = posting.categories();
    if (categories != null) {
      hints.location(categories.location());
      if (categories.allLocations() != null) {
        categories.allLocations().forEach(hints::location);
      }
      hints.employment(HintsBuilder.employmentType(categories.commitment()));
    }
    hints.remote(HintsBuilder.remotePolicy(posting.workplaceType()));
    SalaryRange salary = posting.salaryRange();
    if (salary != null) {
      hints.salary(salary.currency(), salary.min(), salary.max(), HintsBuilder.payPeriod(salary.interval()));
    }
    return hints.sourceUrl(posting.hostedUrl()).sourceUrl(pasted).build();
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  record LeverPosting(String id, String text, Categories categories, String description, String opening,
      String descriptionBody, List<LeverList> lists, String additional, String hostedUrl, String applyUrl,
      String workplaceType, SalaryRange salaryRange, String country) {}

  record Categories(String location, String commitment, String team, String department, List<String> allLocations) {}

  record LeverList(String text, String content) {}

  record SalaryRange(String currency, String interval, BigDecimal min, BigDecimal max) {}
}
