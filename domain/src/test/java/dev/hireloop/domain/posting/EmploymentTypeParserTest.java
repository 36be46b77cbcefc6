package dev.hireloop.domain.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.job.EmploymentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class EmploymentTypeParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "This is a full-time position                   | FULL_TIME",
      "Permanent, full time                            | FULL_TIME",
      "Part time, 24 hours per week                    | PART_TIME",
      "A 6-month contract, likely extension            | CONTRACT",
      "Contract-to-hire                                | CONTRACT",
      "This is a contract role                         | CONTRACT",
      "Engaged as an independent contractor (1099)     | CONTRACT",
      "A freelance engagement for two months           | CONTRACT",
      "Outside IR35                                    | CONTRACT",
      "A 13-week temporary assignment                  | TEMPORARY",
      "Fixed-term until March                          | TEMPORARY",
      "Temp to perm                                    | TEMPORARY",
      "Seasonal warehouse work                         | TEMPORARY",
      "Maternity cover for 12 months                   | TEMPORARY",
      "Our summer internship runs 10 weeks             | INTERNSHIP",
      "Full-time or part-time                          | FULL_TIME",
      "Full-time internship                            | INTERNSHIP"})
  void reads_the_employment_type(String text, EmploymentType type) {
    assertThat(EmploymentTypeParser.detect(text)).contains(type);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"We are a general contractor", "Strong contract negotiation skills",
      "Temperature-controlled warehouse", "Short-term disability insurance", "Temporary housing for travellers",
      "Eligibility for an intern credential", "We work with international partners", "We build software"})
  void ignores_words_that_only_look_like_a_type(String text) {
    assertThat(EmploymentTypeParser.detect(text)).isEmpty();
  }

  @Test
  void a_job_type_line_beats_the_title_which_beats_the_head_which_beats_the_body() {
    assertThat(EmploymentTypeParser.detect("Engineer (Contract)", List.of(), List.of("Job Type: Full-time")))
        .contains(EmploymentType.FULL_TIME);
    assertThat(EmploymentTypeParser.detect("LPN – Home Health, Part-Time", List.of(),
        List.of("Benefits for full-time staff"))).contains(EmploymentType.PART_TIME);
    assertThat(EmploymentTypeParser.detect("Mathematics Teacher", List.of("2025-2026 school year, full-time"),
        List.of("An internship program for new teachers"))).contains(EmploymentType.FULL_TIME);
  }

  @Test
  void a_bare_contract_or_intern_counts_in_the_title() {
    assertThat(EmploymentTypeParser.detect("Data Engineer - Contract", List.of(), List.of()))
        .contains(EmploymentType.CONTRACT);
    assertThat(EmploymentTypeParser.detect("Marketing Intern", List.of(), List.of()))
        .contains(EmploymentType.INTERNSHIP);
    assertThat(EmploymentTypeParser.detect("Project Manager", List.of("BUILT RIGHT GENERAL CONTRACTORS"), List.of()))
        .isEmpty();
  }
}
