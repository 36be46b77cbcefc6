package dev.hireloop.application;

import static dev.hireloop.testing.FakeJobSource.posting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.posting.Block;
import dev.hireloop.domain.posting.PostingDocument;
import dev.hireloop.domain.posting.PostingHints;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillCategory;
import dev.hireloop.domain.skill.SkillMention;
import dev.hireloop.port.in.jobimport.ExtractJobCommand;
import dev.hireloop.port.in.jobimport.JobDraftView;
import dev.hireloop.port.in.jobimport.PreviewJobImportQuery;
import dev.hireloop.port.in.jobimport.SkillEvidence;
import dev.hireloop.port.out.jobsource.CleanPosting;
import dev.hireloop.port.out.jobsource.JobSource;
import dev.hireloop.port.out.jobsource.PostingHtmlReader;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.testing.FakeJobSource;
import dev.hireloop.testing.Fixtures;
import dev.hireloop.testing.ListedSkills;
import dev.hireloop.testing.MutableClock;
import dev.hireloop.testing.SequentialIds;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Preview and extraction through {@link JobImportService} with fake sources and a fixed word list for skills. Both
 * must work without storage, so the service runs over a {@link Persistence} that fails the test when touched;
 * imports (which save) are in {@link JobImportUseCasesContract}, run against every persistence adapter.
 */
class JobImportServiceTest {
  private static final RecruiterId RECRUITER = new RecruiterId(new UUID(0, 1));
  private static final String GREENHOUSE_URL = "https://boards.greenhouse.io/acme/jobs/4012345";
  private static final PostingHints HINTS = new PostingHints(Optional.of("Senior Backend Engineer"),
      Optional.of("Acme"), List.of("Berlin, Germany"), Optional.of(RemotePolicy.HYBRID),
      Optional.of(EmploymentType.FULL_TIME), Optional.empty(),
      Optional.of(URI.create("https://careers.acme.example/jobs?gh_jid=4012345")));
  private static final Block[] DESCRIPTION = {
      Block.paragraph("Acme builds the matching engine recruiters rely on."),
      Block.heading(2, "Requirements"),
      Block.item(1, "5+ years of Java in production"),
      Block.item(1, "Solid PostgreSQL (Postgres 15) skills"),
      Block.heading(2, "Nice to have"),
      Block.item(1, "Experience running k8s clusters"),
  };

  private final List<String> storageCalls = new ArrayList<>();

  @Test
  void previews_a_posting_with_the_first_source_that_recognises_its_url() {
    FakeJobSource lever = FakeJobSource.answering("lever", "jobs.lever.co", posting("lever",
        "https://jobs.lever.co/acme/1", HINTS, "<p>lever</p>", DESCRIPTION));
    FakeJobSource greenhouse = FakeJobSource.answering("greenhouse", "boards.greenhouse.io", posting("greenhouse",
        GREENHOUSE_URL, HINTS, "<p>greenhouse</p>", DESCRIPTION));
    FakeJobSource catchAll = FakeJobSource.answering("json-ld", "boards.greenhouse.io", posting("json-ld",
        GREENHOUSE_URL, HINTS, "<p>json-ld</p>", DESCRIPTION));

    JobDraftView draft = service(List.of(lever, greenhouse, catchAll), Optional.empty()).preview(query(GREENHOUSE_URL));

    assertThat(draft.source()).isEqualTo("greenhouse");
    assertThat(draft.descriptionHtml()).isEqualTo("<p>greenhouse</p>");
    assertThat(greenhouse.fetched()).containsExactly(URI.create(GREENHOUSE_URL));
    assertThat(lever.fetched()).isEmpty();
    assertThat(catchAll.fetched()).isEmpty();
    assertThat(storageCalls).isEmpty();
  }

  @Test
  void the_draft_takes_the_boards_fields_and_the_clean_text_of_the_description() {
    JobDraftView draft = previewOf(HINTS);

    assertThat(draft.details().title()).isEqualTo("Senior Backend Engineer");
    assertThat(draft.details().company()).contains("Acme");
    assertThat(draft.details().location()).contains("Berlin, Germany");
    assertThat(draft.details().remotePolicy()).isEqualTo(RemotePolicy.HYBRID);
    assertThat(draft.details().employmentType()).isEqualTo(EmploymentType.FULL_TIME);
    assertThat(draft.locations()).containsExactly("Berlin, Germany");
    assertThat(draft.descriptionText()).isEqualTo(new PostingDocument(List.of(DESCRIPTION)).toPlainText())
        .contains("Requirements\n- 5+ years of Java in production");
    assertThat(draft.details().description()).isEqualTo(draft.descriptionText());
    assertThat(draft.sourceUrl()).contains(URI.create("https://careers.acme.example/jobs?gh_jid=4012345"));
  }

