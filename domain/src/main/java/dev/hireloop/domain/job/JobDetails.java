package dev.hireloop.domain.job;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.Skills;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What a job is, as a recruiter edits it: the posting's content, without its lifecycle. A skill cannot be both
 * required and preferred; required wins.
 */
public record JobDetails(
    String title,
    Optional<String> company,
    String description,
    Optional<String> location,
    RemotePolicy remotePolicy,
    EmploymentType employmentType,
    Optional<SalaryRange> salary,
    Optional<Integer> minimumYears,
    List<Skill> requiredSkills,
    List<Skill> preferredSkills,
    Optional<URI> sourceUrl) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 100_000;

  public JobDetails {
    title = Check.text(title, "title", MAX_TITLE);
    company = Check.optionalText(company, "company", 200);
    description = Check.bounded(Check.notNull(description, "description").strip(), "description", MAX_DESCRIPTION);
    location = Check.optionalText(location, "location", 200);
    Check.notNull(remotePolicy, "remotePolicy");
    Check.notNull(employmentType, "employmentType");
    Check.notNull(salary, "salary");
    Check.notNull(minimumYears, "minimumYears");
    minimumYears.ifPresent(years -> Check.range(years, "minimumYears", 0, 60));
    requiredSkills = Skills.distinct(requiredSkills, "requiredSkills");
    List<Skill> required = requiredSkills;
    preferredSkills = Skills.distinct(preferredSkills, "preferredSkills").stream()
        .filter(skill -> !Skills.containsKey(required, skill.key()))
        .toList();
    Check.notNull(sourceUrl, "sourceUrl");
    sourceUrl.ifPresent(JobDetails::checkUrl);
  }

  // schemes are case-insensitive (RFC 3986 3.1)
  private static void checkUrl(URI url) {
    String scheme = url.getScheme();
    if (!url.isAbsolute() || scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
        || url.getHost() == null || url.toString().length() > 2_000) {
      throw new InvalidValueException("job.source-url-invalid", "sourceUrl must be an absolute http(s) URL");
    }
  }

  /** A minimal draft: a title and a description; everything else defaulted (on-site, full-time). */
  public static JobDetails minimal(String title, String description) {
    return new JobDetails(title, Optional.empty(), description, Optional.empty(), RemotePolicy.ON_SITE,
        EmploymentType.FULL_TIME, Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty());
  }
}
