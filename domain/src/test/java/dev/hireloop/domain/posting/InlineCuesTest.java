package dev.hireloop.domain.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class InlineCuesTest {

  /** Which of the named skills (separated by "/") in {@code text} are preferred. */
  private static Map<String, Boolean> softened(String text, String skills) {
    List<Span> mentions = new ArrayList<>();
    for (String skill : skills.split("/")) {
      int at = text.indexOf(skill);
      assertThat(at).as(skill).isNotNegative();
      mentions.add(new Span(at, at + skill.length()));
    }
    List<Span> preferred = InlineCues.preferredSpans(text, mentions);
    Map<String, Boolean> out = new TreeMap<>();
    for (Span mention : mentions) {
      out.put(mention.of(text), InlineCues.covers(preferred, mention.start()));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Kubernetes is a plus                                      | Kubernetes                 | Kubernetes",
      "Experience with AWS, GCP, or Azure is a plus              | AWS/GCP/Azure              | AWS/GCP/Azure",
      "Familiarity with AWS, GCP or Azure is a big plus          | AWS/GCP/Azure              | AWS/GCP/Azure",
      "Python required, Go a plus                                | Python/Go                  | Go",
      "Knowledge of Java, Kotlin a plus                          | Java/Kotlin                | Kotlin",
      "Strong SQL skills, Tableau experience a plus              | SQL/Tableau                | Tableau",
      "Solid experience with relational databases, ideally PostgreSQL | PostgreSQL            | PostgreSQL",
      "Experience with an ERP system; NetSuite preferred         | ERP/NetSuite               | NetSuite",
      "OSHA 10 card (OSHA 30 preferred)                          | OSHA 10/OSHA 30            | OSHA 30",
      "Experience with Epic (preferred)                          | Epic                       | Epic",
      "Nice to have: Rust, Go                                    | Rust/Go                    | Rust/Go",
      "Preferred: Terraform                                      | Terraform                  | Terraform",
      "SHRM-CP or PHR certification preferred                    | SHRM-CP/PHR                | SHRM-CP/PHR",
      "Familiarity with Docker is a plus, and Helm would be a bonus | Docker/Helm             | Docker/Helm",
      "SQL and Tableau; dbt experience is a plus                 | SQL/Tableau/dbt            | dbt",
      "BLS required, ACLS desirable                              | BLS/ACLS                   | ACLS",
      "Java; Kotlin is an advantage                              | Java/Kotlin                | Kotlin",
      "Bonus points for Kafka                                    | Kafka                      | Kafka",
      "Spanish is a bonus                                        | Spanish                    | Spanish",
      "HAZMAT is a plus but not required, and TWIC is also a plus | HAZMAT/TWIC               | HAZMAT/TWIC",
      "5+ years of Java plus experience with AWS                 | Java/AWS                   | ''",
      "A bachelor's degree is preferred. Java is required.       | Java                       | ''",
      "Strong Excel skills                                       | Excel                      | ''"})
  void softens_what_a_cue_covers_and_nothing_else(String text, String skills, String preferred) {
    Map<String, Boolean> expected = new TreeMap<>();
    for (String skill : skills.split("/")) {
      expected.put(skill, List.of(preferred.split("/")).contains(skill));
    }

    assertThat(softened(text, skills)).isEqualTo(expected);
  }
}
