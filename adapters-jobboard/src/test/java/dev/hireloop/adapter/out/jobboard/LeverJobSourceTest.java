package dev.hireloop.adapter.out.jobboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.posting.Block;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.jobsource.FetchedPosting;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeverJobSourceTest extends FakeBoardSourceContract {
  @Override
  String sourceName() {
    return "lever";
  }

  @Override
  protected KnownPosting knownPosting() {
    return new KnownPosting(URI.create("https://jobs.lever.co/meridian/5f2c1a9e-7b3d-4e8a-9c1f-2a6b8d4e0f13"),
        "Account Executive, Mid-Market", Optional.empty(), "Run full-cycle sales from discovery to signature");
  }

  @Override
  protected List<URI> foreignUrls() {
    return List.of(URI.create("https://boards.greenhouse.io/northwind/jobs/4012345"),
        URI.create("https://jobs.ashbyhq.com/quillstack/3f6a2b1c-8d7e-4f90-a1b2-c3d4e5f6a7b8"),
        URI.create("https://www.lever.co/customers"),
        URI.create("https://lever.co.example.com/meridian/5f2c1a9e-7b3d-4e8a-9c1f-2a6b8d4e0f13"));
  }

  @Override
  protected URI unknownPostingUrl() {
    return URI.create("https://jobs.lever.co/meridian/00000000-0000-4000-8000-000000000000");
  }

  @Override
  protected URI badResponseUrl() {
    return URI.create("https://jobs.lever.co/garbage-site/5f2c1a9e-7b3d-4e8a-9c1f-2a6b8d4e0f13");
  }

  @Test
  void maps_categories_workplace_and_salary() {
    FetchedPosting posting = source().fetch(knownPosting().url());

    assertThat(posting.hints().locations()).containsExactly("Denver, CO", "Austin, TX");
    assertThat(posting.hints().employmentType()).contains(EmploymentType.FULL_TIME);
    assertThat(posting.hints().remotePolicy()).contains(RemotePolicy.HYBRID);
    assertThat(posting.hints().salary()).contains(SalaryRange.of("USD", "70000", "90000", PayPeriod.YEAR));
    assertThat(posting.hints().sourceUrl()).contains(knownPosting().url());
  }

  @Test
  void turns_lists_into_headings_with_items_and_appends_the_additional_text() {
    FetchedPosting posting = source().fetch(knownPosting().url());

    assertThat(posting.document().blocks()).containsSubsequence(
        Block.heading(3, "What we're looking for"),
        Block.item(1, "3+ years of closing experience in B2B SaaS"),
        Block.item(1, "Excellent negotiation & presentation skills"),
        Block.heading(3, "Nice to have"),
        Block.item(1, "HubSpot or Gong experience"),
        Block.paragraph("Meridian is an equal opportunity employer."));
    assertThat(posting.document().blocks()).first().isEqualTo(Block.paragraph(
        "Meridian CRM gives 9,000 field-service companies one place for quotes, jobs and invoices."));
  }

  @Test
  void reads_an_apply_link_an_hourly_wage_and_nested_items() {
    FetchedPosting posting = source().fetch(
        URI.create("https://jobs.lever.co/atlasfreight/0b7e4c2d-1a3f-4b5c-8d6e-9f0a1b2c3d4e/apply"));

    assertThat(posting.hints().title()).contains("Warehouse Operations Supervisor (2nd Shift)");
    assertThat(posting.hints().remotePolicy()).contains(RemotePolicy.ON_SITE);
    assertThat(posting.hints().salary()).contains(SalaryRange.of("USD", "26", "31", PayPeriod.HOUR));
    assertThat(posting.document().blocks()).containsSubsequence(Block.item(1, "Hit daily throughput and accuracy "
        + "targets"), Block.item(2, "units per hour"), Block.item(2, "on-time trailer departures"));
  }

  @Test
  void reads_the_eu_host_through_the_eu_api() {
    FetchedPosting posting = source().fetch(
        URI.create("https://jobs.eu.lever.co/copperleaf/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"));

    assertThat(posting.hints().title()).contains("Frontend Developer (React)");
    assertThat(posting.hints().employmentType()).contains(EmploymentType.FULL_TIME);
    assertThat(posting.hints().salary()).contains(SalaryRange.of("EUR", "55000", "70000", PayPeriod.YEAR));
    assertThat(boards.hits("/lever-eu/v0/postings/copperleaf/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d")).isPositive();
  }

  @Test
  void refuses_a_link_to_a_whole_site() {
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> source().fetch(URI.create("https://jobs.lever.co/meridian")));

    assertThat(thrown.code()).isEqualTo("url.not-a-posting");
  }
}
