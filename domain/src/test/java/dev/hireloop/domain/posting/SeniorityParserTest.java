package dev.hireloop.domain.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SeniorityParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Software Engineering Intern          | INTERN",
      "Summer Analyst Intern                | INTERN",
      "Junior Developer                     | JUNIOR",
      "Jr. Data Analyst                     | JUNIOR",
      "Software Engineer I                  | JUNIOR",
      "SOC ANALYST II                       | MID",
      "Product Designer (Mid-level)         | MID",
      "Journeyman Electrician               | MID",
      "Senior Backend Engineer              | SENIOR",
      "Sr. Accountant                       | SENIOR",
      "Software Engineer III                | SENIOR",
      "Master Electrician                   | SENIOR",
      "Mid-Senior Product Manager           | SENIOR",
      "Staff Software Engineer              | PRINCIPAL",
      "Principal Data Scientist             | PRINCIPAL",
      "Tech Lead, Payments                  | LEAD",
      "Warehouse Shift Supervisor           | LEAD",
      "Engineering Manager                  | MANAGER",
      "Senior Manager, Finance              | MANAGER",
      "Growth Marketing Manager             | MANAGER",
      "Director of Nursing                  | DIRECTOR",
      "Head of Data                         | DIRECTOR",
      "VP of Sales                          | EXECUTIVE",
      "Chief Technology Officer             | EXECUTIVE",
      "Graduate Software Engineer           | ENTRY",
      "Apprentice Electrician               | ENTRY",
      "Product Manager                      | UNSPECIFIED",
      "Senior Product Manager               | SENIOR",
      "Staff Nurse                          | UNSPECIFIED",
      "Staff Accountant                     | UNSPECIFIED",
      "Lead Generation Specialist           | UNSPECIFIED",
      "Account Executive, Mid-Market        | UNSPECIFIED",
      "Scrum Master                         | UNSPECIFIED",
      "Registered Nurse                     | UNSPECIFIED",
      "Mathematics Teacher (Algebra II)     | UNSPECIFIED"})
  void reads_the_level_from_the_title(String title, Seniority level) {
    assertThat(SeniorityParser.detect(title, List.of())).isEqualTo(level);
  }

  @Test
  void of_title_reads_a_title_alone_as_matching_does_for_cv_titles() {
    assertThat(SeniorityParser.ofTitle("Sr. Backend Developer")).isEqualTo(Seniority.SENIOR);
    assertThat(SeniorityParser.ofTitle("Backend Developer")).isEqualTo(Seniority.UNSPECIFIED);
  }

  @Test
  void reads_an_explicit_level_from_the_text_when_the_title_has_none() {
    assertThat(SeniorityParser.detect("Data Analyst", List.of("This is an entry-level role.")))
        .isEqualTo(Seniority.ENTRY);
    assertThat(SeniorityParser.detect("Data Analyst", List.of("A senior-level role."))).isEqualTo(Seniority.SENIOR);
    assertThat(SeniorityParser.detect("Nurse", List.of("New grads are welcome to apply."))).isEqualTo(Seniority.ENTRY);
    assertThat(SeniorityParser.detect("Senior Nurse", List.of("entry-level pay"))).isEqualTo(Seniority.SENIOR);
    assertThat(SeniorityParser.detect("Nurse", List.of("Selling to mid-market clinics.")))
        .isEqualTo(Seniority.UNSPECIFIED);
  }
}
