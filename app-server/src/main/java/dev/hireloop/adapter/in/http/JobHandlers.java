package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.job.JobStatus;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.port.in.job.ChangeJobStatusCommand;
import dev.hireloop.port.in.job.CloseJobUseCase;
import dev.hireloop.port.in.job.CreateJobUseCase;
import dev.hireloop.port.in.job.GetJobUseCase;
import dev.hireloop.port.in.job.JobView;
import dev.hireloop.port.in.job.ListJobsQuery;
import dev.hireloop.port.in.job.ListJobsUseCase;
import dev.hireloop.port.in.job.OpenJobUseCase;
import dev.hireloop.port.in.job.UpdateJobUseCase;
import io.javalin.http.Context;
import io.javalin.http.Header;

/** {@code /api/jobs}: a recruiter's job postings and their draft → open → closed lifecycle. */
final class JobHandlers {
  private final CreateJobUseCase createJob;
  private final UpdateJobUseCase updateJob;
  private final OpenJobUseCase openJob;
  private final CloseJobUseCase closeJob;
  private final GetJobUseCase getJob;
  private final ListJobsUseCase listJobs;

  JobHandlers(CreateJobUseCase createJob, UpdateJobUseCase updateJob, OpenJobUseCase openJob,
      CloseJobUseCase closeJob, GetJobUseCase getJob, ListJobsUseCase listJobs) {
    this.createJob = createJob;
    this.updateJob = updateJob;
    this.openJob = openJob;
    this.closeJob = closeJob;
    this.getJob = getJob;
    this.listJobs = listJobs;
  }

  void create(Context ctx) {
    CreateJobRequest request = Requests.body(ctx, CreateJobRequest.class);
    JobView created = createJob.create(request.toCommand(caller(ctx)));
    ctx.status(201).header(Header.LOCATION, "/api/jobs/" + created.id());
    respond(ctx, created);
  }

  void list(Context ctx) {
    ListJobsQuery query = new ListJobsQuery(caller(ctx),
        Requests.query(ctx, "status").map(status -> WireEnums.fromWire(JobStatus.class, status, "status")),
        Requests.query(ctx, "skill").map(skill -> FieldNames.at("skill", () -> new Skill(skill))),
        Requests.query(ctx, "q"), Requests.page(ctx));
    ctx.json(PageResponse.from(listJobs.list(query), JobResponse::from));
  }

  void get(Context ctx) {
    respond(ctx, getJob.get(caller(ctx), jobId(ctx)));
  }

  void update(Context ctx) {
    JobId jobId = jobId(ctx);
    JobRequest request = Requests.body(ctx, JobRequest.class);
    respond(ctx, updateJob.update(request.toCommand(caller(ctx), jobId, Requests.ifMatch(ctx))));
  }

  void open(Context ctx) {
    respond(ctx, openJob.open(new ChangeJobStatusCommand(caller(ctx), jobId(ctx))));
  }

  void close(Context ctx) {
    respond(ctx, closeJob.close(new ChangeJobStatusCommand(caller(ctx), jobId(ctx))));
  }

  private static JobId jobId(Context ctx) {
    return new JobId(Requests.pathId(ctx, "job_id"));
  }

  private static RecruiterId caller(Context ctx) {
    return Authentication.principal(ctx).recruiterId();
  }

  private static void respond(Context ctx, JobView view) {
    Requests.etag(ctx, view.version());
    ctx.json(JobResponse.from(view));
  }
}
