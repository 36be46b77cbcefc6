package dev.hireloop.adapter.in.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.port.in.jobimport.JobDraftView;
import java.util.List;

/**
 * {@code GET /api/convert_from_json}: seed 000's job draft, in seed 000's camelCase. {@code description} is the
 * clean text (headings on their own lines, list items as "- " lines), {@code descriptionHtml} the sanitised HTML.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
record JobDraftResponse(String title, String company, String location, String remotePolicy, String employmentType,
    SalaryBody salary, Integer minimumYears, String seniority, String description, String descriptionHtml,
    List<String> requiredSkills, List<String> preferredSkills, SkillEvidenceBody skillEvidence,
    List<String> responsibilities, List<String> locations, String sourceUrl, String source) {

  static JobDraftResponse from(JobDraftView draft) {
    JobDetails details = draft.details();
    return new JobDraftResponse(details.title(), details.company().orElse(null), details.location().orElse(null),
        WireEnums.toWire(details.remotePolicy()), WireEnums.toWire(details.employmentType()),
        details.salary().map(SalaryBody::from).orElse(null), details.minimumYears().orElse(null),
        WireEnums.toWire(draft.seniority()), draft.descriptionText(), draft.descriptionHtml(),
        JobResponse.names(details.requiredSkills()), JobResponse.names(details.preferredSkills()),
        SkillEvidenceBody.from(draft), draft.responsibilities(), draft.locations(),
        draft.sourceUrl().map(Object::toString).orElse(null), draft.source());
  }
}
