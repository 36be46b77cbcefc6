package dev.hireloop.domain.cv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.skill.SkillTaxonomy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class WorkHistoryTest {
  private static final CvParser PARSER = new CvParser(SkillTaxonomy.standard());
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

  private static ParsedCv parse(String text) {
    return PARSER.parse(text.replace("\\n", "\n"), TODAY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Senior Engineer at Acme Corp — Jan 2019 – Present; Senior Engineer; Acme Corp",
      "Senior Engineer, Acme Corp\\nJan 2019 – Present; Senior Engineer; Acme Corp",
      "Acme Corp — Senior Engineer\\nJan 2019 – Present; Senior Engineer; Acme Corp",
      "Acme Corp | Senior Engineer | Jan 2019 – Present; Senior Engineer; Acme Corp",
      "Senior Engineer\\nAcme Corp, Austin, TX\\nJan 2019 – Present; Senior Engineer; Acme Corp",
      "Acme Corp, Berlin        01/2019 – present\\nSenior Engineer; Senior Engineer; Acme Corp",
      "Acme Corp\\nSenior Engineer      2019 – now; Senior Engineer; Acme Corp",
      "Registered Nurse (ICU), St. Mary's Hospital (Contract), Boston, MA\\n2019 – present; Registered Nurse (ICU);"
          + " St. Mary's Hospital",
      "Senior Engineer @ Acme — Remote\\nJan 2019 – Present; Senior Engineer; Acme"})
  void reads_title_and_employer_in_the_layouts_cvs_use(String entry, String title, String employer) {
    ParsedCv cv = parse("Jo Bloggs\\n\\nWORK EXPERIENCE\\n" + entry + "\\n• Did things\\n");

    assertThat(cv.experience().value()).singleElement().satisfies(job -> {
      assertThat(job.title()).isEqualTo(title);
      assertThat(job.employer()).contains(employer);
      assertThat(job.start()).isEqualTo(YearMonth.of(2019, 1));
      assertThat(job.isCurrent()).isTrue();
      assertThat(job.evidence()).contains(title.substring(0, 5));
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Experience", "EXPERIENCE:", "Work Experience", "professional experience",
      "## Employment", "Career History", "EMPLOYMENT HISTORY", "W O R K   E X P E R I E N C E", "Work history:",
      "— Relevant Experience —", "**Professional Experience**"})
  void recognises_experience_headings_in_any_case_and_dress(String heading) {
    ParsedCv cv = parse("Jo Bloggs\\n\\nEducation\\nBSc Physics, University of Bristol, 2012\\n\\n" + heading
        + "\\nAnalyst, Foo Ltd\\n2013 – 2015\\n");

    assertThat(cv.experience().value()).extracting(WorkExperience::title).containsExactly("Analyst");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"•", "●", "▪", "‣", "-", "*", "–", "○", "✓", "➢", "1.", "2)", "◦", "►"})
  void bullets_of_every_kind_are_body_text_not_structure(String bullet) {
    ParsedCv cv = parse("Jo Bloggs\\nEXPERIENCE\\nData Analyst, Foo Ltd\\nMar 2020 – Feb 2022\\n" + bullet
        + " Built dashboards in Tableau for the sales team\\n" + bullet + " Automated reports with Python\\n"
        + "Junior Analyst, Bar plc\\nJan 2018 – Feb 2020\\n" + bullet + " Cleaned data in Excel\\n");

    assertThat(cv.experience().value()).extracting(WorkExperience::title, j -> j.employer().orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Data Analyst", "Foo Ltd"),
            org.assertj.core.groups.Tuple.tuple("Junior Analyst", "Bar plc"));
  }

  @Test
  void interleaved_sidebar_lines_do_not_break_the_job_list() {
    String cv = "KIM LEE\\nEXPERIENCE\\nCONTACT\\nLead Engineer at Quill\\nkim@example.com\\nAug 2023 – Present\\n"
        + "+44 7700 900123\\n• Leads a team of five\\nLeeds, UK\\nDeveloper at Redbrick Ltd\\nSKILLS\\n"
        + "Sep 2020 – Jul 2023\\nJavaScript\\n• Built portals\\nNode.js\\nWeb Developer at Pennine Creative\\n"
        + "English (native)\\nJan 2018 – Aug 2020\\nPHP\\nEDUCATION\\nBSc Computing, University of Salford, 2017\\n";

    ParsedCv parsed = parse(cv);

    assertThat(parsed.experience().value()).extracting(WorkExperience::title)
        .containsExactly("Lead Engineer", "Developer", "Web Developer");
    assertThat(parsed.experience().value()).extracting(j -> j.employer().orElse(""))
        .containsExactly("Quill", "Redbrick Ltd", "Pennine Creative");
    assertThat(parsed.education().value()).singleElement()
        .satisfies(e -> assertThat(e.institution()).contains("University of Salford"));
  }

  @Test
  void overlapping_jobs_are_counted_once_and_present_runs_to_today() {
    ParsedCv cv = parse("Jo Bloggs\\nExperience\\nDeveloper, Foo Ltd\\nMar 2023 – Present\\n"
        + "Freelance Developer, Self-employed\\nJan 2021 – Jun 2023\\nTeacher, Lincoln School\\nSep 2014 – Aug 2022\\n");

    // Sep 2014 .. Nov 2026 inclusive, overlaps merged
    assertThat(cv.experienceMonths()).hasValueSatisfying(m -> assertThat(m.value()).isEqualTo(147));
    assertThat(cv.mostRecentTitle()).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("Developer"));
  }

  @Test
  void a_job_inside_another_and_a_job_that_has_not_started_add_nothing() {
    java.util.List<WorkExperience> jobs = java.util.List.of(
        new WorkExperience("Teacher", Optional.empty(), YearMonth.of(2010, 1), Optional.of(YearMonth.of(2019, 12)),
            "Teacher 2010 – 2019"),
        new WorkExperience("Tutor", Optional.empty(), YearMonth.of(2012, 3), Optional.of(YearMonth.of(2013, 2)),
            "Tutor 2012 – 2013"),
        new WorkExperience("Engineer", Optional.empty(), YearMonth.of(2027, 1), Optional.empty(), "Engineer 2027"));

    assertThat(WorkHistory.months(jobs, TODAY)).isEqualTo(120);
    assertThat(WorkHistory.months(jobs, LocalDate.MAX)).isGreaterThan(120);
    assertThat(WorkHistory.months(java.util.List.of(), TODAY)).isZero();
  }

  @Test
  void a_gap_between_jobs_is_not_counted_and_a_year_runs_january_to_december() {
    ParsedCv cv = parse("Jo Bloggs\\nExperience\\nAnalyst, Foo Ltd\\n2016-2017\\nAnalyst, Bar Ltd\\n2020 – 2021\\n");

    assertThat(cv.experienceMonths().orElseThrow().value()).isEqualTo(48);
  }

  @Test
  void the_most_recent_title_is_the_job_with_the_latest_end_wherever_it_is_listed() {
    ParsedCv cv = parse("Jo Bloggs\\nExperience\\nAnalyst, Foo GmbH\\n01/04/2021 - 30/09/2025\\n"
        + "Senior Analyst, Bar GmbH\\n01/10/2025 - present\\nJunior Analyst, Baz AG\\n15/09/2017 - 31/03/2021\\n");

    assertThat(cv.experience().value()).extracting(WorkExperience::title)
        .containsExactly("Senior Analyst", "Analyst", "Junior Analyst");
    assertThat(cv.mostRecentTitle().orElseThrow().value()).isEqualTo("Senior Analyst");
  }

  @Test
  void date_ranges_outside_the_experience_are_not_jobs() {
    ParsedCv cv = parse("Jo Bloggs\\nEducation\\nBSc Biology, University of Leeds, 2010 – 2013\\n"
        + "Experience\\nLab Technician, Foo Labs\\n2013 – 2016\\n"
        + "Projects\\nRaytracer in Rust (2019 – 2020)\\nGrants\\nEarly Career Award, 2022 – 2025\\n"
        + "Volunteering\\nCoach, Youth Football Club, 2015 – 2018\\n"
        + "Skills\\n• Improved throughput 2019-2020 by 30% across the whole of the laboratory team\\n");

    assertThat(cv.experience().value()).extracting(WorkExperience::title).containsExactly("Lab Technician");
  }

  @Test
  void a_cv_without_headings_still_yields_its_jobs_but_not_its_degree() {
    ParsedCv cv = parse("Chloé Dubois\\nchloe@example.fr\\n\\nSupport Lead, Parapluie SAS, Lyon — May 2022 – Present\\n"
        + "Support Agent, Parapluie SAS, Lyon — Sep 2019 – Apr 2022\\n"
        + "Licence in Applied Languages, Université Lumière Lyon 2, 2015 – 2018\\n");

    assertThat(cv.experience().value()).extracting(WorkExperience::title)
        .containsExactly("Support Lead", "Support Agent");
    assertThat(cv.experience().confidence()).isLessThan(0.9);
  }

  @Test
  void missing_dates_lower_the_confidence_of_the_experience() {
    ParsedCv dated = parse("Jo Bloggs\\nExperience\\nAnalyst, Foo Ltd\\nJan 2019 – Present\\n"
        + "Junior Analyst, Bar Ltd\\nMar 2016 – Dec 2018\\n");
    ParsedCv partly = parse("Jo Bloggs\\nExperience\\nAnalyst, Foo Ltd\\nJan 2019 – Present\\n"
        + "Junior Analyst, Bar Ltd\\n");
    ParsedCv none = parse("Jo Bloggs\\nExperience\\nAnalyst, Foo Ltd\\nJunior Analyst, Bar Ltd\\n");

    assertThat(partly.experience().confidence()).isLessThan(dated.experience().confidence());
    assertThat(none.experience().value()).isEmpty();
    assertThat(none.experience().confidence()).isLessThan(partly.experience().confidence());
    assertThat(none.experienceMonths()).isEmpty();
    assertThat(none.mostRecentTitle()).isEmpty();
  }

  @Test
  void year_only_dates_are_less_certain_than_months() {
    ParsedCv months = parse("Jo Bloggs\\nExperience\\nAnalyst, Foo Ltd\\nJan 2019 – Dec 2020\\n");
    ParsedCv years = parse("Jo Bloggs\\nExperience\\nAnalyst, Foo Ltd\\n2019 – 2020\\n");

    assertThat(years.experience().confidence()).isLessThan(months.experience().confidence());
    assertThat(years.experience().value().get(0).end()).isEqualTo(Optional.of(YearMonth.of(2020, 12)));
  }

  @Test
  void roles_under_one_company_header_inherit_its_employer() {
    ParsedCv cv = parse("Jo Bloggs\\nEXPERIENCE\\nAcme Corp, Berlin\\nSenior Engineer    Jan 2021 – Present\\n"
        + "• Led the platform team\\nEngineer           Mar 2018 – Dec 2020\\n• Built the billing service\\n"
        + "Foo Ltd\\nAnalyst   2016 – 2018\\n• Reports\\n");

    assertThat(cv.experience().value()).extracting(WorkExperience::title, j -> j.employer().orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Senior Engineer", "Acme Corp"),
            org.assertj.core.groups.Tuple.tuple("Engineer", "Acme Corp"),
            org.assertj.core.groups.Tuple.tuple("Analyst", "Foo Ltd"));
  }

  @Test
  void a_promotion_listed_linkedin_style_keeps_the_company() {
    ParsedCv cv = parse("Jo Bloggs\\nExperience\\nBrightpath\\nGrowth Marketing Manager\\n"
        + "March 2023 - Present (3 years 9 months)\\nRan paid campaigns across search and social for the team.\\n"
        + "Marketing Manager\\nJanuary 2020 - February 2023\\nOwned the company blog and its calendar for years.\\n"
        + "Loomly Media\\nContent Marketing Specialist\\nJune 2018 - December 2019\\n");

    assertThat(cv.experience().value()).extracting(j -> j.employer().orElse(""))
        .containsExactly("Brightpath", "Brightpath", "Loomly Media");
  }

  @Test
  void an_employer_of_its_own_line_below_the_title_heads_no_group() {
    ParsedCv cv = parse("Jo Bloggs\\nExperience\\nSenior Engineer\\nAcme Corp, Austin, TX\\nJan 2019 – Present\\n"
        + "• Led the platform team\\nFreelance Consultant   2016 – 2018\\n");

    assertThat(cv.experience().value()).extracting(j -> j.employer().orElse(""))
        .containsExactly("Acme Corp", "");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Senior Mechanical Engineer Gulfstar MEP Contracting LLC Jun 2020 – Present; Senior Mechanical Engineer;"
          + " Gulfstar MEP Contracting LLC",
      "Graduate Engineer Emirates Facilities Management Jun 2020 – Present; Graduate Engineer;"
          + " Emirates Facilities Management"})
  void a_title_run_straight_into_an_employer_is_cut_after_the_title(String entry, String title, String employer) {
    ParsedCv cv = parse("Jo Bloggs\\nEXPERIENCE\\n" + entry + "\\n");

    assertThat(cv.experience().value()).singleElement().satisfies(job -> {
      assertThat(job.title()).isEqualTo(title);
      assertThat(job.employer()).contains(employer);
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Head of Sales Jun 2020 – Present", "Software Engineer II Jun 2020 – Present",
      "Senior Engineer Team Lead Jun 2020 – Present"})
  void a_title_without_an_organisation_after_it_stays_whole(String entry) {
    ParsedCv cv = parse("Jo Bloggs\\nEXPERIENCE\\n" + entry + "\\n");

    assertThat(cv.experience().value()).singleElement().satisfies(job -> {
      assertThat(entry).startsWith(job.title());
      assertThat(job.employer()).isEmpty();
    });
  }
}
