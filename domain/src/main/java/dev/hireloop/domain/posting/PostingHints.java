package dev.hireloop.domain.posting;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.shared.Check;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What a source states outside the description (a board's structured fields): title, company, locations, remote
 * policy, employment type, pay, the posting's public URL. The analysis trusts these over what it infers from the
 * text, and infers whatever they leave empty. {@link #none()} for pasted text.
 */
public record PostingHints(
    Optional<String> title,
    Optional<String> company,
    List<String> locations,
    Optional<RemotePolicy> remotePolicy,
    Optional<EmploymentType> employmentType,
    Optional<SalaryRange> salary,
    Optional<URI> sourceUrl) {

  public PostingHints {
    title = Check.optionalText(title, "title", 500);
    company = Check.optionalText(company, "company", 200);
    locations = Check.list(locations, "locations", 50).stream()
        .map(location -> Check.text(location, "location", 200)).toList();
    Check.notNull(remotePolicy, "remotePolicy");
    Check.notNull(employmentType, "employmentType");
    Check.notNull(salary, "salary");
    Check.notNull(sourceUrl, "sourceUrl");
  }

  public static PostingHints none() {
    return new PostingHints(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }
}
