package dev.hireloop.adapter.out.jobboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.posting.Block;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.port.out.jobsource.FetchedPosting;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AshbyJobSourceTest extends FakeBoardSourceContract {
  @Override
  String sourceName() {
    return "ashby";
  }

  @Override
  protected KnownPosting knownPosting() {
    return new KnownPosting(URI.create("https://jobs.ashbyhq.com/quillstack/3f6a2b1c-8d7e-4f90-a1b2-c3d4e5f6a7b8"),
        "Senior DevOps Engineer", Optional.empty(), "Run EKS clusters and our GitHub Actions CI/CD pipelines");
  }

  @Override
  protected List<URI> foreignUrls() {
    return List.of(URI.create("https://boards.greenhouse.io/northwind/jobs/4012345"),
        URI.create("https://jobs.lever.co/meridian/5f2c1a9e-7b3d-4e8a-9c1f-2a6b8d4e0f13"),
        URI.create("https://www.ashbyhq.com/customers"));
  }

  @Override
  protected URI unknownPostingUrl() {
    return URI.create("https://jobs.ashbyhq.com/quillstack/00000000-0000-4000-8000-000000000000");
  }

  @Override
  protected URI badResponseUrl() {
    return URI.create("https://jobs.ashbyhq.com/garbage-board/3f6a2b1c-8d7e-4f90-a1b2-c3d4e5f6a7b8");
  }

  @Test
  void maps_remote_locations_employment_and_compensation() {
    FetchedPosting posting = source().fetch(knownPosting().url());

    assertThat(posting.hints().locations()).containsExactly("Remote - US", "Remote - Canada");
    assertThat(posting.hints().remotePolicy()).contains(RemotePolicy.REMOTE);
    assertThat(posting.hints().employmentType()).contains(EmploymentType.FULL_TIME);
    assertThat(posting.hints().salary()).contains(SalaryRange.of("USD", "150000", "185000", PayPeriod.YEAR));
    assertThat(posting.document().blocks()).contains(Block.heading(2, "What you'll need"),
        Block.item(1, "Deep AWS knowledge (VPC, IAM, EKS, RDS)"));
  }

  @Test
  void spans_every_salary_tier_and_reads_the_application_link() {
    FetchedPosting fpa = source().fetch(
        URI.create("https://jobs.ashbyhq.com/greenlane/8b9c0d1e-2f3a-4b5c-9d6e-7f8091a2b3c4/application"));

    assertThat(fpa.hints().title()).contains("FP&A Analyst");
    assertThat(fpa.hints().remotePolicy()).contains(RemotePolicy.HYBRID);
    assertThat(fpa.hints().salary()).contains(SalaryRange.of("USD", "78000", "100000", PayPeriod.YEAR));
  }

  @Test
  void reads_part_time_hourly_pay_and_br_bullets() {
    FetchedPosting support = source().fetch(
        URI.create("https://jobs.ashbyhq.com/quillstack/7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f"));
    FetchedPosting dispatcher = source().fetch(
        URI.create("https://jobs.ashbyhq.com/greenlane?ashby_jid=1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6"));

    assertThat(support.hints().employmentType()).contains(EmploymentType.PART_TIME);
    assertThat(support.hints().salary()).contains(SalaryRange.of("CAD", "24", "30", PayPeriod.HOUR));
    assertThat(dispatcher.hints().remotePolicy()).contains(RemotePolicy.ON_SITE);
    assertThat(dispatcher.hints().locations()).containsExactly("Phoenix, AZ", "Tempe, AZ");
    assertThat(dispatcher.document().blocks()).containsSubsequence(Block.heading(3, "What we need"),
        Block.item(1, "2+ years of dispatch, logistics or transportation experience"),
        Block.heading(3, "Nice to have"), Block.item(1, "Spanish"));
  }

  @Test
  void says_not_found_for_an_empty_board_and_an_unknown_board() {
    NotFoundException empty = catchThrowableOfType(NotFoundException.class, () -> source().fetch(
        URI.create("https://jobs.ashbyhq.com/ghosttown/3f6a2b1c-8d7e-4f90-a1b2-c3d4e5f6a7b8")));
    NotFoundException unknown = catchThrowableOfType(NotFoundException.class, () -> source().fetch(
        URI.create("https://jobs.ashbyhq.com/nobody-here/3f6a2b1c-8d7e-4f90-a1b2-c3d4e5f6a7b8")));

    assertThat(empty.code()).isEqualTo("posting.not-found");
    assertThat(unknown.code()).isEqualTo("posting.not-found");
  }
}
