package dev.hireloop.adapter.out.jobboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.posting.Block;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.out.jobsource.FetchedPosting;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GreenhouseJobSourceTest extends FakeBoardSourceContract {
  @Override
  String sourceName() {
    return "greenhouse";
  }

  @Override
  protected KnownPosting knownPosting() {
    return new KnownPosting(URI.create("https://boards.greenhouse.io/northwind/jobs/4012345"),
        "Senior Backend Engineer (Java/Kotlin)", Optional.of("Northwind Analytics"),
        "Own our event pipeline on Kafka and PostgreSQL");
  }

  @Override
  protected List<URI> foreignUrls() {
    return List.of(URI.create("https://jobs.lever.co/meridian/5f2c1a9e-7b3d-4e8a-9c1f-2a6b8d4e0f13"),
        URI.create("https://jobs.ashbyhq.com/quillstack/3f6a2b1c-8d7e-4f90-a1b2-c3d4e5f6a7b8"),
        URI.create("https://www.greenhouse.io/blog/hiring-tips"),
        URI.create("https://careers.example.com/jobs/4012345"),
        URI.create("https://careers.example.com/jobs?gh_jid=not-a-number"));
  }

  @Override
  protected URI unknownPostingUrl() {
    return URI.create("https://boards.greenhouse.io/northwind/jobs/999999");
  }

  @Override
  protected URI badResponseUrl() {
    return URI.create("https://boards.greenhouse.io/garbage-board/jobs/1");
  }

  @Test
  void unescapes_the_content_once_so_escaped_text_stays_text() {
    FetchedPosting posting = source().fetch(knownPosting().url());

    assertThat(posting.document().blocks())
        .contains(Block.item(1, "Comfort with generic types such as Map<String, List<Order>>"))
        .contains(Block.paragraph("Northwind Analytics helps 1,200+ retailers forecast demand & plan inventory. "
            + "We’re a team of 140 across New York and Toronto."));
    assertThat(posting.descriptionHtml()).contains("Map&lt;String, List&lt;Order&gt;&gt;")
        .doesNotContain("<string", "&amp;lt;");
  }

  @Test
  void reads_pseudo_headings_and_keeps_safe_links() {
    FetchedPosting posting = source().fetch(knownPosting().url());

    assertThat(posting.document().blocks()).contains(Block.heading(3, "What you'll bring"),
        Block.heading(3, "Nice to have"), Block.item(1, "Kubernetes"));
    assertThat(posting.descriptionHtml()).contains("<a href=\"https://northwind.example/life\"")
        .doesNotContain("trackView");
  }

  @Test
  void maps_location_offices_and_pay_range_in_dollars() {
    FetchedPosting posting = source().fetch(knownPosting().url());

    assertThat(posting.hints().locations()).containsExactly("New York, NY", "Toronto, ON");
    assertThat(posting.hints().salary()).contains(SalaryRange.of("USD", "165000", "205000", PayPeriod.YEAR));
    assertThat(posting.hints().sourceUrl()).contains(URI.create("https://boards.greenhouse.io/northwind/jobs/4012345"));
  }

  @Test
  void reads_the_employment_type_from_custom_fields_and_br_bullets_as_items() {
    FetchedPosting posting = source().fetch(URI.create("https://job-boards.greenhouse.io/bluepeak/jobs/5523001"));

    assertThat(posting.hints().employmentType()).contains(EmploymentType.FULL_TIME);
    assertThat(posting.hints().salary()).contains(SalaryRange.of("USD", "68000", "82000", PayPeriod.YEAR));
    assertThat(posting.document().blocks()).containsSubsequence(Block.heading(3, "Requirements"),
        Block.item(1, "Bachelor’s degree in Accounting or Finance"), Block.item(1, "Strong knowledge of GAAP"),
        Block.heading(3, "Preferred"), Block.item(1, "CPA or CPA candidate"), Block.heading(3, "Benefits"));
  }

  @Test
  void reads_an_embed_link_and_a_remote_location() {
    FetchedPosting posting = source().fetch(
        URI.create("https://boards.greenhouse.io/embed/job_app?for=northwind&token=4012399"));

    assertThat(posting.hints().title()).contains("Product Designer");
    assertThat(posting.hints().remotePolicy()).contains(RemotePolicy.REMOTE);
    assertThat(posting.document().blocks()).contains(Block.item(2, "accessibility (WCAG 2.2 AA) reviews"));
  }

  @Test
  void tries_the_eu_api_when_the_default_one_does_not_know_an_eu_board() {
    FetchedPosting posting = source().fetch(URI.create("https://job-boards.eu.greenhouse.io/tulipa/jobs/7100022"));

    assertThat(posting.hints().company()).contains("Tulipa Mobility B.V.");
    assertThat(posting.hints().salary()).contains(SalaryRange.of("EUR", "60000", "75000", PayPeriod.YEAR));
    assertThat(boards.hits("/greenhouse/v1/boards/tulipa/jobs/7100022")).isPositive();
  }

  @Test
  void asks_only_the_default_api_for_a_link_on_the_default_host() {
    NotFoundException thrown = catchThrowableOfType(NotFoundException.class,
        () -> source().fetch(URI.create("https://boards.greenhouse.io/tulipa/jobs/7100022")));

    assertThat(thrown.code()).isEqualTo("posting.not-found");
  }

  @Test
  void finds_the_board_of_a_career_page_in_its_embed_script() {
    FetchedPosting posting = source().fetch(boards.url("/careers/harborview?gh_jid=6001001"));

    assertThat(posting.hints().title()).contains("Marketing Coordinator");
    assertThat(posting.hints().company()).contains("Harborview Hotels & Resorts");
    assertThat(posting.sourceUrl()).isEqualTo(boards.url("/careers/harborview?gh_jid=6001001"));
    assertThat(posting.document().blocks()).contains(Block.item(1, "Free nights at our properties"),
        Block.item(1, "-10% on spa services, because balance matters"));
  }

  @Test
  void finds_an_eu_board_in_a_career_page_iframe() {
    FetchedPosting posting = source().fetch(boards.url("/careers/tulipa?gh_jid=7100022"));

    assertThat(posting.hints().title()).contains("Data Engineer");
  }

  @Test
  void says_clearly_when_a_career_page_does_not_name_its_board() {
    RuleViolationException thrown = catchThrowableOfType(RuleViolationException.class,
        () -> source().fetch(boards.url("/careers/no-embed?gh_jid=123")));

    assertThat(thrown.code()).isEqualTo("greenhouse.board-unknown");
    assertThat(thrown.getMessage()).contains("paste the boards.greenhouse.io link");
  }

  @Test
  void refuses_a_link_to_a_whole_board() {
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> source().fetch(URI.create("https://boards.greenhouse.io/embed/job_board?for=northwind")));

    assertThat(thrown.code()).isEqualTo("url.not-a-posting");
  }

  @Test
  void waits_as_told_when_rate_limited_then_reads_the_posting() {
    TestSources own = new TestSources(boards.options());

    FetchedPosting posting = own.named("greenhouse")
        .fetch(URI.create("https://boards.greenhouse.io/busy-board/jobs/8800001"));

    assertThat(posting.hints().title()).contains("Site Reliability Engineer");
    assertThat(own.pauses).containsExactly(Duration.ofSeconds(1));
  }
}
