package dev.hireloop.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.Job;
import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.job.JobStatus;
import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.testing.Fixtures;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link JobRepository} promises. Subclasses return an isolated, empty store. */
public abstract class JobRepositoryContract {
  protected final Fixtures fixtures = new Fixtures();
  private JobRepository jobs;
  private RecruiterId recruiterId;

  /** A new, empty store for each test. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void createStore() {
    jobs = newPersistence().jobs();
    recruiterId = fixtures.recruiterId();
  }

  @Test
  void returns_empty_for_an_unknown_id() {
    assertThat(jobs.findById(fixtures.jobId())).isEmpty();
  }

  @Test
  void stores_a_minimal_job_as_version_one_and_reads_it_back_equal() {
    Job job = fixtures.job(recruiterId);

    Job saved = jobs.save(job);

    assertThat(saved).isEqualTo(job.withVersion(new Version(1)));
    assertThat(jobs.findById(job.id())).contains(saved);
  }

  @Test
  void round_trips_every_optional_detail_and_keeps_skill_order() {
    Job job = fixtures.job(recruiterId, Fixtures.fullJobDetails());

    Job saved = jobs.save(job);

    Job found = jobs.findById(job.id()).orElseThrow();
    assertThat(found).isEqualTo(saved);
    assertThat(found.details().requiredSkills()).extracting(Skill::name)
        .containsExactly("Java", "PostgreSQL", "Kubernetes");
    assertThat(found.details().preferredSkills()).extracting(Skill::name).containsExactly("Kotlin", "Terraform");
    assertThat(found.details().salary()).isPresent();
  }

  @Test
  void keeps_the_exact_scale_of_salary_amounts() {
    SalaryRange whole = SalaryRange.of("GBP", "45000", "55000.5", PayPeriod.YEAR);
    SalaryRange cents = SalaryRange.of("USD", "45.00", "60.25", PayPeriod.HOUR);
    Job first = jobs.save(fixtures.job(recruiterId, withSalary(whole)));
    Job second = jobs.save(fixtures.job(recruiterId, withSalary(cents)));

    assertThat(jobs.findById(first.id()).orElseThrow().details().salary()).contains(whole);
    assertThat(jobs.findById(second.id()).orElseThrow().details().salary()).contains(cents);
  }

  @Test
  void an_update_stores_the_next_version_and_replaces_the_skills() {
    Job saved = jobs.save(fixtures.job(recruiterId, Fixtures.jobDetails("Engineer", List.of("Java", "SQL"),
        List.of("Go"))));
    JobDetails changed = Fixtures.jobDetails("Senior Engineer", List.of("SQL", "Rust"), List.of("Java"));

    Job updated = jobs.save(saved.update(changed, fixtures.now()));
    Job opened = jobs.save(updated.open(fixtures.now()));

    assertThat(updated.version()).isEqualTo(new Version(2));
    assertThat(opened.version()).isEqualTo(new Version(3));
    Job found = jobs.findById(saved.id()).orElseThrow();
    assertThat(found).isEqualTo(opened);
    assertThat(found.details().requiredSkills()).extracting(Skill::name).containsExactly("SQL", "Rust");
    assertThat(found.details().preferredSkills()).extracting(Skill::name).containsExactly("Java");
    assertThat(found.status()).isEqualTo(JobStatus.OPEN);
  }

  @Test
  void rejects_a_stale_write() {
    Job saved = jobs.save(fixtures.job(recruiterId));
    jobs.save(saved.open(fixtures.now()));

    assertThatThrownBy(() -> jobs.save(saved.close(fixtures.now())))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("job.stale"));
    assertThat(jobs.findById(saved.id()).orElseThrow().status()).isEqualTo(JobStatus.OPEN);
  }

  @Test
  void rejects_an_update_of_a_job_that_was_never_stored_and_a_second_insert() {
    Job job = fixtures.job(recruiterId);

    assertThatThrownBy(() -> jobs.save(job.withVersion(new Version(1))))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("job.stale"));
    jobs.save(job);
    assertThatThrownBy(() -> jobs.save(job))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("job.stale"));
  }

  @Test
  void stores_instants_truncated_to_microseconds() {
    Instant withNanos = Instant.parse("2030-01-15T09:00:00.987654321Z");
    Job job = Job.draft(fixtures.jobId(), recruiterId, JobDetails.minimal("Nurse", "Night shifts"), withNanos)
        .open(withNanos.plusNanos(500));

    Job saved = jobs.save(job);

    assertThat(saved.createdAt()).isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
    assertThat(saved.openedAt()).contains(withNanos.plusNanos(500).truncatedTo(ChronoUnit.MICROS));
    assertThat(jobs.findById(job.id())).contains(saved);
  }

  @Test
  void keeps_a_100_kb_description_and_unicode_text() {
    String paragraph = "Pflegefachkraft (m/w/d) – Intensivstation, 夜勤あり, émigré café, 🚑 ";
    // whole paragraphs, so that no emoji is cut in half: close to the 100,000-character limit, >100 KB in UTF-8
    String description = paragraph.repeat((JobDetails.MAX_DESCRIPTION - 10) / paragraph.length()) + "— Ende.";
    JobDetails details = new JobDetails("Pflegefachkraft Intensiv – Köln", Optional.of("Universitätsklinikum Köln"),
        description, Optional.of("Köln"), RemotePolicy.ON_SITE, EmploymentType.PART_TIME, Optional.empty(),
        Optional.of(2), List.of(Skill.of("Intensivpflege"), Skill.of("Ärztliche Assistenz")), List.of(),
        Optional.of(URI.create("https://example.com/jobs/k%C3%B6ln?id=1&lang=de")));
    Job job = fixtures.job(recruiterId, details);

    jobs.save(job);

    Job found = jobs.findById(job.id()).orElseThrow();
    assertThat(details.description().length()).isGreaterThan(JobDetails.MAX_DESCRIPTION - 100);
    assertThat(found.details().description()).isEqualTo(details.description());
    assertThat(found.details()).isEqualTo(details);
  }

  @Test
  void searches_only_the_recruiters_jobs_newest_first_with_ties_by_id_descending() {
    Instant now = fixtures.now();
    Job oldest = jobs.save(job(fixtures.uuid(), "Oldest", now));
    Job tieHigh = jobs.save(job(new UUID(0xC000_0000_0000_4000L, 0x8000_0000_0000_0001L), "Tie high",
        now.plusSeconds(60)));
    Job tieLow = jobs.save(job(new UUID(0x2000_0000_0000_4000L, 0x8000_0000_0000_0001L), "Tie low",
        now.plusSeconds(60)));
    Job newest = jobs.save(job(fixtures.uuid(), "Newest", now.plusSeconds(120)));
    jobs.save(fixtures.job(fixtures.recruiterId()));

    Page<Job> page = jobs.search(JobSearch.all(recruiterId), PageRequest.first(10));

    assertThat(page.items()).containsExactly(newest, tieHigh, tieLow, oldest);
    assertThat(page.total()).isEqualTo(4);
  }

  @Test
  void pages_through_the_matches_with_the_total_count() {
    for (int i = 0; i < 5; i++) {
      jobs.save(job(fixtures.uuid(), "Job " + i, fixtures.now().plusSeconds(i)));
    }

    Page<Job> second = jobs.search(JobSearch.all(recruiterId), new PageRequest(2, 2));
    Page<Job> beyond = jobs.search(JobSearch.all(recruiterId), new PageRequest(10, 2));

    assertThat(second.items()).extracting(job -> job.details().title()).containsExactly("Job 2", "Job 1");
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.offset()).isEqualTo(2);
    assertThat(second.limit()).isEqualTo(2);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(5);
  }

  @Test
  void filters_by_status() {
    Job draft = jobs.save(fixtures.job(recruiterId));
    Job open = jobs.save(jobs.save(fixtures.job(recruiterId)).open(fixtures.now()));

    assertThat(search(Optional.of(JobStatus.OPEN), Optional.empty(), Optional.empty())).containsExactly(open);
    assertThat(search(Optional.of(JobStatus.DRAFT), Optional.empty(), Optional.empty())).containsExactly(draft);
    assertThat(search(Optional.of(JobStatus.CLOSED), Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void filters_by_a_required_or_preferred_skill_key_case_insensitively() {
    Job requiresJava = jobs.save(fixtures.job(recruiterId, Fixtures.jobDetails("A", List.of("Java"), List.of())));
    Job prefersJava = jobs.save(fixtures.job(recruiterId, Fixtures.jobDetails("B", List.of("Go"), List.of("JAVA"))));
    jobs.save(fixtures.job(recruiterId, Fixtures.jobDetails("C", List.of("JavaScript"), List.of())));

    assertThat(search(Optional.empty(), Optional.of("java"), Optional.empty()))
        .containsExactlyInAnyOrder(requiresJava, prefersJava);
    assertThat(search(Optional.empty(), Optional.of("Java"), Optional.empty())).hasSize(2);
    assertThat(search(Optional.empty(), Optional.of("jav"), Optional.empty())).isEmpty();
  }

  @Test
  void filters_by_text_in_the_title_or_company_case_insensitively() {
    Job byTitle = jobs.save(fixtures.job(recruiterId, JobDetails.minimal("Über Backend Engineer", "x")));
    Job byCompany = jobs.save(fixtures.job(recruiterId, company("Nurse", "Backendhaus GmbH")));
    jobs.save(fixtures.job(recruiterId, company("Designer", "Frontend Ltd")));

    assertThat(search(Optional.empty(), Optional.empty(), Optional.of("BACKEND")))
        .containsExactlyInAnyOrder(byTitle, byCompany);
    assertThat(search(Optional.empty(), Optional.empty(), Optional.of("über"))).containsExactly(byTitle);
    assertThat(search(Optional.empty(), Optional.empty(), Optional.of("gmbh"))).containsExactly(byCompany);
  }

  @Test
  void treats_like_wildcards_in_the_text_literally() {
    Job percent = jobs.save(fixtures.job(recruiterId, JobDetails.minimal("100% remote_first! role", "x")));
    jobs.save(fixtures.job(recruiterId, JobDetails.minimal("1000 remote first role", "x")));

    assertThat(search(Optional.empty(), Optional.empty(), Optional.of("0%"))).containsExactly(percent);
    assertThat(search(Optional.empty(), Optional.empty(), Optional.of("e_f"))).containsExactly(percent);
    assertThat(search(Optional.empty(), Optional.empty(), Optional.of("t! r"))).containsExactly(percent);
    assertThat(search(Optional.empty(), Optional.empty(), Optional.of("%"))).containsExactly(percent);
  }

  @Test
  void combines_every_filter() {
    Job match = jobs.save(jobs.save(fixtures.job(recruiterId, Fixtures.jobDetails("Data Engineer",
        List.of("Python"), List.of()))).open(fixtures.now()));
    jobs.save(fixtures.job(recruiterId, Fixtures.jobDetails("Data Engineer", List.of("Python"), List.of())));
    jobs.save(jobs.save(fixtures.job(recruiterId, Fixtures.jobDetails("Data Engineer", List.of("Scala"),
        List.of()))).open(fixtures.now()));

    Page<Job> page = jobs.search(new JobSearch(recruiterId, Optional.of(JobStatus.OPEN), Optional.of("python"),
        Optional.of("data")), PageRequest.first(10));

    assertThat(page.items()).containsExactly(match);
    assertThat(page.total()).isEqualTo(1);
  }

  private List<Job> search(Optional<JobStatus> status, Optional<String> skill, Optional<String> text) {
    return jobs.search(new JobSearch(recruiterId, status, skill, text), PageRequest.first(50)).items();
  }

  private Job job(UUID id, String title, Instant createdAt) {
    return Job.draft(new JobId(id), recruiterId, JobDetails.minimal(title, "About " + title), createdAt);
  }

  private static JobDetails company(String title, String company) {
    return new JobDetails(title, Optional.of(company), "x", Optional.empty(), RemotePolicy.REMOTE,
        EmploymentType.FULL_TIME, Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty());
  }

  private static JobDetails withSalary(SalaryRange salary) {
    return new JobDetails("Paid job", Optional.empty(), "x", Optional.empty(), RemotePolicy.REMOTE,
        EmploymentType.CONTRACT, Optional.of(salary), Optional.empty(), List.of(), List.of(), Optional.empty());
  }
}
