package dev.hireloop.application;

import dev.hireloop.domain.audit.Actor;
import dev.hireloop.domain.job.Job;
import dev.hireloop.domain.job.JobClosed;
import dev.hireloop.domain.job.JobCreated;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.job.JobPosted;
import dev.hireloop.domain.job.JobUpdated;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.port.in.job.ChangeJobStatusCommand;
import dev.hireloop.port.in.job.CloseJobUseCase;
import dev.hireloop.port.in.job.CreateJobCommand;
import dev.hireloop.port.in.job.CreateJobUseCase;
import dev.hireloop.port.in.job.GetJobUseCase;
import dev.hireloop.port.in.job.JobView;
import dev.hireloop.port.in.job.ListJobsQuery;
import dev.hireloop.port.in.job.ListJobsUseCase;
import dev.hireloop.port.in.job.OpenJobUseCase;
import dev.hireloop.port.in.job.UpdateJobCommand;
import dev.hireloop.port.in.job.UpdateJobUseCase;
import dev.hireloop.port.out.persistence.JobSearch;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Job use cases. Every read and write is scoped to the calling recruiter. Stateless and thread-safe. */
final class JobService implements CreateJobUseCase, UpdateJobUseCase, OpenJobUseCase, CloseJobUseCase,
    GetJobUseCase, ListJobsUseCase {
  private final ServiceContext context;

  JobService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public JobView create(CreateJobCommand command) {
    return create(command, Map.of());
  }

  /** Creates the job, adding {@code auditDetails} (e.g. where an imported job came from) to its audit entry. */
  JobView create(CreateJobCommand command, Map<String, String> auditDetails) {
    return context.inTransaction(() -> {
      Instant now = context.now();
      requireRecruiter(command.recruiterId());
      Job job = Job.draft(new JobId(context.newId()), command.recruiterId(), command.details(), now);
      context.publish(new JobCreated(context.newId(), now, job.recruiterId(), job.id()));
      if (command.openImmediately()) {
        job = job.open(now);
        context.publish(new JobPosted(context.newId(), now, job.recruiterId(), job.id()));
      }
      Job saved = context.persistence().jobs().save(job);
      Map<String, String> details = new LinkedHashMap<>(auditDetails);
      details.put("status", saved.status().name().toLowerCase(Locale.ROOT));
      context.audit(saved.recruiterId(), Actor.recruiter(saved.recruiterId()), "job.created", "job", saved.id(), now,
          details);
      return JobView.from(saved);
    });
  }

  @Override
  public JobView update(UpdateJobCommand command) {
    return context.inTransaction(() -> {
      Job current = load(command.recruiterId(), command.jobId());
      ServiceContext.expectVersion(command.expectedVersion(), current.version(), "job");
      Instant now = context.now();
      Job saved = context.persistence().jobs().save(current.update(command.details(), now));
      context.publish(new JobUpdated(context.newId(), now, saved.recruiterId(), saved.id()));
      context.audit(saved.recruiterId(), Actor.recruiter(saved.recruiterId()), "job.updated", "job", saved.id(), now,
          Map.of());
      return JobView.from(saved);
    });
  }

  @Override
  public JobView open(ChangeJobStatusCommand command) {
    return context.inTransaction(() -> {
      Instant now = context.now();
      Job saved = context.persistence().jobs().save(load(command.recruiterId(), command.jobId()).open(now));
      context.publish(new JobPosted(context.newId(), now, saved.recruiterId(), saved.id()));
      context.audit(saved.recruiterId(), Actor.recruiter(saved.recruiterId()), "job.opened", "job", saved.id(), now,
          Map.of());
      return JobView.from(saved);
    });
  }

  @Override
  public JobView close(ChangeJobStatusCommand command) {
    return context.inTransaction(() -> {
      Instant now = context.now();
      Job saved = context.persistence().jobs().save(load(command.recruiterId(), command.jobId()).close(now));
      context.publish(new JobClosed(context.newId(), now, saved.recruiterId(), saved.id()));
      context.audit(saved.recruiterId(), Actor.recruiter(saved.recruiterId()), "job.closed", "job", saved.id(), now,
          Map.of());
      return JobView.from(saved);
    });
  }

  @Override
  public JobView get(RecruiterId recruiterId, JobId jobId) {
    return JobView.from(load(recruiterId, jobId));
  }

  @Override
  public Page<JobView> list(ListJobsQuery query) {
    JobSearch search = new JobSearch(query.recruiterId(), query.status(), query.skill().map(Skill::key),
        query.text());
    return context.persistence().jobs().search(search, query.page()).map(JobView::from);
  }

  /** Another recruiter's job is "not found", never "forbidden": ids of others' data are not confirmed. */
  private Job load(RecruiterId recruiterId, JobId jobId) {
    return context.persistence().jobs().findById(jobId)
        .filter(job -> job.recruiterId().equals(recruiterId))
        .orElseThrow(() -> new NotFoundException("job.not-found", "no job " + jobId));
  }

  private void requireRecruiter(RecruiterId recruiterId) {
    if (context.persistence().recruiters().findById(recruiterId).isEmpty()) {
      throw new NotFoundException("recruiter.not-found", "no recruiter " + recruiterId);
    }
  }
}
