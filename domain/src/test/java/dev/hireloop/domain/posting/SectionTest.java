package dev.hireloop.domain.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SectionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Requirements                      | REQUIRED",
      "QUALIFICATIONS:                   | REQUIRED",
      "Minimum qualifications            | REQUIRED",
      "Basic Qualifications              | REQUIRED",
      "Must have                         | REQUIRED",
      "Must-haves                        | REQUIRED",
      "What you'll bring                 | REQUIRED",
      "What You’ll Bring                 | REQUIRED",
      "What we're looking for            | REQUIRED",
      "You have                          | REQUIRED",
      "Who you are                       | REQUIRED",
      "About you                         | REQUIRED",
      "What you need                     | REQUIRED",
      "You must have                     | REQUIRED",
      "Key skills (essential)            | REQUIRED",
      "Required skills and experience    | REQUIRED",
      "Skills                            | DETAIL",
      "Education                         | DETAIL",
      "Licenses & Certifications         | DETAIL",
      "Preferred                         | PREFERRED",
      "Preferred qualifications          | PREFERRED",
      "Nice to have                      | PREFERRED",
      "Nice-to-haves                     | PREFERRED",
      "Bonus                             | PREFERRED",
      "Bonus points                      | PREFERRED",
      "Pluses                            | PREFERRED",
      "It'd be great if you also have    | PREFERRED",
      "Desired qualifications            | PREFERRED",
      "Desirable                         | PREFERRED",
      "Responsibilities                  | RESPONSIBILITIES",
      "What you'll do                    | RESPONSIBILITIES",
      "The role                          | RESPONSIBILITIES",
      "About the role                    | RESPONSIBILITIES",
      "Duties                            | RESPONSIBILITIES",
      "Essential duties                  | RESPONSIBILITIES",
      "In this role you will             | RESPONSIBILITIES",
      "As a Home Health LPN you will     | RESPONSIBILITIES",
      "About us                          | COMPANY",
      "About Ledgerly                    | COMPANY",
      "Who we are                        | COMPANY",
      "The team                          | COMPANY",
      "Benefits                          | BENEFITS",
      "What we offer                     | BENEFITS",
      "Compensation                      | BENEFITS",
      "Schedule and pay                  | BENEFITS",
      "Why join us?                      | BENEFITS",
      "Equal opportunity employer        | BOILERPLATE",
      "How to apply                      | BOILERPLATE",
      "Job description                   | OTHER",
      "Position summary                  | OTHER"})
  void names_the_section_a_heading_opens(String heading, Section section) {
    assertThat(Section.classify(heading)).contains(section);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Senior Backend Engineer, Payments", "Licensed Practical Nurse (LPN) – Home Health",
      "Fernway · Toronto, ON or Remote (Canada) · Full-time", "Assignment details",
      "A heading far too long to be any of the usual section labels at all", ""})
  void names_no_section_for_a_title_or_an_unknown_heading(String heading) {
    assertThat(Section.classify(heading)).isEmpty();
  }
}
