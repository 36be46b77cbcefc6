package dev.hireloop.adapter.in.http;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.hireloop.port.in.jobimport.ImportedJob;

/**
 * {@code POST /api/jobs/import}: the created draft job, exactly as {@code GET /api/jobs/{job_id}} shows it, plus
 * where it came from ({@code source}) and the evidence behind its skills, which the job itself does not keep.
 */
record ImportedJobResponse(@JsonUnwrapped JobResponse job, String source, SkillEvidenceBody skillEvidence) {
  static ImportedJobResponse from(ImportedJob imported) {
    return new ImportedJobResponse(JobResponse.from(imported.job()), imported.draft().source(),
        SkillEvidenceBody.from(imported.draft()));
  }
}
