package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.Job;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.job.JobStatus;
import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code jobs}; the skills live in {@code job_skills}. */
record JobRow(UUID id, UUID recruiterId, String title, String company, String description, String location,
    String remotePolicy, String employmentType, String salaryCurrency, String salaryMin, String salaryMax,
    String salaryPeriod, Integer minimumYears, String sourceUrl, String status, Instant createdAt,
    Instant updatedAt, Instant openedAt, Instant closedAt, long version) {

  static JobRow from(Job job) {
    JobDetails details = job.details();
    Optional<SalaryRange> salary = details.salary();
    return new JobRow(job.id().value(), job.recruiterId().value(), details.title(), details.company().orElse(null),
        details.description(), details.location().orElse(null), details.remotePolicy().name(),
        details.employmentType().name(), salary.map(range -> range.currency().getCurrencyCode()).orElse(null),
        salary.map(range -> range.min().toString()).orElse(null),
        salary.map(range -> range.max().toString()).orElse(null),
        salary.map(range -> range.period().name()).orElse(null), details.minimumYears().orElse(null),
        details.sourceUrl().map(URI::toString).orElse(null), job.status().name(), job.createdAt(), job.updatedAt(),
        job.openedAt().orElse(null), job.closedAt().orElse(null), job.version().value());
  }

  /** Reads the job columns of the current row. */
  static JobRow map(ResultSet resultSet) throws SQLException {
    return new JobRow(Columns.uuid(resultSet, "id"), Columns.uuid(resultSet, "recruiter_id"),
        Columns.text(resultSet, "title"), Columns.text(resultSet, "company"),
        Columns.text(resultSet, "description"), Columns.text(resultSet, "location"),
        Columns.text(resultSet, "remote_policy"), Columns.text(resultSet, "employment_type"),
        Columns.text(resultSet, "salary_currency"), Columns.text(resultSet, "salary_min"),
        Columns.text(resultSet, "salary_max"), Columns.text(resultSet, "salary_period"),
        Columns.integer(resultSet, "minimum_years"), Columns.text(resultSet, "source_url"),
        Columns.text(resultSet, "status"), Columns.instant(resultSet, "created_at"),
        Columns.instant(resultSet, "updated_at"), Columns.instant(resultSet, "opened_at"),
        Columns.instant(resultSet, "closed_at"), resultSet.getLong("version"));
  }

  <S extends SqlStatement<S>> S bind(S statement) {
    return statement.bind("id", id).bind("recruiterId", recruiterId).bind("title", title).bind("company", company)
        .bind("description", description).bind("location", location).bind("remotePolicy", remotePolicy)
        .bind("employmentType", employmentType).bind("salaryCurrency", salaryCurrency).bind("salaryMin", salaryMin)
        .bind("salaryMax", salaryMax).bind("salaryPeriod", salaryPeriod).bind("minimumYears", minimumYears)
        .bind("sourceUrl", sourceUrl).bind("status", status)
        .bind("searchTitle", Columns.searchable(title)).bind("searchCompany", Columns.searchable(company))
        .bindByType("createdAt", createdAt, Instant.class).bindByType("updatedAt", updatedAt, Instant.class)
        .bindByType("openedAt", openedAt, Instant.class).bindByType("closedAt", closedAt, Instant.class)
        .bind("version", version);
  }

  Job toDomain(List<SkillRow> skills) {
    Optional<SalaryRange> salary = salaryCurrency == null ? Optional.empty()
        : Optional.of(new SalaryRange(Currency.getInstance(salaryCurrency), new BigDecimal(salaryMin),
            new BigDecimal(salaryMax), PayPeriod.valueOf(salaryPeriod)));
    JobDetails details = new JobDetails(title, Optional.ofNullable(company), description,
        Optional.ofNullable(location), RemotePolicy.valueOf(remotePolicy), EmploymentType.valueOf(employmentType),
        salary, Optional.ofNullable(minimumYears), SkillRow.skills(skills, true), SkillRow.skills(skills, false),
        Optional.ofNullable(sourceUrl).map(URI::create));
    return new Job(new JobId(id), new RecruiterId(recruiterId), details, JobStatus.valueOf(status), createdAt,
        updatedAt, Optional.ofNullable(openedAt), Optional.ofNullable(closedAt), new Version(version));
  }
}
