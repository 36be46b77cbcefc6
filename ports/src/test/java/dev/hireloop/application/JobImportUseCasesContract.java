package dev.hireloop.application;

import static dev.hireloop.testing.FakeJobSource.posting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.audit.AuditEntry;
import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.JobStatus;
import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.posting.Block;
import dev.hireloop.domain.posting.PostingHints;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.port.in.job.ChangeJobStatusCommand;
import dev.hireloop.port.in.job.JobView;
import dev.hireloop.port.in.job.ListJobsQuery;
import dev.hireloop.port.in.jobimport.ExtractJobCommand;
import dev.hireloop.port.in.jobimport.ImportJobCommand;
import dev.hireloop.port.in.jobimport.ImportedJob;
import dev.hireloop.port.in.jobimport.PreviewJobImportQuery;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.out.events.StoredEvent;
import dev.hireloop.port.out.jobsource.FetchedPosting;
import dev.hireloop.port.out.jobsource.JobSource;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.testing.FakeJobSource;
import dev.hireloop.testing.MutableClock;
import dev.hireloop.testing.SequentialIds;
import java.math.BigDecimal;
import java.net.URI;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Job import end to end through {@link Hireloop} with fake job sources and the standard skills taxonomy, run
 * against every persistence adapter: an import saves one draft job with its event and audit entry in one
 * transaction, and a failed fetch or analysis saves nothing at all.
 */
public abstract class JobImportUseCasesContract {
  private static final String GREENHOUSE_URL = "https://boards.greenhouse.io/acme/jobs/4012345";
  private static final String LEVER_URL = "https://jobs.lever.co/northwind/5f1c8a9e";
  private static final PostingHints ACME = new PostingHints(Optional.of("Senior Backend Engineer"),
      Optional.of("Acme"), List.of("London, UK"), Optional.of(RemotePolicy.HYBRID),
      Optional.of(EmploymentType.FULL_TIME),
      Optional.of(new SalaryRange(Currency.getInstance("GBP"), new BigDecimal("70000"), new BigDecimal("90000"),
          PayPeriod.YEAR)),
      Optional.of(URI.create(GREENHOUSE_URL)));
  private static final FetchedPosting ACME_POSTING = posting("greenhouse", GREENHOUSE_URL, ACME,
      "<p>Acme builds the matching engine.</p>",
      Block.paragraph("Acme builds the matching engine recruiters rely on."),
      Block.heading(2, "Requirements"),
      Block.item(1, "5+ years of Java in production"),
      Block.item(1, "PostgreSQL in anger"),
      Block.heading(2, "Nice to have"),
      Block.item(1, "Kubernetes"));

  // one generator for every Hireloop a test builds over the same store, so their ids never collide
  private final SequentialIds ids = new SequentialIds();
  private Persistence persistence;
  private RecruiterId ada;
  private RecruiterId bob;

