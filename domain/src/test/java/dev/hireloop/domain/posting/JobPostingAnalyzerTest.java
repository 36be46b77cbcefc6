package dev.hireloop.domain.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillMention;
import dev.hireloop.domain.skill.Skills;
import dev.hireloop.domain.testing.Expect;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class JobPostingAnalyzerTest {

  private static final JobPostingAnalyzer ANALYZER = new JobPostingAnalyzer(KeywordExtractor.of("Java", "Kotlin",
      "SQL", "PostgreSQL", "Kafka", "Docker", "Kubernetes", "Terraform", "AWS", "Excel", "Go", "Rust", "Figma",
      "Salesforce", "BLS", "ACLS", "CDL", "ELD", "Spanish", "Python", "dbt", "Tableau", "React", "Accounting",
      "Finance", "Bachelor of Science in Nursing", "relational databases", "BI tool", "Looker"));

  private static JobAnalysis analyze(String text) {
    return ANALYZER.analyze(PlainTextPostingReader.read(text), PostingHints.none());
  }

  private static List<String> names(List<Skill> skills) {
    return skills.stream().map(Skill::name).toList();
  }

  @Test
  void splits_skills_by_the_section_they_appear_in() {
    JobAnalysis analysis = analyze("""
        # Backend Engineer

        ## What we're looking for
        - Java or Kotlin
        - SQL, ideally PostgreSQL

        ## Nice to have
        - Kafka
        - Terraform
        """);

    assertThat(names(analysis.required())).containsExactly("Java", "Kotlin", "SQL");
    assertThat(names(analysis.preferred())).containsExactly("PostgreSQL", "Kafka", "Terraform");
  }

  @Test
  void an_inline_cue_in_the_requirements_makes_a_skill_preferred() {
    JobAnalysis analysis = analyze("Engineer\n\nRequirements:\n- Python required, Go a plus\n"
        + "- Experience with dbt is a plus\n"
        + "- Tableau (preferred)");

    assertThat(names(analysis.required())).containsExactly("Python");
    assertThat(names(analysis.preferred())).containsExactly("Go", "dbt", "Tableau");
  }

  @Test
  void skills_named_only_in_duties_or_company_text_are_left_out_when_there_are_requirements() {
    JobAnalysis analysis = analyze("""
        Data Engineer

        About us
        We love Rust.

        What you'll do
        - Build pipelines in Kafka and Docker

        Requirements
        - Python
        """);

    assertThat(names(analysis.required())).containsExactly("Python");
    assertThat(analysis.preferred()).isEmpty();
  }

  @Test
  void without_requirements_the_rest_of_the_text_is_required_when_it_speaks_to_the_candidate() {
    JobAnalysis analysis = analyze("""
        CDL-A Driver

        You need a valid CDL and must speak Spanish. Our trucks have an ELD.

        - Inspect the truck with Excel checklists

        Benefits
        Free Python courses.

        Nice to have
        - Kubernetes
        """);

    assertThat(names(analysis.required())).containsExactly("CDL", "Spanish", "Excel");
    assertThat(names(analysis.preferred())).containsExactly("Kubernetes");
  }

  @Test
  void equal_opportunity_text_never_yields_skills() {
    JobAnalysis analysis = analyze("Nurse\n\nYou need BLS.\n\nWe are an equal opportunity employer and welcome "
        + "applicants who speak Spanish.");

    assertThat(names(analysis.required())).containsExactly("BLS");
  }

  @Test
  void fields_of_study_and_degrees_are_education_not_skills() {
    JobAnalysis analysis = analyze("Accountant\n\nRequirements\n- Bachelor's degree in Accounting or Finance\n"
        + "- A degree in Finance or equivalent experience with Python\n- Bachelor of Science in Nursing\n"
        + "- Accounting experience");

    assertThat(names(analysis.required())).containsExactly("Python", "Accounting");
  }

  @Test
  void a_category_named_to_introduce_its_examples_gives_way_to_them() {
    JobAnalysis analysis = analyze("Analyst\n\nRequirements\n- Relational databases, ideally PostgreSQL\n"
        + "- A BI tool such as Looker or Tableau\n- SQL, ideally PostgreSQL");

    assertThat(names(analysis.required())).containsExactly("Looker", "Tableau", "SQL");
    assertThat(names(analysis.preferred())).containsExactly("PostgreSQL");
  }

  @Test
  void a_skill_both_required_and_preferred_is_required() {
    JobAnalysis analysis = analyze("Engineer\n\nRequirements\n- Java\n\nNice to have\n- Java 21 and Kotlin");

    assertThat(names(analysis.required())).containsExactly("Java");
    assertThat(names(analysis.preferred())).containsExactly("Kotlin");
    assertThat(analysis.preferredSkills()).extracting(m -> m.skill().name()).containsExactly("Kotlin");
  }

  @Test
  void items_under_a_nice_to_have_label_inside_the_requirements_are_preferred() {
    JobAnalysis analysis = analyze("Engineer\n\nRequirements\n- Java\n- Nice to have:\n  - Go\n  - Rust\n- SQL");

    assertThat(names(analysis.required())).containsExactly("Java", "SQL");
    assertThat(names(analysis.preferred())).containsExactly("Go", "Rust");
  }

  @Test
  void a_sub_heading_keeps_its_parent_section() {
    JobAnalysis analysis = analyze("""
        # Analyst

        ## Preferred qualifications

        ### Skills
        - Tableau

        ## Requirements

        ### Education
        - SQL
        """);

    assertThat(names(analysis.required())).containsExactly("SQL");
    assertThat(names(analysis.preferred())).containsExactly("Tableau");
  }

  @Test
  void a_document_built_by_an_html_reader_with_label_paragraphs_is_read_the_same_way() {
    PostingDocument document = new PostingDocument(List.of(Block.heading(1, "Analyst"),
        Block.paragraph("What you'll need:"), Block.item(1, "SQL"), Block.paragraph("Nice to Have"),
        Block.item(1, "Python"), Block.paragraph("Benefits:"), Block.item(1, "Excel training")));

    JobAnalysis analysis = ANALYZER.analyze(document, PostingHints.none());

    assertThat(names(analysis.required())).containsExactly("SQL");
    assertThat(names(analysis.preferred())).containsExactly("Python");
  }

  @Test
  void every_mention_points_at_its_evidence_in_the_clean_text() {
    JobAnalysis analysis = analyze("""
        ## Engineer

        Requirements:
        - Java
          - Kotlin, ideally
        * SQL

        Nice to have
        1. Kafka
        """);

    assertThat(analysis.cleanText()).isEqualTo(analysis.document().toPlainText());
    List<SkillMention> all = new java.util.ArrayList<>(analysis.requiredSkills());
    all.addAll(analysis.preferredSkills());
    assertThat(all).hasSize(4).allSatisfy(mention -> assertThat(
        analysis.cleanText().substring(mention.start(), mention.end())).isEqualTo(mention.evidence()));
  }

  @Test
  void reads_the_facts_of_a_pasted_posting() {
    JobAnalysis analysis = analyze("""
        Senior Backend Engineer
        Location: Berlin, Germany (hybrid, 2 days a week in the office)

        ## About Ledgerly
        At Ledgerly, we move money.

        ## What you'll do
        - Design services
        - Run them

        ## Requirements
        - 5+ years of experience with Java
        - Salary: €85,000 – €105,000 per year
        """);

    assertThat(analysis.title()).isEqualTo("Senior Backend Engineer");
    assertThat(analysis.company()).contains("Ledgerly");
    assertThat(analysis.locations()).containsExactly("Berlin, Germany");
    assertThat(analysis.remotePolicy()).isEqualTo(RemotePolicy.HYBRID);
    assertThat(analysis.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
    assertThat(analysis.minimumYears()).contains(5);
    assertThat(analysis.salary()).contains(SalaryRange.of("EUR", "85000", "105000", PayPeriod.YEAR));
    assertThat(analysis.seniority()).isEqualTo(Seniority.SENIOR);
    assertThat(analysis.responsibilities()).containsExactly("Design services", "Run them");
  }

  @Test
  void defaults_to_on_site_full_time_and_unspecified_when_nothing_is_said() {
    JobAnalysis analysis = analyze("Barista\n\nMake great coffee.");

    assertThat(analysis.remotePolicy()).isEqualTo(RemotePolicy.ON_SITE);
    assertThat(analysis.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
    assertThat(analysis.seniority()).isEqualTo(Seniority.UNSPECIFIED);
    assertThat(analysis.salary()).isEmpty();
    assertThat(analysis.minimumYears()).isEmpty();
    assertThat(analysis.company()).isEmpty();
    assertThat(analysis.locations()).isEmpty();
  }

  @Test
  void the_hints_win_over_the_text() {
    PostingHints hints = new PostingHints(Optional.of("Staff Engineer"), Optional.of("Acme"), List.of("Oslo"),
        Optional.of(RemotePolicy.REMOTE), Optional.of(EmploymentType.CONTRACT),
        Optional.of(SalaryRange.of("NOK", "900000", "1100000", PayPeriod.YEAR)),
        Optional.of(URI.create("https://boards.example/acme/1")));

    JobAnalysis analysis = ANALYZER.analyze(PlainTextPostingReader.read(
        "Junior Engineer\nLocation: Bergen\nOn-site, full-time. Pay: $50/hr.\nAt Initech, we build."), hints);

    assertThat(analysis.title()).isEqualTo("Staff Engineer");
    assertThat(analysis.company()).contains("Acme");
    assertThat(analysis.locations()).containsExactly("Oslo");
    assertThat(analysis.remotePolicy()).isEqualTo(RemotePolicy.REMOTE);
    assertThat(analysis.employmentType()).isEqualTo(EmploymentType.CONTRACT);
    assertThat(analysis.salary()).isEqualTo(hints.salary());
    assertThat(analysis.seniority()).isEqualTo(Seniority.PRINCIPAL);
    assertThat(analysis.sourceUrl()).isEqualTo(hints.sourceUrl());
    assertThat(analysis.toJobDetails().title()).isEqualTo("Staff Engineer");
  }

  @Test
  void the_title_comes_from_a_title_line_the_first_heading_or_the_first_short_line() {
    assertThat(analyze("Location: Leeds\nJob Title: Warehouse Operative\n\nWe need you.").title())
        .isEqualTo("Warehouse Operative");
    assertThat(analyze("Location: Leeds\nData Analyst (SQL)\n\nRequirements\n- SQL").title())
        .isEqualTo("Data Analyst (SQL)");
    assertThat(analyze("# Nurse\n\nA long first paragraph.").title()).isEqualTo("Nurse");
  }

  @Test
  void a_posting_without_any_title_is_refused() {
    Expect.invalid("posting.title-missing", () -> analyze(""));
    Expect.invalid("posting.title-missing", () -> analyze("Requirements:\n- Java\n- SQL"));
    Expect.invalid("posting.title-missing", () -> analyze("We are a large company with many teams and we are "
        + "hiring people for lots of different roles right now."));
  }

  @Test
  void a_long_title_is_cut_at_a_word() {
    String title = "Engineer ".repeat(40).strip();

    JobAnalysis analysis = ANALYZER.analyze(PlainTextPostingReader.read("Text."),
        new PostingHints(Optional.of(title), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty()));

    assertThat(analysis.title()).hasSizeLessThanOrEqualTo(200).endsWith("Engineer");
  }

  static List<String> hostileTexts() {
    return List.of("**a ".repeat(50_000), "Salary $1 ".repeat(20_000), "Requirements\n- " + "Java, ".repeat(30_000)
        + " or Go is a plus", "5 years of experience or ".repeat(8_000), "a. ".repeat(60_000),
        "Java is a plus, ".repeat(12_000), "*".repeat(200_000), "$" + "1,000".repeat(40_000),
        "- a\n".repeat(4_000), "is is is a plus ".repeat(12_000), "(".repeat(100_000) + ")".repeat(100_000));
  }

  @ParameterizedTest
  @MethodSource("hostileTexts")
  void analyses_hostile_text_without_failing_and_within_the_limits_of_an_analysis(String body) {
    JobAnalysis analysis = ANALYZER.analyze(PlainTextPostingReader.read("Title\n\n" + body), PostingHints.none());

    assertThat(analysis.requiredSkills().size() + analysis.preferredSkills().size()).isLessThanOrEqualTo(4_000);
    assertThat(analysis.required().size()).isLessThanOrEqualTo(Skills.MAX_SKILLS);
    assertThat(analysis.toJobDetails().title()).isEqualTo("Title");
  }

  @Test
  void is_deterministic() {
    String text = "Engineer\n\nRequirements\n- Java, Kotlin a plus\n- 3+ years of experience";

    assertThat(analyze(text)).isEqualTo(analyze(text));
  }

  @Test
  void refuses_missing_arguments() {
    Expect.invalid("value.required", () -> new JobPostingAnalyzer(null));
    Expect.invalid("value.required", () -> ANALYZER.analyze(null, PostingHints.none()));
    Expect.invalid("value.required", () -> ANALYZER.analyze(PlainTextPostingReader.read("Nurse"), null));
  }
}
