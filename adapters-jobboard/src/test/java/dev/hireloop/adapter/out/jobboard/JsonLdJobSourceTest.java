package dev.hireloop.adapter.out.jobboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.posting.Block;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.out.jobsource.FetchedPosting;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLdJobSourceTest extends FakeBoardSourceContract {
  @Override
  String sourceName() {
    return "json-ld";
  }

  @Override
  protected KnownPosting knownPosting() {
    return new KnownPosting(boards.url("/careers/st-brigids-rn-nights"),
        "Registered Nurse – Medical/Surgical Unit (Nights)", Optional.of("St. Brigid's Regional Medical Center"),
        "Administer medications and IV therapy safely");
  }

  @Override
  protected List<URI> foreignUrls() {
    return List.of(URI.create("data:text/html,%3Cp%3Ehi%3C/p%3E"), URI.create("javascript:alert(1)"),
        URI.create("https:relative/path"));
  }

  @Override
  protected URI unknownPostingUrl() {
    return boards.url("/careers/closed-position-2019");
  }

  @Override
  protected URI badResponseUrl() {
    return boards.url("/special/forbidden");
  }

  @Test
  void reads_a_top_level_posting_with_address_and_hourly_pay() {
    FetchedPosting posting = source().fetch(knownPosting().url());

    assertThat(posting.hints().locations()).containsExactly("Portland, OR, US");
    assertThat(posting.hints().employmentType()).contains(EmploymentType.FULL_TIME);
    assertThat(posting.hints().salary()).contains(SalaryRange.of("USD", "52.5", "68.75", PayPeriod.HOUR));
    assertThat(posting.document().blocks()).containsSubsequence(Block.heading(3, "Minimum Qualifications"),
        Block.item(1, "BLS and ACLS certification from the American Heart Association"),
        Block.heading(3, "Preferred Qualifications"), Block.item(1, "BSN"));
  }

  @Test
  void reads_a_posting_inside_an_array_with_a_plain_text_description() {
    FetchedPosting posting = source().fetch(boards.url("/careers/cascade-warehouse-associate"));

    assertThat(posting.hints().title()).contains("Warehouse Associate – Fulfillment Center");
    assertThat(posting.hints().company()).contains("Cascade Outfitters");
    assertThat(posting.hints().locations()).containsExactly("Reno, NV, US");
    assertThat(posting.hints().employmentType()).contains(EmploymentType.FULL_TIME);
    assertThat(posting.hints().salary()).contains(SalaryRange.of("USD", "19", "22", PayPeriod.HOUR));
    assertThat(posting.document().blocks()).containsSubsequence(Block.paragraph("What you need"),
        Block.item(1, "High school diploma or GED"), Block.paragraph("Nice to have"),
        Block.item(1, "Forklift or reach truck experience"));
  }

  @Test
  void reads_a_posting_inside_a_graph() {
    FetchedPosting posting = source().fetch(boards.url("/careers/polar-air-hvac-tech"));

    assertThat(posting.hints().title()).contains("HVAC Service Technician");
    assertThat(posting.hints().company()).contains("Polar Air Services");
    assertThat(posting.document().blocks()).contains(Block.heading(2, "Requirements"),
        Block.item(1, "EPA Section 608 Universal certification"));
  }

  @Test
  void reads_a_type_array_telecommuting_and_employment_type_arrays() {
    FetchedPosting posting = source().fetch(boards.url("/careers/orbitly-fullstack"));

    assertThat(posting.hints().remotePolicy()).contains(RemotePolicy.REMOTE);
    assertThat(posting.hints().employmentType()).contains(EmploymentType.FULL_TIME);
    assertThat(posting.hints().locations()).isEmpty();
    assertThat(posting.hints().salary()).contains(SalaryRange.of("USD", "130000", "160000", PayPeriod.YEAR));
    assertThat(posting.hints().sourceUrl()).contains(URI.create("https://orbitly.example/careers/full-stack-developer"));
    assertThat(posting.document().blocks()).contains(Block.heading(3, "Must have"), Block.heading(3, "Pluses"));
  }

  @Test
  void skips_malformed_blocks_and_reads_hand_written_json_with_escaped_html() {
    FetchedPosting posting = source().fetch(boards.url("/careers/keystone-payroll-specialist"));

    assertThat(posting.hints().title()).contains("Payroll Specialist");
    assertThat(posting.hints().salary()).contains(SalaryRange.of("USD", "55000", "65000", PayPeriod.YEAR));
    assertThat(posting.document().blocks()).contains(Block.heading(3, "Requirements"),
        Block.item(1, "Reconcile payroll registers, taxes & benefit deductions"));
    assertThat(posting.descriptionHtml()).contains("<ul><li>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/careers/no-posting", "/careers/broken-only", "/careers/harborview"})
  void refuses_a_page_without_a_job_posting_rather_than_guessing(String path) {
    RuleViolationException thrown = catchThrowableOfType(RuleViolationException.class,
        () -> source().fetch(boards.url(path)));

    assertThat(thrown.code()).isEqualTo("page.unsupported");
    assertThat(thrown.getMessage()).isEqualTo("this page has no schema.org JobPosting; paste the posting's text "
        + "instead");
  }
}