  @Test
  void the_source_url_is_the_fetched_one_when_the_board_names_none() {
    PostingHints withoutUrl = new PostingHints(HINTS.title(), HINTS.company(), HINTS.locations(),
        HINTS.remotePolicy(), HINTS.employmentType(), HINTS.salary(), Optional.empty());

    assertThat(previewOf(withoutUrl).sourceUrl()).contains(URI.create(GREENHOUSE_URL));
  }

  @Test
  void splits_required_and_preferred_skills_with_the_words_and_lines_they_came_from() {
    JobDraftView draft = previewOf(HINTS);

    assertThat(draft.details().requiredSkills()).extracting(Skill::name).containsExactly("Java", "PostgreSQL");
    assertThat(draft.details().preferredSkills()).extracting(Skill::name).containsExactly("Kubernetes");
    SkillEvidence postgres = draft.requiredSkills().get(1);
    assertThat(postgres.skill()).isEqualTo(Skill.of("PostgreSQL"));
    assertThat(postgres.category()).isEqualTo(SkillCategory.DATABASE);
    assertThat(postgres.mentions()).containsExactly("PostgreSQL", "Postgres");
    assertThat(postgres.quotes()).containsExactly("Solid PostgreSQL (Postgres 15) skills");
    SkillEvidence kubernetes = draft.preferredSkills().get(0);
    assertThat(kubernetes.mentions()).containsExactly("k8s");
    assertThat(kubernetes.quotes()).containsExactly("Experience running k8s clusters");
  }

