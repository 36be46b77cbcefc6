package dev.hireloop.domain.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.skill.SkillEvidence;
import dev.hireloop.domain.skill.SkillTaxonomy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Skills with evidence, education, sections in any order, and robustness against input no CV should have. */
final class CvParserTest {
  private static final CvParser PARSER = new CvParser(SkillTaxonomy.standard());
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

  private static ParsedCv parse(String text) {
    return PARSER.parse(text, TODAY);
  }

  @Test
  void skills_are_distinct_and_the_skills_sections_line_is_preferred_as_evidence() {
    ParsedCv cv = parse("""
        Jo Bloggs
        Experience
        Backend Engineer, Foo Ltd
        2019 – 2021
        • Built the billing service in Java and PostgreSQL; reviewed Java code daily.
        Skills
        Java, PostgreSQL, Docker
        """);

    assertThat(cv.skills().value()).extracting(e -> e.skill().name()).doesNotHaveDuplicates()
        .contains("Java", "PostgreSQL", "Docker");
    assertThat(cv.skills().value()).filteredOn(e -> e.skill().name().equals("Java")).singleElement()
        .extracting(SkillEvidence::evidence).isEqualTo("Java, PostgreSQL, Docker");
    assertThat(cv.skills().confidence()).isGreaterThan(0.8);
  }

  @Test
  void a_skill_mentioned_only_in_passing_keeps_the_line_it_was_found_on() {
    ParsedCv cv = parse("Jo Bloggs\nExperience\nEngineer, Foo Ltd\n2019 – 2021\n"
        + "• Migrated the deployment to Kubernetes.\n");

    assertThat(cv.skills().value()).filteredOn(e -> e.skill().name().equals("Kubernetes")).singleElement()
        .extracting(SkillEvidence::evidence).isEqualTo("Migrated the deployment to Kubernetes.");
  }

  @Test
  void evidence_from_a_very_long_line_is_cut_to_the_limit_around_the_skill() {
    String filler = "word ".repeat(200);
    ParsedCv cv = parse("Jo Bloggs\n" + filler + "with Terraform " + filler + "\n");

    assertThat(cv.skills().value()).filteredOn(e -> e.skill().name().equals("Terraform")).singleElement()
        .satisfies(e -> assertThat(e.evidence()).hasSizeLessThanOrEqualTo(SkillEvidence.MAX_EVIDENCE)
            .contains("Terraform"));
  }

  @Test
  void links_e_mail_addresses_and_employers_are_not_skills() {
    ParsedCv cv = parse("Jo Bloggs | rust@example.com | github.com/rustacean\n\nExperience\n"
        + "Support Lead, Parapluie SAS, Lyon — May 2022 – Present\n");

    assertThat(cv.skills().value()).extracting(e -> e.skill().name()).doesNotContain("Rust", "SAS");
  }

