package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.job.CreateJobCommand;
import java.util.List;

/** {@code POST /api/jobs}: the fields of {@link JobRequest}, and {@code open: true} to post the job at once. */
record CreateJobRequest(String title, String company, String description, String location, String remotePolicy,
    String employmentType, SalaryBody salary, Integer minimumYears, List<String> requiredSkills,
    List<String> preferredSkills, String sourceUrl, Boolean open) {

  CreateJobCommand toCommand(RecruiterId recruiterId) {
    return new CreateJobCommand(recruiterId, JobRequest.details(title, company, description, location,
        remotePolicy, employmentType, salary, minimumYears, requiredSkills, preferredSkills, sourceUrl),
        Boolean.TRUE.equals(open));
  }
}
