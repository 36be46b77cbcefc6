package dev.hireloop.domain.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.job.RemotePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class RemotePolicyParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "This is a fully remote role                                        | REMOTE",
      "Remote (US)                                                        | REMOTE",
      "You can work from home anywhere in Canada                          | REMOTE",
      "100% remote                                                        | REMOTE",
      "Remote with occasional on-site visits to Leeds                     | REMOTE",
      "Hybrid                                                             | HYBRID",
      "Berlin (hybrid, 2 days a week in the office)                       | HYBRID",
      "3 days/week in our Flatiron office                                 | HYBRID",
      "Austin, TX — Tuesday through Thursday in office                    | HYBRID",
      "On-site in Austin                                                  | ON_SITE",
      "This role is based in our office                                   | ON_SITE",
      "Chicago, IL (in office 5 days a week)                              | ON_SITE",
      "This position is not eligible for remote work                      | ON_SITE",
      "We are a remote-first company, but this role is on-site in Austin  | ON_SITE",
      "We are a remote-first company                                      | REMOTE"})
  void reads_where_the_work_happens(String text, RemotePolicy policy) {
    assertThat(RemotePolicyParser.detect(text)).contains(policy);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Free on-site parking and an on-site gym", "Experience with remote patient monitoring",
      "On-site interviews in March", "We build great software", ""})
  void finds_no_policy_where_none_is_stated(String text) {
    assertThat(RemotePolicyParser.detect(text)).isEmpty();
  }

  @Test
  void the_title_and_a_location_line_outweigh_company_culture() {
    assertThat(RemotePolicyParser.detect("Account Executive (Remote - US)", List.of("Our office is in Denver."),
        List.of())).contains(RemotePolicy.REMOTE);
    assertThat(RemotePolicyParser.detect("SOC Analyst", List.of("Location: Charlotte, NC - On-site",
        "Our team is remote-friendly."), List.of())).contains(RemotePolicy.ON_SITE);
  }

  @Test
  void benefits_text_weighs_less_than_the_job_text() {
    assertThat(RemotePolicyParser.detect("Nurse", List.of("This is an on-site role."),
        List.of("Work from home on Fridays", "Remote-friendly culture"))).contains(RemotePolicy.ON_SITE);
  }

  @Test
  void a_tie_is_not_sold_as_remote() {
    assertThat(RemotePolicyParser.detect("Engineer", List.of("Remote.", "On-site."), List.of()))
        .contains(RemotePolicy.ON_SITE);
  }
}
