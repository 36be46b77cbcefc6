package dev.hireloop.port.in.jobimport;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.port.in.job.JobView;

/**
 * A posting imported as a draft job: the saved job, and the analysis it was made from (the evidence behind its
 * skills, the sanitised HTML, seniority and responsibilities), which the job itself does not keep.
 */
public record ImportedJob(JobView job, JobDraftView draft) {
  public ImportedJob {
    Check.notNull(job, "job");
    Check.notNull(draft, "draft");
  }
}
