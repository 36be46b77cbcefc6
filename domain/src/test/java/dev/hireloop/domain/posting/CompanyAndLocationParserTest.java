package dev.hireloop.domain.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class CompanyAndLocationParserTest {

  private static List<Block> blocks(String text) {
    return PlainTextPostingReader.read(text).blocks();
  }

  @Test
  void a_company_line_names_the_company() {
    assertThat(CompanyParser.detect("Electrician", blocks("Company: Keystone Electric Co.\nLocation: Denver, CO")))
        .contains("Keystone Electric Co.");
  }

  @Test
  void an_equal_opportunity_statement_names_the_company() {
    assertThat(CompanyParser.detect("Nurse", blocks("Pay is good. St. Brendan's Regional Medical Center is an Equal "
        + "Opportunity Employer."))).contains("St. Brendan's Regional Medical Center");
    assertThat(CompanyParser.detect("AE", blocks("Brightwave provides equal employment opportunities to all.")))
        .contains("Brightwave");
  }

  @Test
  void an_about_heading_or_an_at_we_sentence_names_the_company() {
    assertThat(CompanyParser.detect("Engineer", blocks("## About Ledgerly\n\nWe move money."))).contains("Ledgerly");
    assertThat(CompanyParser.detect("Engineer", blocks("At Orchard Labs, we build search."))).contains("Orchard Labs");
    assertThat(CompanyParser.detect("Product Designer at Cobalt", List.of())).contains("Cobalt");
  }

  @Test
  void a_longer_form_of_the_first_name_found_wins() {
    assertThat(CompanyParser.detect("Intern", blocks("## About Halvorsen Industrial\n\nWe make pumps.\n\n"
        + "Halvorsen is an equal opportunity employer."))).contains("Halvorsen Industrial");
  }

  @Test
  void vague_text_gives_no_company() {
    assertThat(CompanyParser.detect("Engineer", blocks("## About us\n\nWe are a fintech. We're an equal opportunity "
        + "employer.\n\n## About the role\n\nAt our company, we ship."))).isEmpty();
  }

  @Test
  void locations_come_from_location_lines_without_the_workplace_note() {
    assertThat(LocationParser.detect(List.of("Location: Berlin, Germany (hybrid, 2 days a week in the office)")))
        .containsExactly("Berlin, Germany");
    assertThat(LocationParser.detect(List.of("Location: Charlotte, NC - On-site"))).containsExactly("Charlotte, NC");
    assertThat(LocationParser.detect(List.of("Locations: London; Manchester | Leeds or Remote (must reside in AZ, "
        + "NM or TX)"))).containsExactly("London", "Manchester", "Leeds", "Remote (must reside in AZ, NM or TX)");
    assertThat(LocationParser.detect(List.of("We are located in Denver."))).isEmpty();
  }
}
