package dev.hireloop.adapter.out.jobboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.posting.PostingHints;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.out.jobsource.CleanPosting;
import dev.hireloop.port.out.jobsource.FetchedPosting;
import dev.hireloop.port.out.jobsource.JobSource;
import dev.hireloop.port.out.jobsource.PostingHtmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Any career page that carries schema.org {@code JobPosting} as JSON-LD. The page is fetched under the page rules
 * of the {@link FetchPolicy}; every {@code <script type="application/ld+json">} is read (leniently: hand-written
 * blocks often hold raw line breaks), a block that is not JSON is skipped, and the first object whose {@code @type}
 * is or contains {@code JobPosting} wins, whether it stands alone, sits in an array or in an {@code @graph}. A page
 * without one is refused as {@code page.unsupported} rather than guessed from its visible text.
 */
final class JsonLdJobSource implements JobSource {
  private static final int MAX_DEPTH = 8;

  private final SafeFetcher fetcher;
  private final PostingHtmlReader reader;

  JsonLdJobSource(SafeFetcher fetcher, PostingHtmlReader reader) {
    this.fetcher = fetcher;
    this.reader = reader;
  }

  @Override
  public String name() {
    return "json-ld";
  }

  @Override
  public boolean recognises(URI url) {
    return Urls.webHost(url).isPresent();
  }

  @Override
  public FetchedPosting fetch(URI url) {
    SafeFetcher.Response response = fetcher.page(url);
    if (response.notFound()) {
      throw new NotFoundException("posting.not-found", "the page does not exist (any more)");
    }
    Document page = parse(response);
    JsonNode posting = findPosting(page).orElseThrow(() -> new RuleViolationException("page.unsupported",
        "this page has no schema.org JobPosting; paste the posting's text instead"));
    CleanPosting clean = reader.read(descriptionHtml(text(posting.get("description"))));
    return new FetchedPosting(name(), url, hints(posting, url), clean.safeHtml(), clean.document());
  }

  private static Document parse(SafeFetcher.Response response) {
    try {
      // jsoup honours a BOM or <meta charset> when the header names no charset
      return Jsoup.parse(new ByteArrayInputStream(response.body()),
          response.charset().map(Charset::name).orElse(null), response.url().toString());
    } catch (IOException e) {
      throw VendorJson.badResponse(e);
    }
  }