  /** An isolated, empty store, migrated if it is a database. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void create_recruiters() {
    persistence = newPersistence();
    Hireloop setup = hireloop(List.of());
    ada = setup.createRecruiter().create(new CreateRecruiterCommand("Ada Recruiter", Email.of("ada@example.com"),
        ZoneId.of("Europe/London"))).id();
    bob = setup.createRecruiter().create(new CreateRecruiterCommand("Bob Recruiter", Email.of("bob@example.com"),
        ZoneId.of("America/New_York"))).id();
  }

  @Test
  void imports_a_posting_as_a_draft_job_with_its_event_and_audit_entry() {
    Hireloop hireloop = hireloop(List.of(FakeJobSource.answering("greenhouse", "boards.greenhouse.io",
        ACME_POSTING)));

    ImportedJob imported = hireloop.importJob().importJob(new ImportJobCommand(ada, URI.create(GREENHOUSE_URL)));

    JobView job = imported.job();
    assertThat(job.status()).isEqualTo(JobStatus.DRAFT);
    assertThat(job.recruiterId()).isEqualTo(ada);
    assertThat(job.details()).isEqualTo(imported.draft().details());
    assertThat(job.details().title()).isEqualTo("Senior Backend Engineer");
    assertThat(job.details().salary()).isEqualTo(ACME.salary());
    assertThat(job.details().requiredSkills()).extracting(Skill::name).containsExactly("Java", "PostgreSQL");
    assertThat(job.details().preferredSkills()).extracting(Skill::name).containsExactly("Kubernetes");
    assertThat(job.details().sourceUrl()).contains(URI.create(GREENHOUSE_URL));
    assertThat(imported.draft().requiredSkills().get(0).quotes()).containsExactly("5+ years of Java in production");
    assertThat(hireloop.getJob().get(ada, job.id())).isEqualTo(job);
    assertThat(eventTypes(ada)).containsExactly("JobCreated", "RecruiterCreated");
    AuditEntry audit = persistence.auditLog().list(ada, PageRequest.first(10)).items().stream()
        .filter(entry -> entry.action().equals("job.created")).findFirst().orElseThrow();
    assertThat(audit.subjectId()).isEqualTo(job.id().value());
    assertThat(audit.details()).containsEntry("source", "greenhouse").containsEntry("status", "draft");
  }

  @Test
  void the_imported_draft_can_be_opened_like_any_job() {
    Hireloop hireloop = hireloop(List.of(FakeJobSource.answering("greenhouse", "boards.greenhouse.io",
        ACME_POSTING)));
    JobView draft = hireloop.importJob().importJob(new ImportJobCommand(ada, URI.create(GREENHOUSE_URL))).job();

    JobView open = hireloop.openJob().open(new ChangeJobStatusCommand(ada, draft.id()));

    assertThat(open.status()).isEqualTo(JobStatus.OPEN);
  }

  @Test
  void nothing_is_saved_when_the_fetch_fails() {
    List<RuntimeException> failures = List.of(
        new NotFoundException("posting.not-found", "the board has no posting 4012345"),
        new InvalidValueException("url.private-address", "url resolves to a private address"),
        new RuleViolationException("page.unsupported", "the page carries no JobPosting"),
        new ExternalServiceException("jobboard.timeout", "the board did not answer in time",
            ExternalServiceException.Failure.TIMEOUT));
    State before = state();

    for (RuntimeException failure : failures) {
      Hireloop hireloop = hireloop(List.of(FakeJobSource.failing("greenhouse", "boards.greenhouse.io", failure)));
      assertThatThrownBy(() -> hireloop.importJob().importJob(new ImportJobCommand(ada, URI.create(GREENHOUSE_URL))))
          .isSameAs(failure);
    }

    assertThat(state()).isEqualTo(before);
  }

  @Test
  void nothing_is_saved_when_the_analysis_finds_no_title() {
    FetchedPosting untitled = posting("lever", LEVER_URL, PostingHints.none(), "", new Block[0]);
    Hireloop hireloop = hireloop(List.of(FakeJobSource.answering("lever", "jobs.lever.co", untitled)));
    State before = state();

    assertThatThrownBy(() -> hireloop.importJob().importJob(new ImportJobCommand(ada, URI.create(LEVER_URL))))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((HireloopException) e).code()).isEqualTo("posting.title-missing");

    assertThat(state()).isEqualTo(before);
  }

  @Test
  void an_unknown_recruiter_cannot_import_and_nothing_is_saved() {
    Hireloop hireloop = hireloop(List.of(FakeJobSource.answering("greenhouse", "boards.greenhouse.io",
        ACME_POSTING)));
    RecruiterId stranger = new RecruiterId(new UUID(7, 7));
    State before = state();

    assertThatThrownBy(() -> hireloop.importJob().importJob(new ImportJobCommand(stranger,
        URI.create(GREENHOUSE_URL)))).isInstanceOf(NotFoundException.class);

    assertThat(state()).isEqualTo(before);
  }

  @Test
  void an_imported_job_belongs_to_its_recruiter_alone() {
    Hireloop hireloop = hireloop(List.of(FakeJobSource.answering("greenhouse", "boards.greenhouse.io",
        ACME_POSTING)));
    JobView job = hireloop.importJob().importJob(new ImportJobCommand(ada, URI.create(GREENHOUSE_URL))).job();

    assertThatThrownBy(() -> hireloop.getJob().get(bob, job.id())).isInstanceOf(NotFoundException.class);
    assertThat(jobCount(bob)).isZero();
    assertThat(jobCount(ada)).isEqualTo(1);
  }

  @Test
  void preview_and_extract_save_nothing() {
    Hireloop hireloop = hireloop(List.of(FakeJobSource.answering("greenhouse", "boards.greenhouse.io",
        ACME_POSTING)));
    State before = state();

    hireloop.previewJobImport().preview(new PreviewJobImportQuery(ada, URI.create(GREENHOUSE_URL)));
    hireloop.extractJob().extract(new ExtractJobCommand(ada, Optional.of("Backend Engineer\n\nRequirements:\n- Java"),
        Optional.empty()));

    assertThat(state()).isEqualTo(before);
  }

  private record State(long jobs, List<String> events, long audits) {}

  private State state() {
    return new State(jobCount(ada) + jobCount(bob), eventTypes(ada), auditCount(ada));
  }

  private long jobCount(RecruiterId recruiterId) {
    return hireloop(List.of()).listJobs().list(new ListJobsQuery(recruiterId, Optional.empty(), Optional.empty(),
        Optional.empty(), PageRequest.first(200))).total();
  }

  private List<String> eventTypes(RecruiterId recruiterId) {
    return persistence.eventOutbox().list(recruiterId, PageRequest.first(200)).items().stream()
        .map(StoredEvent::event).map(DomainEvent::eventType).toList();
  }

  private long auditCount(RecruiterId recruiterId) {
    return persistence.auditLog().list(recruiterId, PageRequest.first(200)).total();
  }

  private Hireloop hireloop(List<JobSource> sources) {
    return Hireloop.builder()
        .persistence(persistence)
        .clock(MutableClock.at("2030-01-15T09:00:00Z"))
        .ids(ids)
        .jobSources(sources)
        .build();
  }
}
