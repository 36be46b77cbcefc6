package dev.hireloop.domain.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class ExperienceParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "5+ years of experience building backend systems                  | 5",
      "At least 3 years of professional experience                      | 3",
      "Minimum of 2 years' experience in a hospital                     | 2",
      "3-5 years of frontend development experience                     | 3",
      "3 to 5 years experience                                          | 3",
      "Five years of experience in accounting                           | 5",
      "five (5) years of progressive experience                         | 5",
      "Experience: 4 years                                              | 4",
      "2+ yrs exp with SQL                                              | 2",
      "4+ years building backend services                               | 4",
      "3+ years in a B2B sales role                                     | 3",
      "12 months of verifiable tractor-trailer experience               | 1",
      "BS + 5 years or MS + 3                                           | 3",
      "BS in Computer Science + 5 years of industry experience, or MS + 3 | 3",
      "5 years of experience (or 3 years with a master's degree)        | 3",
      "5+ years of experience, including 2+ years with Kubernetes       | 5",
      "3+ years of Python experience and 2+ years of AWS experience     | 3",
      "We are looking for 6 years of experience                         | 6",
      "Minimum 2 years of experience; 5 years preferred                 | 2",
      "2+ years of acute care                                           | 2",
      "3+ years of B2B SaaS sales                                       | 3"})
  void reads_the_minimum_years_of_experience(String text, int years) {
    assertThat(ExperienceParser.minimumYears(text)).contains(years);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Founded 20 years ago", "We offer 2 years of free training", "You must be at least 23 years old",
      "We have been in business for 31 years", "Hearthside has been caring for families for 22 years",
      "Obtain the certificate within 2 years of hire", "No more than 2 moving violations in the past 3 years",
      "2025-2026 school year", "A 4-day week in August", "Our 10 years in the market", "Renewal every 3 years",
      "1+ years of clinical experience preferred", "6-month contract", "25+ years of history",
      "a 5+ year of age requirement", "We've been profitable for three years"})
  void ignores_years_that_are_not_a_required_experience(String text) {
    assertThat(ExperienceParser.minimumYears(text)).isEmpty();
  }

  @Test
  void separate_texts_count_as_separate_requirements() {
    assertThat(ExperienceParser.minimumYears(List.of("3 years of experience", "5 years of leadership experience")))
        .contains(5);
  }

  @Test
  void nothing_stated_is_empty() {
    assertThat(ExperienceParser.minimumYears(List.of())).isEmpty();
    assertThat(ExperienceParser.minimumYears("Experience with Kubernetes")).isEmpty();
  }
}
