package dev.hireloop.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.testing.Expect;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class JobDetailsTest {

  private static JobDetails withSkills(List<Skill> required, List<Skill> preferred) {
    return new JobDetails("Backend engineer", Optional.empty(), "", Optional.empty(), RemotePolicy.REMOTE,
        EmploymentType.FULL_TIME, Optional.empty(), Optional.empty(), required, preferred, Optional.empty());
  }

  private static JobDetails withUrl(String url) {
    return new JobDetails("Backend engineer", Optional.empty(), "", Optional.empty(), RemotePolicy.REMOTE,
        EmploymentType.FULL_TIME, Optional.empty(), Optional.empty(), List.of(), List.of(),
        Optional.of(URI.create(url)));
  }

  private static JobDetails withYears(int years) {
    return new JobDetails("Backend engineer", Optional.empty(), "", Optional.empty(), RemotePolicy.REMOTE,
        EmploymentType.FULL_TIME, Optional.empty(), Optional.of(years), List.of(), List.of(), Optional.empty());
  }

  private static List<Skill> skills(String... names) {
    return java.util.Arrays.stream(names).map(Skill::of).toList();
  }

  @Test
  void minimal_details_default_to_an_on_site_full_time_job_with_nothing_else_known() {
    JobDetails details = JobDetails.minimal("Backend engineer", "Build things.");

    assertThat(details.title()).isEqualTo("Backend engineer");
    assertThat(details.description()).isEqualTo("Build things.");
    assertThat(details.remotePolicy()).isEqualTo(RemotePolicy.ON_SITE);
    assertThat(details.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
    assertThat(details.company()).isEmpty();
    assertThat(details.location()).isEmpty();
    assertThat(details.salary()).isEmpty();
    assertThat(details.minimumYears()).isEmpty();
    assertThat(details.requiredSkills()).isEmpty();
    assertThat(details.preferredSkills()).isEmpty();
    assertThat(details.sourceUrl()).isEmpty();
  }

  @Test
  void full_details_keep_every_field_trimmed() {
    SalaryRange salary = SalaryRange.of("EUR", "60000", "75000", PayPeriod.YEAR);
    JobDetails details = new JobDetails(" Backend engineer ", Optional.of(" Acme "), "\n Build things. \n",
        Optional.of(" Berlin "), RemotePolicy.HYBRID, EmploymentType.CONTRACT, Optional.of(salary), Optional.of(3),
        skills("Java"), skills("Kafka"), Optional.of(URI.create("https://boards.greenhouse.io/acme/jobs/123")));

    assertThat(details.title()).isEqualTo("Backend engineer");
    assertThat(details.company()).contains("Acme");
    assertThat(details.description()).isEqualTo("Build things.");
    assertThat(details.location()).contains("Berlin");
    assertThat(details.remotePolicy()).isEqualTo(RemotePolicy.HYBRID);
    assertThat(details.employmentType()).isEqualTo(EmploymentType.CONTRACT);
    assertThat(details.salary()).contains(salary);
    assertThat(details.minimumYears()).contains(3);
    assertThat(details.requiredSkills()).containsExactly(Skill.of("Java"));
    assertThat(details.preferredSkills()).containsExactly(Skill.of("Kafka"));
    assertThat(details.sourceUrl()).contains(URI.create("https://boards.greenhouse.io/acme/jobs/123"));
  }

  @Test
  void rejects_a_blank_or_over_long_title() {
    Expect.invalid("value.blank", () -> JobDetails.minimal("   ", "x"));
    Expect.invalid("value.required", () -> JobDetails.minimal(null, "x"));
    Expect.invalid("value.too-long", () -> JobDetails.minimal("t".repeat(JobDetails.MAX_TITLE + 1), "x"));
    assertThat(JobDetails.minimal("t".repeat(JobDetails.MAX_TITLE), "x").title()).hasSize(JobDetails.MAX_TITLE);
  }

  @Test
  void allows_an_empty_description_but_not_a_missing_or_over_long_one() {
    assertThat(JobDetails.minimal("Engineer", "   ").description()).isEmpty();
    Expect.invalid("value.required", () -> JobDetails.minimal("Engineer", null));
    Expect.invalid("value.too-long",
        () -> JobDetails.minimal("Engineer", "d".repeat(JobDetails.MAX_DESCRIPTION + 1)));
    Expect.invalid("value.control-character", () -> JobDetails.minimal("Engineer", "bell\u0007"));
  }

  @Test
  void a_blank_company_or_location_counts_as_unknown() {
    JobDetails details = new JobDetails("Engineer", Optional.of(" "), "", Optional.of(""), RemotePolicy.REMOTE,
        EmploymentType.FULL_TIME, Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty());

    assertThat(details.company()).isEmpty();
    assertThat(details.location()).isEmpty();
  }

  @Test
  void a_skill_both_required_and_preferred_is_required_only() {
    JobDetails details = withSkills(skills("Java", "PostgreSQL"), skills("postgresql", "Kafka", "JAVA", "Docker"));

    assertThat(details.requiredSkills()).extracting(Skill::name).containsExactly("Java", "PostgreSQL");
    assertThat(details.preferredSkills()).extracting(Skill::name).containsExactly("Kafka", "Docker");
  }

  @Test
  void duplicate_skills_are_dropped_by_key_keeping_the_first_spelling() {
    JobDetails details = withSkills(skills("Java", "java", "SQL", " JAVA "), skills("Go", "GO", "go"));

    assertThat(details.requiredSkills()).extracting(Skill::name).containsExactly("Java", "SQL");
    assertThat(details.preferredSkills()).extracting(Skill::name).containsExactly("Go");
  }

  @Test
  void allows_at_most_200_distinct_skills_in_each_list() {
    List<Skill> many = IntStream.range(0, 201).mapToObj(i -> Skill.of("skill " + i)).toList();

    assertThat(withSkills(many.subList(0, 200), List.of()).requiredSkills()).hasSize(200);
    Expect.invalid("value.too-many", () -> withSkills(many, List.of()));
    Expect.invalid("value.too-many", () -> withSkills(List.of(), many));
  }

  @Test
  void copies_the_skill_lists_it_is_given() {
    List<Skill> required = new ArrayList<>(skills("Java"));
    List<Skill> preferred = new ArrayList<>(skills("Kafka"));

    JobDetails details = withSkills(required, preferred);
    required.add(Skill.of("Go"));
    preferred.clear();

    assertThat(details.requiredSkills()).containsExactly(Skill.of("Java"));
    assertThat(details.preferredSkills()).containsExactly(Skill.of("Kafka"));
    assertThatThrownBy(() -> details.requiredSkills().add(Skill.of("Rust")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> details.preferredSkills().add(Skill.of("Rust")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void accepts_zero_to_sixty_years_of_experience() {
    assertThat(withYears(0).minimumYears()).contains(0);
    assertThat(withYears(60).minimumYears()).contains(60);
    Expect.invalid("value.out-of-range", () -> withYears(-1));
    Expect.invalid("value.out-of-range", () -> withYears(61));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://boards.greenhouse.io/acme/jobs/123",
      "http://jobs.example.com/1?ref=x#apply",
      "https://jobs.lever.co:443/acme/abc",
      "HTTPS://Jobs.Example.com/1",
      "Http://jobs.example.com/1"})
  void accepts_absolute_http_and_https_source_urls(String url) {
    assertThat(withUrl(url).sourceUrl()).contains(URI.create(url));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/acme/jobs/123",
      "jobs.example.com/1",
      "ftp://jobs.example.com/1",
      "file:///etc/passwd",
      "mailto:jobs@example.com",
      "javascript:alert(1)",
      "https:///jobs/1",
      "https:jobs/1",
      "http://exa_mple.com/1"})
  void rejects_source_urls_that_are_not_absolute_http_or_https(String url) {
    Expect.invalid("job.source-url-invalid", () -> withUrl(url));
  }

  @Test
  void rejects_a_source_url_longer_than_2000_characters() {
    String base = "https://jobs.example.com/";
    assertThat(withUrl(base + "a".repeat(2_000 - base.length())).sourceUrl()).isPresent();
    Expect.invalid("job.source-url-invalid", () -> withUrl(base + "a".repeat(2_001 - base.length())));
  }

  @Test
  void rejects_missing_optionals_and_enums() {
    Expect.invalid("value.required", () -> new JobDetails("Engineer", Optional.empty(), "", Optional.empty(), null,
        EmploymentType.FULL_TIME, Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty()));
    Expect.invalid("value.required", () -> new JobDetails("Engineer", Optional.empty(), "", Optional.empty(),
        RemotePolicy.REMOTE, null, Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty()));
    Expect.invalid("value.required", () -> new JobDetails("Engineer", Optional.empty(), "", Optional.empty(),
        RemotePolicy.REMOTE, EmploymentType.FULL_TIME, null, Optional.empty(), List.of(), List.of(),
        Optional.empty()));
    Expect.invalid("value.required", () -> new JobDetails("Engineer", Optional.empty(), "", Optional.empty(),
        RemotePolicy.REMOTE, EmploymentType.FULL_TIME, Optional.empty(), Optional.empty(), null, List.of(),
        Optional.empty()));
    Expect.invalid("value.required", () -> new JobDetails("Engineer", Optional.empty(), "", Optional.empty(),
        RemotePolicy.REMOTE, EmploymentType.FULL_TIME, Optional.empty(), Optional.empty(), List.of(), List.of(),
        null));
  }
}
