package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.port.in.jobimport.JobDraftView;
import java.util.List;

/**
 * {@code POST /api/jobs/extract}: the analysis of a pasted description, in the resource API's snake_case; the same
 * fields as {@link JobDraftResponse}. Ready to be sent, edited, to {@code POST /api/jobs}.
 */
record JobAnalysisResponse(String title, String company, String location, String remotePolicy,
    String employmentType, SalaryBody salary, Integer minimumYears, String seniority, String description,
    String descriptionHtml, List<String> requiredSkills, List<String> preferredSkills,
    SkillEvidenceBody skillEvidence, List<String> responsibilities, List<String> locations, String sourceUrl,
    String source) {

  static JobAnalysisResponse from(JobDraftView draft) {
    JobDetails details = draft.details();
    return new JobAnalysisResponse(details.title(), details.company().orElse(null), details.location().orElse(null),
        WireEnums.toWire(details.remotePolicy()), WireEnums.toWire(details.employmentType()),
        details.salary().map(SalaryBody::from).orElse(null), details.minimumYears().orElse(null),
        WireEnums.toWire(draft.seniority()), draft.descriptionText(), draft.descriptionHtml(),
        JobResponse.names(details.requiredSkills()), JobResponse.names(details.preferredSkills()),
        SkillEvidenceBody.from(draft), draft.responsibilities(), draft.locations(),
        draft.sourceUrl().map(Object::toString).orElse(null), draft.source());
  }
}
