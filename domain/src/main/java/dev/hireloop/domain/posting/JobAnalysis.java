package dev.hireloop.domain.posting;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillMention;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the analysis of one posting found: the job's facts, its responsibilities, and its skills split into
 * required and preferred, each with the mentions (evidence spans in {@link #cleanText()}) it rests on. A skill
 * appears in at most one of the two lists (required wins). Pure data; see {@code JobPostingAnalyzer}.
 */
public record JobAnalysis(
    String title,
    Optional<String> company,
    List<String> locations,
    RemotePolicy remotePolicy,
    EmploymentType employmentType,
    Optional<SalaryRange> salary,
    Optional<Integer> minimumYears,
    Seniority seniority,
    List<String> responsibilities,
    List<SkillMention> requiredSkills,
    List<SkillMention> preferredSkills,
    PostingDocument document,
    String cleanText,
    Optional<URI> sourceUrl) {

  public JobAnalysis {
    title = Check.text(title, "title", JobDetails.MAX_TITLE);
    company = Check.optionalText(company, "company", 200);
    locations = Check.list(locations, "locations", 50);
    Check.notNull(remotePolicy, "remotePolicy");
    Check.notNull(employmentType, "employmentType");
    Check.notNull(salary, "salary");
    Check.notNull(minimumYears, "minimumYears");
    Check.notNull(seniority, "seniority");
    responsibilities = Check.list(responsibilities, "responsibilities", 200);
    requiredSkills = Check.list(requiredSkills, "requiredSkills", 2_000);
    preferredSkills = Check.list(preferredSkills, "preferredSkills", 2_000);
    Check.notNull(document, "document");
    Check.notNull(cleanText, "cleanText");
    Check.notNull(sourceUrl, "sourceUrl");
  }

  /** Distinct required skills in order of first mention. */
  public List<Skill> required() {
    return distinct(requiredSkills);
  }

  /** Distinct preferred skills in order of first mention, without any that are also required. */
  public List<Skill> preferred() {
    List<Skill> required = required();
    return distinct(preferredSkills).stream()
        .filter(skill -> required.stream().noneMatch(r -> r.key().equals(skill.key()))).toList();
  }

  /** The job draft a recruiter reviews: description is the clean text, locations joined. */
  public JobDetails toJobDetails() {
    Optional<String> location = locations.isEmpty() ? Optional.empty()
        : Optional.of(truncate(String.join("; ", locations), 200));
    String description = cleanText.length() > JobDetails.MAX_DESCRIPTION
        ? cleanText.substring(0, JobDetails.MAX_DESCRIPTION) : cleanText;
    return new JobDetails(title, company, description, location, remotePolicy, employmentType, salary,
        minimumYears.filter(years -> years <= 60), required(), preferred(), sourceUrl);
  }

  private static List<Skill> distinct(List<SkillMention> mentions) {
    Map<String, Skill> byKey = new LinkedHashMap<>();
    mentions.forEach(mention -> byKey.putIfAbsent(mention.skill().key(), mention.skill()));
    return List.copyOf(byKey.values());
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