  @Test
  void reads_education_entries_with_degree_institution_and_end_year() {
    ParsedCv cv = parse("""
        Jo Bloggs
        Education
        Bachelor of Science in Computer Science — University of Texas at Austin (2014 – 2018)
        University of Leeds
        MSc Data Science
        2019 – 2020
        PhD in Statistics, University of Edinburgh, expected 2027
        Boston College, Chestnut Hill, MA — M.Ed., 2014
        Experience
        Analyst, Foo Ltd
        2020 – 2022
        """);

    assertThat(cv.education().value()).extracting(e -> e.degree().orElse(""), e -> e.institution().orElse(""),
            e -> e.endYear().orElse(0))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Bachelor of Science in Computer Science",
                "University of Texas at Austin", 2018),
            org.assertj.core.groups.Tuple.tuple("MSc Data Science", "University of Leeds", 2020),
            org.assertj.core.groups.Tuple.tuple("PhD in Statistics", "University of Edinburgh", 2027),
            org.assertj.core.groups.Tuple.tuple("M.Ed.", "Boston College", 2014));
    assertThat(cv.experience().value()).extracting(WorkExperience::title).containsExactly("Analyst");
  }

  @Test
  void the_state_in_an_address_is_not_a_masters_degree() {
    ParsedCv cv = parse("Jo Bloggs\nEducation\nHarvard Extension School, Cambridge, MA, 2015\n");

    assertThat(cv.education().value()).singleElement().satisfies(e -> {
      assertThat(e.degree()).isEmpty();
      assertThat(e.institution()).contains("Harvard Extension School");
    });
  }

  @Test
  void sections_can_come_in_any_order() {
    String experience = "Experience\nAnalyst, Foo Ltd\nJan 2019 – Dec 2020\n";
    String education = "Education\nBSc Economics, University of York, 2018\n";
    String skills = "Skills\nExcel, SQL\n";

    for (String order : new String[] {experience + education + skills, skills + education + experience,
        education + experience + skills}) {
      ParsedCv cv = parse("Jo Bloggs\njo@example.com\n" + order);

      assertThat(cv.experience().value()).extracting(WorkExperience::title).containsExactly("Analyst");
      assertThat(cv.education().value()).singleElement()
          .satisfies(e -> assertThat(e.institution()).contains("University of York"));
      assertThat(cv.skills().value()).extracting(e -> e.skill().name()).contains("Excel", "SQL");
      assertThat(cv.experienceMonths().orElseThrow().value()).isEqualTo(24);
    }
  }

  @Test
  void empty_text_parses_to_nothing_found() {
    for (String text : new String[] {"", "   \n\n\t  ", "\u200B\u200B"}) {
      ParsedCv cv = parse(text);

      assertThat(cv.fullName()).isEmpty();
      assertThat(cv.email()).isEmpty();
      assertThat(cv.phone()).isEmpty();
      assertThat(cv.location()).isEmpty();
      assertThat(cv.links()).isEmpty();
      assertThat(cv.skills().value()).isEmpty();
      assertThat(cv.experience().value()).isEmpty();
      assertThat(cv.experienceMonths()).isEmpty();
      assertThat(cv.mostRecentTitle()).isEmpty();
      assertThat(cv.education().value()).isEmpty();
    }
  }

  @Test
  void null_text_or_date_is_refused() {
    assertThatThrownBy(() -> PARSER.parse(null, TODAY)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> PARSER.parse("x", null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new CvParser(null)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void a_megabyte_of_junk_parses_without_failing() {
    StringBuilder junk = new StringBuilder();
    long seed = 42;
    String alphabet = "abcXYZ019 .,-–/|:@()#*•\n\t+";
    while (junk.length() < 1_000_000) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      junk.append(alphabet.charAt((int) ((seed >>> 33) % alphabet.length())));
    }

    ParsedCv cv = parse(junk.toString());

    assertThat(cv.experience().value()).allSatisfy(job -> assertThat(job.title()).isNotBlank());
    assertThat(cv.experienceMonths().map(Parsed::value).orElse(0)).isBetween(0, 12 * 80);
  }

  @Test
  void inputs_built_to_make_regular_expressions_backtrack_parse_in_one_pass() {
    // each of these would take exponential time under a pattern with nested open repetition
    String[] hostile = {
        "1".repeat(200_000),
        "1 ".repeat(100_000),
        "a.".repeat(100_000),
        "+1 (".repeat(50_000),
        "Jan 2019 - ".repeat(20_000),
        "x@".repeat(100_000),
        "a-".repeat(100_000) + "!",
        ("2019 " + " ".repeat(2_000) + "\n").repeat(50),
        "https://" + "a.".repeat(50_000) + "/",
        ("Engineer at " + "Acme ".repeat(40) + "\n").repeat(2_000),
        "EXPERIENCE\n" + "Java Engineer at Acme Corp\nJan 2019 – Present\nJava\n+1 415 555 0100\n".repeat(5_000),
        "EXPERIENCE\n" + "Java, Python\nSKILLS\n".repeat(20_000) + "Engineer\n2019 – 2020\n"};

    for (String text : hostile) {
      ParsedCv cv = parse(text);

      assertThat(cv.toString()).startsWith("ParsedCv[");
      assertThat(cv.experience().value()).hasSizeLessThanOrEqualTo(100);
    }
  }

  @Test
  void hostile_unicode_is_cleaned_not_trusted() {
    String cv = "\uFEFFJ\u200Bane D\u202Eoe\u202C\n"
        + "ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ\n"
        + "\uD800 lone surrogate \uDFFF and a bell \u0007 and NUL \u0000\n"
        + "EXPERIENCE\nSoftware Engineer at Acme Corp\nJan 2019 – Present\n"
        + "• Built the ﬁle service in Java\n";

    ParsedCv parsed = parse(cv);

    assertThat(parsed.fullName().orElseThrow().value()).isEqualTo("Jane Doe");
    assertThat(parsed.email().orElseThrow().value().value()).isEqualTo("jane@example.com");
    assertThat(parsed.experience().value()).singleElement()
        .satisfies(job -> assertThat(job.title()).isEqualTo("Software Engineer"));
    assertThat(parsed.skills().value()).extracting(e -> e.skill().name()).contains("Java");
    assertThat(parsed.skills().value()).allSatisfy(e -> assertThat(e.evidence()).doesNotContain("\u0000", "\u202E"));
  }

  @Test
  void parsing_is_deterministic_for_the_same_text_and_day() {
    String text = CvCorpus.resource("11-two-column-interleaved-engineer.txt");

    assertThat(parse(text)).usingRecursiveComparison().isEqualTo(parse(text));
  }

  @Test
  void present_is_measured_to_the_day_given() {
    String text = "Jo Bloggs\nExperience\nAnalyst, Foo Ltd\nJan 2025 – Present\n";

    assertThat(PARSER.parse(text, LocalDate.of(2025, 12, 31)).experienceMonths().orElseThrow().value())
        .isEqualTo(12);
    assertThat(PARSER.parse(text, LocalDate.of(2026, 1, 1)).experienceMonths().orElseThrow().value())
        .isEqualTo(13);
  }

  @Test
  void the_parsed_cv_does_not_print_personal_data() {
    ParsedCv cv = parse("Jane Doe\njane@example.com\n");

    assertThat(cv.toString()).doesNotContain("Jane", "jane@example.com");
  }

  @Test
  void a_degree_subject_the_taxonomy_only_relates_to_a_skill_is_not_evidence_of_it() {
    ParsedCv cv = parse("""
        Jo Bloggs
        Experience
        Data Analyst, Foo Ltd
        2019 – 2021
        • Built dashboards in Tableau.
        Education
        Master of Science in Economics, University of Mannheim, 2018
        BA Communications, Syracuse University, 2014
        """);

    assertThat(cv.skills().value()).extracting(e -> e.skill().key())
        .contains("tableau").doesNotContain("economic analysis", "communication");
  }

  @Test
  void a_degree_that_names_a_skill_itself_is_evidence_of_it() {
    ParsedCv cv = parse("""
        Jo Bloggs
        Experience
        Mechanical Engineer, Foo Ltd
        2019 – 2021
        Education
        BEng Mechanical Engineering, American University of Sharjah, 2015
        """);

    assertThat(cv.skills().value()).filteredOn(e -> e.skill().key().equals("mechanical engineering"))
        .singleElement().extracting(SkillEvidence::evidence)
        .isEqualTo("BEng Mechanical Engineering, American University of Sharjah, 2015");
  }

  @Test
  void a_skill_in_the_headline_alone_is_left_out_and_kept_when_the_body_shows_it() {
    String body = "Experience\nMarketing Manager, Brightpath\n2019 – 2021\n• Ran the company blog.\n";
    ParsedCv headlineOnly = parse("Jo Bloggs\nPerformance Marketing Manager\n" + body);
    ParsedCv shown = parse("Jo Bloggs\nPerformance Marketing Manager\n" + body
        + "• Grew revenue through performance marketing on search.\n");

    assertThat(headlineOnly.skills().value()).extracting(e -> e.skill().key())
        .doesNotContain("performance marketing");
    assertThat(shown.skills().value()).filteredOn(e -> e.skill().key().equals("performance marketing"))
        .singleElement().extracting(SkillEvidence::evidence)
        .isEqualTo("Grew revenue through performance marketing on search.");
  }

  @Test
  void coursework_in_the_education_section_still_lists_skills() {
    ParsedCv cv = parse("""
        Jo Bloggs
        Education
        BASc Computer Engineering, University of Waterloo, 2026
        Relevant coursework: Distributed Systems, Machine Learning
        """);

    assertThat(cv.skills().value()).extracting(e -> e.skill().key()).contains("machine learning");
  }

  @Test
  void a_skill_a_narrow_column_wrapped_in_two_is_found_on_the_line_it_starts() {
    ParsedCv cv = parse("Jo Bloggs\nSkills\nAutoCAD · Risk management · Contract\nmanagement · BIM\n"
        + "Practices: CI/CD, microservices, code\nreview\n");

    assertThat(cv.skills().value()).extracting(e -> e.skill().key()).contains("code review", "bim");
    assertThat(cv.skills().value()).filteredOn(e -> e.skill().key().equals("code review")).singleElement()
        .extracting(SkillEvidence::evidence).isEqualTo("Practices: CI/CD, microservices, code");
  }

  @Test
  void a_capitalised_next_line_is_not_a_continuation_for_skills() {
    ParsedCv cv = parse("Jo Bloggs\nSkills\nJava, Code\nReview board member\n");

    assertThat(cv.skills().value()).extracting(e -> e.skill().key()).doesNotContain("code review");
  }
}