  static Optional<JsonNode> findPosting(Document page) {
    for (Element script : page.select("script")) {
      String type = script.attr("type").toLowerCase(java.util.Locale.ROOT);
      if (!type.startsWith("application/ld+json")) {
        continue;
      }
      Optional<JsonNode> found = VendorJson.lenientTree(unwrap(script.data())).flatMap(tree -> search(tree, 0));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Some CMSs wrap the JSON in an HTML comment or CDATA markers. */
  private static String unwrap(String data) {
    String text = data.strip();
    text = text.replaceFirst("^(<!--|//\\s*<!\\[CDATA\\[|<!\\[CDATA\\[)", "")
        .replaceFirst("(-->|//\\s*]]>|]]>)$", "");
    return text.strip();
  }

  private static Optional<JsonNode> search(JsonNode node, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        Optional<JsonNode> found = search(element, depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    if (isJobPosting(node.get("@type"))) {
      return Optional.of(node);
    }
    return search(node.get("@graph"), depth + 1);
  }

  private static boolean isJobPosting(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode element : type) {
        if (isJobPosting(element)) {
          return true;
        }
      }
      return false;
    }
    String value = type.asText("");
    return value.equals("JobPosting") || value.endsWith("/JobPosting") || value.endsWith(":JobPosting");
  }

  /**
   * The description as HTML. Plain text keeps its line breaks (so "• item" lines stay items); HTML that a CMS
   * escaped once more ("&amp;lt;p&amp;gt;") is unescaped once.
   */
  private static String descriptionHtml(String description) {
    if (description == null) {
      return "";
    }
    String text = description;
    if (!text.contains("<") && text.contains("&lt;")) {
      text = Parser.unescapeEntities(text, false);
    }
    if (!text.contains("<")) {
      return Entities.escape(text).replace("\r\n", "\n").replace("\n", "<br>");
    }
    return text;
  }

  private static PostingHints hints(JsonNode posting, URI pasted) {
    HintsBuilder hints = new HintsBuilder()
        .title(unescaped(text(posting.get("title"))).orElseGet(() -> unescaped(text(posting.get("name"))).orElse(null)));
    JsonNode organization = posting.get("hiringOrganization");
    hints.company(unescaped(organization != null && organization.isObject() ? text(organization.get("name"))
        : text(organization)).orElse(null));
    for (JsonNode place : elements(posting.get("jobLocation"))) {
      hints.location(placeName(place));
    }
    for (JsonNode type : elements(posting.get("jobLocationType"))) {
      if ("TELECOMMUTE".equalsIgnoreCase(type.asText(""))) {
        hints.remote(Optional.of(RemotePolicy.REMOTE));
      }
    }
    for (JsonNode type : elements(posting.get("employmentType"))) {
      hints.employment(HintsBuilder.employmentType(type.asText(null)));
    }
    salary(posting.get("baseSalary"), hints);
    return hints.sourceUrl(text(posting.get("url"))).sourceUrl(pasted).build();
  }

  private static String placeName(JsonNode place) {
    if (place.isTextual()) {
      return place.asText();
    }
    JsonNode address = place.get("address");
    if (address != null && address.isTextual()) {
      return address.asText();
    }
    if (address != null && address.isObject()) {
      List<String> parts = new ArrayList<>();
      for (String field : List.of("addressLocality", "addressRegion", "addressCountry")) {
        JsonNode value = address.get(field);
        String part = value != null && value.isObject() ? text(value.get("name")) : text(value);
        if (part != null && !part.isBlank() && !parts.contains(part.strip())) {
          parts.add(part.strip());
        }
      }
      if (!parts.isEmpty()) {
        return String.join(", ", parts);
      }
    }
    return text(place.get("name"));
  }

  /** baseSalary: MonetaryAmount {currency, value: QuantitativeValue {value | minValue, maxValue, unitText}}. */
  private static void salary(JsonNode baseSalary, HintsBuilder hints) {
    if (baseSalary == null || !baseSalary.isObject()) {
      return;
    }
    String currency = text(baseSalary.get("currency"));
    JsonNode value = baseSalary.get("value");
    BigDecimal min;
    BigDecimal max;
    String unit;
    if (value != null && value.isObject()) {
      BigDecimal single = number(value.get("value"));
      min = Optional.ofNullable(number(value.get("minValue"))).orElse(single);
      max = Optional.ofNullable(number(value.get("maxValue"))).orElse(single);
      unit = text(value.get("unitText"));
    } else {
      min = number(value);
      max = min;
      unit = null;
    }
    if (unit == null) {
      unit = text(baseSalary.get("unitText"));
    }
    var period = HintsBuilder.payPeriod(unit);
    if (period.isEmpty() && min != null && min.compareTo(BigDecimal.valueOf(1000)) >= 0) {
      period = Optional.of(dev.hireloop.domain.job.PayPeriod.YEAR);         // unlabelled large amounts are yearly
    }
    hints.salary(currency, min, max, period);
  }

  private static BigDecimal number(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isTextual()) {
      String digits = node.asText().replaceAll("[,\\s$€£]", "");
      try {
        return digits.isEmpty() ? null : new BigDecimal(digits);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static List<JsonNode> elements(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (node.isArray()) {
      List<JsonNode> list = new ArrayList<>();
      node.forEach(list::add);
      return list;
    }
    return List.of(node);
  }

  private static String text(JsonNode node) {
    return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  private static Optional<String> unescaped(String text) {
    return Optional.ofNullable(text).map(value -> value.contains("&") ? Parser.unescapeEntities(value, false) : value);
  }
}
