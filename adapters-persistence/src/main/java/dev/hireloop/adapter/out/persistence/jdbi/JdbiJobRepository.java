package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.job.Job;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.port.out.persistence.JobRepository;
import dev.hireloop.port.out.persistence.JobSearch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Jobs in {@code <schema>.jobs}, their skills in {@code <schema>.job_skills}. A job and its skills are read with
 * one statement (one consistent snapshot) and written in one transaction. Thread-safe.
 */
final class JdbiJobRepository implements JobRepository {
  private static final String INSERT = """
      INSERT INTO <schema>.jobs (id, recruiter_id, title, company, description, location, remote_policy,
          employment_type, salary_currency, salary_min, salary_max, salary_period, minimum_years, source_url, status,
          search_title, search_company, created_at, updated_at, opened_at, closed_at, version)
      VALUES (:id, :recruiterId, :title, :company, :description, :location, :remotePolicy, :employmentType,
          :salaryCurrency, :salaryMin, :salaryMax, :salaryPeriod, :minimumYears, :sourceUrl, :status, :searchTitle,
          :searchCompany, :createdAt, :updatedAt, :openedAt, :closedAt, :version)""";
  private static final String UPDATE = """
      UPDATE <schema>.jobs
      SET recruiter_id = :recruiterId, title = :title, company = :company, description = :description,
          location = :location, remote_policy = :remotePolicy, employment_type = :employmentType,
          salary_currency = :salaryCurrency, salary_min = :salaryMin, salary_max = :salaryMax,
          salary_period = :salaryPeriod, minimum_years = :minimumYears, source_url = :sourceUrl, status = :status,
          search_title = :searchTitle, search_company = :searchCompany, created_at = :createdAt,
          updated_at = :updatedAt, opened_at = :openedAt, closed_at = :closedAt, version = :version
      WHERE id = :id AND version = :expected""";
  private static final String INSERT_SKILL = """
      INSERT INTO <schema>.job_skills (job_id, skill_key, name, required, position)
      VALUES (:jobId, :skillKey, :name, :required, :position)""";
  /** A job with its skills: one row per skill (or one row without skill), in one consistent statement. */
  private static final String SELECT_WITH_SKILLS = """
      SELECT j.*, s.skill_key AS skill_key, s.name AS skill_name, s.required AS skill_required,
          s.position AS skill_position
      FROM %s j LEFT JOIN <schema>.job_skills s ON s.job_id = j.id
      """;
  private static final String NEWEST_FIRST = " ORDER BY j.created_at DESC, j.id DESC";

  private final Database database;

  JdbiJobRepository(Database database) {
    this.database = database;
  }

  @Override
  public Job save(Job job) {
    Check.notNull(job, "job");
    Job stored = Microseconds.truncate(job).withVersion(job.version().next());
    JobRow row = JobRow.from(stored);
    database.write(handle -> {
      int changed;
      if (job.version().isInitial()) {
        changed = row.bind(handle.createUpdate(INSERT)).execute();
      } else {
        changed = row.bind(handle.createUpdate(UPDATE)).bind("expected", job.version().value()).execute();
        if (changed == 1) {
          handle.createUpdate("DELETE FROM <schema>.job_skills WHERE job_id = :id").bind("id", row.id()).execute();
        }
      }
      if (changed != 1) {
        throw stale(job);
      }
      insertSkills(handle, row.id(), stored.details());
      return null;
    }, message -> stale(job));
    return stored;
  }

  @Override
  public Optional<Job> findById(JobId id) {
    Check.notNull(id, "jobId");
    return database.read(handle -> readJobs(handle.createQuery(
            SELECT_WITH_SKILLS.formatted("<schema>.jobs") + "WHERE j.id = :id")
        .bind("id", id.value())))
        .stream().findFirst();
  }

  @Override
  public Page<Job> search(JobSearch search, PageRequest page) {
    Check.notNull(search, "search");
    Check.notNull(page, "page");
    StringBuilder where = new StringBuilder(" WHERE j.recruiter_id = :recruiterId");
    search.status().ifPresent(status -> where.append(" AND j.status = :status"));
    search.skillKey().ifPresent(key -> where.append(" AND EXISTS (SELECT 1 FROM <schema>.job_skills k "
        + "WHERE k.job_id = j.id AND k.skill_key = :skillKey)"));
    search.text().ifPresent(text -> where.append(" AND (j.search_title LIKE :text").append(Columns.LIKE_ESCAPE)
        .append(" OR j.search_company LIKE :text").append(Columns.LIKE_ESCAPE).append(")"));
    return database.read(handle -> {
      long total = bindSearch(handle.createQuery("SELECT COUNT(*) FROM <schema>.jobs j" + where), search)
          .mapTo(Long.class).one();
      String pageOfJobs = "(SELECT * FROM <schema>.jobs j" + where + NEWEST_FIRST + " LIMIT :limit OFFSET :offset)";
      List<Job> jobs = total == 0 ? List.of() : readJobs(bindSearch(handle.createQuery(
          SELECT_WITH_SKILLS.formatted(pageOfJobs) + NEWEST_FIRST), search)
          .bind("limit", page.limit())
          .bind("offset", page.offset()));
      return new Page<>(jobs, page.offset(), page.limit(), total);
    });
  }

  private static Query bindSearch(Query query, JobSearch search) {
    query.bind("recruiterId", search.recruiterId().value());
    search.status().ifPresent(status -> query.bind("status", status.name()));
    search.skillKey().ifPresent(key -> query.bind("skillKey", key));
    search.text().ifPresent(text -> query.bind("text", Columns.containsPattern(text)));
    return query;
  }

  /** Folds the joined rows (one per skill, or one without skill) into jobs, keeping the query's job order. */
  private static List<Job> readJobs(Query query) {
    Map<UUID, JobRow> jobs = new LinkedHashMap<>();
    Map<UUID, List<SkillRow>> skills = new LinkedHashMap<>();
    query.map((resultSet, context) -> {
      JobRow job = JobRow.map(resultSet);
      jobs.putIfAbsent(job.id(), job);
      List<SkillRow> skillsOfJob = skills.computeIfAbsent(job.id(), id -> new ArrayList<>());
      skill(resultSet).ifPresent(skillsOfJob::add);
      return job.id();
    }).list();
    return jobs.values().stream().map(job -> job.toDomain(skills.get(job.id()))).toList();
  }

  private static Optional<SkillRow> skill(ResultSet resultSet) throws SQLException {
    String key = resultSet.getString("skill_key");
    if (key == null) {
      return Optional.empty();
    }
    return Optional.of(new SkillRow(key, resultSet.getString("skill_name"), resultSet.getBoolean("skill_required"),
        resultSet.getInt("skill_position")));
  }

  private static void insertSkills(Handle handle, UUID jobId, JobDetails details) {
    PreparedBatch batch = handle.prepareBatch(INSERT_SKILL);
    addSkills(batch, jobId, details.requiredSkills(), true);
    addSkills(batch, jobId, details.preferredSkills(), false);
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  private static void addSkills(PreparedBatch batch, UUID jobId, List<Skill> skills, boolean required) {
    for (int position = 0; position < skills.size(); position++) {
      Skill skill = skills.get(position);
      batch.bind("jobId", jobId).bind("skillKey", skill.key()).bind("name", skill.name())
          .bind("required", required).bind("position", position).add();
    }
  }

  private static ConflictException stale(Job job) {
    return new ConflictException("job.stale", "job " + job.id() + " was changed by someone else (version "
        + job.version().value() + " is not the stored one)");
  }
}
