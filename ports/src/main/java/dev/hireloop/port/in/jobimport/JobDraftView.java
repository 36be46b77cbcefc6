package dev.hireloop.port.in.jobimport;

import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.posting.Seniority;
import dev.hireloop.domain.shared.Check;
import java.util.List;
import java.util.Optional;

/**
 * An analysed posting, not yet saved: the job details a recruiter reviews and edits ("Use This Job"), the
 * description as clean text and as sanitised HTML, and the evidence behind every extracted skill.
 * {@code source} names where it came from ({@code greenhouse}, …, or {@code text}/{@code html} when pasted).
 */
public record JobDraftView(
    JobDetails details,
    String descriptionText,
    String descriptionHtml,
    Seniority seniority,
    List<String> locations,
    List<String> responsibilities,
    List<SkillEvidence> requiredSkills,
    List<SkillEvidence> preferredSkills,
    String source) {

  public JobDraftView {
    Check.notNull(details, "details");
    Check.notNull(descriptionText, "descriptionText");
    Check.notNull(descriptionHtml, "descriptionHtml");
    Check.notNull(seniority, "seniority");
    locations = List.copyOf(locations);
    responsibilities = List.copyOf(responsibilities);
    requiredSkills = List.copyOf(requiredSkills);
    preferredSkills = List.copyOf(preferredSkills);
    source = Check.text(source, "source", 50);
  }

  public Optional<java.net.URI> sourceUrl() {
    return details.sourceUrl();
  }
}
