package dev.hireloop.adapter.out.jobboard;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.posting.PostingHints;
import dev.hireloop.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Collects a board's structured fields into {@link PostingHints}, forgiving the boards' data: a value that cannot be
 * used (blank, too long, an unknown currency, min above max) is left out rather than failing the import, because the
 * analysis infers what the hints leave empty.
 */
final class HintsBuilder {
  private static final int MAX_LOCATIONS = 50;
  private Optional<String> title = Optional.empty();
  private Optional<String> company = Optional.empty();
  private final List<String> locations = new ArrayList<>();
  private Optional<RemotePolicy> remote = Optional.empty();
  private Optional<EmploymentType> employment = Optional.empty();
  private Optional<SalaryRange> salary = Optional.empty();
  private Optional<URI> sourceUrl = Optional.empty();

  HintsBuilder title(String value) {
    title = text(value, 500);
    return this;
  }

  HintsBuilder company(String value) {
    if (company.isEmpty()) {
      company = text(value, 200);
    }
    return this;
  }

  HintsBuilder location(String value) {
    text(value, 200).filter(location -> locations.stream().noneMatch(location::equalsIgnoreCase))
        .filter(location -> locations.size() < MAX_LOCATIONS)
        .ifPresent(locations::add);
    return this;
  }

  HintsBuilder remote(Optional<RemotePolicy> value) {
    if (remote.isEmpty()) {
      remote = value;
    }
    return this;
  }

  HintsBuilder employment(Optional<EmploymentType> value) {
    if (employment.isEmpty()) {
      employment = value;
    }
    return this;
  }

  /** A pay range; a missing end takes the other's value. Unusable ranges are dropped. */
  HintsBuilder salary(String currency, BigDecimal min, BigDecimal max, Optional<PayPeriod> period) {
    if (salary.isPresent() || currency == null || period.isEmpty() || min == null && max == null) {
      return this;
    }
    BigDecimal low = min == null ? max : min;
    BigDecimal high = max == null ? min : max;
    try {
      salary = Optional.of(new SalaryRange(Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)),
          amount(low), amount(high), period.get()));
    } catch (IllegalArgumentException | InvalidValueException | ArithmeticException e) {
      salary = Optional.empty();
    }
    return this;
  }

  HintsBuilder sourceUrl(String value) {
    if (value == null || sourceUrl.isPresent()) {
      return this;
    }
    try {
      URI url = new URI(value.strip());
      if (url.isAbsolute() && ("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))
          && url.getHost() != null) {
        sourceUrl = Optional.of(url);
      }
    } catch (java.net.URISyntaxException e) {
      sourceUrl = Optional.empty();
    }
    return this;
  }

  HintsBuilder sourceUrl(URI value) {
    if (sourceUrl.isEmpty()) {
      sourceUrl = Optional.of(value);
    }
    return this;
  }

  PostingHints build() {
    return new PostingHints(title, company, locations, remote, employment, salary, sourceUrl);
  }

  /** FULL_TIME, "Full-time", "FullTime", "Permanent full time", "Contractor", "Intern", … */
  static Optional<EmploymentType> employmentType(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String key = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (key.contains("parttime")) {
      return Optional.of(EmploymentType.PART_TIME);
    }
    if (key.contains("fulltime") || key.equals("permanent") || key.equals("regular")) {
      return Optional.of(EmploymentType.FULL_TIME);
    }
    if (key.startsWith("intern") || key.contains("internship") || key.contains("apprentice")) {
      return Optional.of(EmploymentType.INTERNSHIP);
    }
    if (key.startsWith("contract") || key.contains("freelance")) {
      return Optional.of(EmploymentType.CONTRACT);
    }
    if (key.startsWith("temp") || key.contains("seasonal") || key.contains("fixedterm")) {
      return Optional.of(EmploymentType.TEMPORARY);
    }
    return Optional.empty();
  }

  /** "remote", "Hybrid", "on-site", "OnSite", "TELECOMMUTE"; "unspecified" and anything else is empty. */
  static Optional<RemotePolicy> remotePolicy(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String key = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return switch (key) {
      case "remote", "telecommute", "fullyremote", "remoteonly" -> Optional.of(RemotePolicy.REMOTE);
      case "hybrid" -> Optional.of(RemotePolicy.HYBRID);
      case "onsite", "inoffice", "office", "inperson" -> Optional.of(RemotePolicy.ON_SITE);
      default -> Optional.empty();
    };
  }

  /**
   * "YEAR", "per-year-salary", "1 YEAR", "Hourly pay", "Yearly gross salary (excluding holiday allowance)": the
   * first word that names a period decides.
   */
  static Optional<PayPeriod> payPeriod(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (String word : value.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      Optional<PayPeriod> period = switch (word) {
        case "hour", "hours", "hourly", "hr" -> Optional.of(PayPeriod.HOUR);
        case "day", "days", "daily" -> Optional.of(PayPeriod.DAY);
        case "week", "weeks", "weekly", "wk" -> Optional.of(PayPeriod.WEEK);
        case "month", "months", "monthly", "mo" -> Optional.of(PayPeriod.MONTH);
        case "year", "years", "yearly", "annual", "annually", "annum", "yr" -> Optional.of(PayPeriod.YEAR);
        default -> Optional.empty();
      };
      if (period.isPresent()) {
        return period;
      }
    }
    return Optional.empty();
  }

  private static BigDecimal amount(BigDecimal value) {
    BigDecimal scaled = value.stripTrailingZeros();
    return scaled.scale() < 0 ? scaled.setScale(0) : scaled;
  }

  private static Optional<String> text(String value, int maxLength) {
    if (value == null) {
      return Optional.empty();
    }
    String clean = JsoupPostingHtmlReader.normalise(value);
    if (clean.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(clean.length() <= maxLength ? clean : clean.substring(0, maxLength).strip());
  }
}