  @Test
  void refuses_a_url_that_is_not_an_absolute_http_url_before_asking_any_source() {
    FakeJobSource everything = FakeJobSource.answering("greenhouse", "boards.greenhouse.io",
        posting("greenhouse", GREENHOUSE_URL, HINTS, "", DESCRIPTION));
    JobImportService service = service(List.of(everything), Optional.empty());

    for (String url : List.of("/acme/jobs/1", "ftp://boards.greenhouse.io/acme/jobs/1", "mailto:jobs@acme.example",
        "https:///jobs/1", "https://boards.greenhouse.io/acme/jobs/" + "1".repeat(2_000))) {
      assertThatThrownBy(() -> service.preview(query(url))).as(url)
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((HireloopException) e).code()).isEqualTo("url.invalid");
    }
    assertThat(everything.fetched()).isEmpty();
  }

  @Test
  void accepts_an_upper_case_scheme_and_leaves_http_to_the_sources_judgement() {
    FakeJobSource source = FakeJobSource.answering("greenhouse", "boards.greenhouse.io",
        posting("greenhouse", GREENHOUSE_URL, HINTS, "", DESCRIPTION));

    service(List.of(source), Optional.empty()).preview(query("HTTP://boards.greenhouse.io/acme/jobs/4012345"));

    assertThat(source.fetched()).hasSize(1);
  }

  @Test
  void without_job_sources_url_import_is_a_clear_422() {
    assertThatThrownBy(() -> service(List.of(), Optional.empty()).preview(query(GREENHOUSE_URL)))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((HireloopException) e).code()).isEqualTo("import.no-sources");
  }

  @Test
  void a_url_no_source_recognises_is_unsupported() {
    FakeJobSource lever = FakeJobSource.answering("lever", "jobs.lever.co",
        posting("lever", "https://jobs.lever.co/acme/1", HINTS, "", DESCRIPTION));

    assertThatThrownBy(() -> service(List.of(lever), Optional.empty()).preview(query(GREENHOUSE_URL)))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((HireloopException) e).code()).isEqualTo("import.url-unsupported");
  }

  @Test
  void a_sources_failure_reaches_the_caller_unchanged() {
    List<RuntimeException> failures = List.of(
        new NotFoundException("posting.not-found", "the board has no posting 4012345"),
        new InvalidValueException("url.private-address", "url resolves to a private address"),
        new RuleViolationException("page.unsupported", "the page carries no JobPosting"),
        new ExternalServiceException("jobboard.bad-response", "the board answered garbage",
            ExternalServiceException.Failure.BAD_RESPONSE),
        new ExternalServiceException("jobboard.timeout", "the board did not answer in time",
            ExternalServiceException.Failure.TIMEOUT));
    for (RuntimeException failure : failures) {
      JobImportService service = service(List.of(FakeJobSource.failing("greenhouse", "boards.greenhouse.io", failure)),
          Optional.empty());

      assertThatThrownBy(() -> service.preview(query(GREENHOUSE_URL))).isSameAs(failure);
    }
    assertThat(storageCalls).isEmpty();
  }

  @Test
  void extracts_pasted_text_without_any_source_and_renders_it_as_escaped_html() {
    String text = """
        # Data Engineer <Platform>

        We move data & models.

        ## Must have
        - Java 17
        - PostgreSQL

        ## Bonus
        - Terraform
        """;

    JobDraftView draft = service(List.of(), Optional.empty())
        .extract(new ExtractJobCommand(RECRUITER, Optional.of(text), Optional.empty()));

    assertThat(draft.source()).isEqualTo("text");
    assertThat(draft.details().title()).isEqualTo("Data Engineer <Platform>");
    assertThat(draft.details().requiredSkills()).extracting(Skill::name).containsExactly("Java", "PostgreSQL");
    assertThat(draft.details().preferredSkills()).extracting(Skill::name).containsExactly("Terraform");
    assertThat(draft.sourceUrl()).isEmpty();
    assertThat(draft.descriptionHtml()).contains("Data Engineer &lt;Platform&gt;", "We move data &amp; models.",
        "<li>Java 17</li>").doesNotContain("<Platform>");
    assertThat(storageCalls).isEmpty();
  }

  @Test
  void extracts_pasted_html_through_the_html_reader() {
    List<String> read = new ArrayList<>();
    PostingHtmlReader reader = html -> {
      read.add(html);
      return new CleanPosting("<h2>Requirements</h2><ul><li>Java</li></ul>", new PostingDocument(List.of(
          Block.heading(1, "Backend Engineer"), Block.heading(2, "Requirements"), Block.item(1, "Java"))));
    };

    JobDraftView draft = service(List.of(), Optional.of(reader)).extract(new ExtractJobCommand(RECRUITER,
        Optional.empty(), Optional.of("<h1>Backend Engineer</h1><script>x()</script>")));

    assertThat(read).containsExactly("<h1>Backend Engineer</h1><script>x()</script>");
    assertThat(draft.source()).isEqualTo("html");
    assertThat(draft.descriptionHtml()).isEqualTo("<h2>Requirements</h2><ul><li>Java</li></ul>");
    assertThat(draft.details().title()).isEqualTo("Backend Engineer");
    assertThat(draft.details().requiredSkills()).containsExactly(Skill.of("Java"));
  }

  @Test
  void pasted_html_without_a_reader_is_a_clear_422() {
    JobImportService service = service(List.of(), Optional.empty());
    ExtractJobCommand command = new ExtractJobCommand(RECRUITER, Optional.empty(), Optional.of("<p>Nurse</p>"));

    assertThatThrownBy(() -> service.extract(command))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((HireloopException) e).code()).isEqualTo("import.html-unsupported");
  }

  @Test
  void a_quote_is_the_whole_line_of_the_mention_without_its_list_marker() {
    String text = "Intro\n\nRequirements\n- Java and Postgres\n  - nested Java line";
    SkillMention first = new SkillMention(Skill.of("Java"), SkillCategory.PROGRAMMING_LANGUAGE, 24, 28, "Java");
    SkillMention nested = new SkillMention(Skill.of("Java"), SkillCategory.PROGRAMMING_LANGUAGE,
        text.lastIndexOf("Java"), text.lastIndexOf("Java") + 4, "Java");
    SkillMention elsewhere = new SkillMention(Skill.of("Java"), SkillCategory.PROGRAMMING_LANGUAGE, 500, 504,
        "Java");

    assertThat(JobImportService.lineAround(text, first)).contains("Java and Postgres");
    assertThat(JobImportService.lineAround(text, nested)).contains("nested Java line");
    assertThat(JobImportService.lineAround(text, elsewhere)).contains("Java and Postgres");
    assertThat(JobImportService.lineAround(text, new SkillMention(Skill.of("Go"),
        SkillCategory.PROGRAMMING_LANGUAGE, 0, 2, "Go"))).isEmpty();
  }

  private JobDraftView previewOf(PostingHints hints) {
    FakeJobSource source = FakeJobSource.answering("greenhouse", "boards.greenhouse.io",
        posting("greenhouse", GREENHOUSE_URL, hints, "<p>Acme</p>", DESCRIPTION));
    return service(List.of(source), Optional.empty()).preview(query(GREENHOUSE_URL));
  }

  private static PreviewJobImportQuery query(String url) {
    return new PreviewJobImportQuery(RECRUITER, URI.create(url));
  }

  private JobImportService service(List<JobSource> sources, Optional<PostingHtmlReader> reader) {
    Persistence untouchable = (Persistence) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Persistence.class}, (proxy, method, args) -> {
          storageCalls.add(method.getName());
          throw new AssertionError("preview and extraction must not touch storage, but called " + method.getName());
        });
    ServiceContext context = new ServiceContext(untouchable, MutableClock.at(Fixtures.NOW),
        new SequentialIds(), () -> "unused");
    return new JobImportService(new JobService(context), sources, reader, ListedSkills.standard());
  }
}
