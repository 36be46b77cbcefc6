package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.port.in.job.UpdateJobCommand;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * {@code PUT /api/jobs/{job_id}}: the job's details, replaced as a whole. Only {@code title} is required; absent
 * fields take their defaults ({@code description} empty, {@code on_site}, {@code full_time}, no skills).
 */
record JobRequest(String title, String company, String description, String location, String remotePolicy,
    String employmentType, SalaryBody salary, Integer minimumYears, List<String> requiredSkills,
    List<String> preferredSkills, String sourceUrl) {

  UpdateJobCommand toCommand(RecruiterId recruiterId, JobId jobId, Optional<Long> expectedVersion) {
    return new UpdateJobCommand(recruiterId, jobId, details(title, company, description, location, remotePolicy,
        employmentType, salary, minimumYears, requiredSkills, preferredSkills, sourceUrl), expectedVersion);
  }

  static JobDetails details(String title, String company, String description, String location,
      String remotePolicy, String employmentType, SalaryBody salary, Integer minimumYears,
      List<String> requiredSkills, List<String> preferredSkills, String sourceUrl) {
    return new JobDetails(
        Check.notNull(title, "title"),
        Optional.ofNullable(company),
        Requests.orDefault(description, ""),
        Optional.ofNullable(location),
        remotePolicy == null ? RemotePolicy.ON_SITE
            : WireEnums.fromWire(RemotePolicy.class, remotePolicy, "remote_policy"),
        employmentType == null ? EmploymentType.FULL_TIME
            : WireEnums.fromWire(EmploymentType.class, employmentType, "employment_type"),
        Optional.ofNullable(salary).map(SalaryBody::toDomain),
        Optional.ofNullable(minimumYears),
        skills(requiredSkills, "required_skills"),
        skills(preferredSkills, "preferred_skills"),
        Optional.ofNullable(sourceUrl).map(JobRequest::url));
  }

  static List<Skill> skills(List<String> names, String field) {
    return FieldNames.at(field, () -> Requests.listOrEmpty(names).stream().map(Skill::new).toList());
  }

  private static URI url(String raw) {
    try {
      return new URI(raw.strip());
    } catch (URISyntaxException e) {
      throw new InvalidValueException("job.source-url-invalid", "source_url must be an absolute http(s) URL", e);
    }
  }
}
