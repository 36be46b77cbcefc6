package dev.hireloop.domain.cv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.skill.SkillTaxonomy;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class ContactsTest {
  private static final CvParser PARSER = new CvParser(SkillTaxonomy.standard());
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

  private static ParsedCv parse(String text) {
    return PARSER.parse(text, TODAY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Phone: +1 (415) 555-0123; +14155550123",
      "+44 20 7946 0958; +442079460958",
      "Tel. +44 (0) 20 7946 0958; +442079460958",
      "Mobile: (415) 555 0123; 4155550123",
      "0049 30 1234567; +49301234567",
      "415.555.0190; 4155550190",
      "☎ 07700 900456; 07700900456",
      "+4930123456; +4930123456"})
  void normalises_phone_numbers(String line, String expected) {
    assertThat(parse("Jane Doe\n" + line + "\n").phone()).hasValueSatisfying(phone -> {
      assertThat(phone.value()).isEqualTo(expected);
      assertThat(phone.confidence()).isGreaterThanOrEqualTo(0.8);
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2016 - 2019", "03/2020 – 11/2021", "01.03.2020 - 30.06.2021", "1998 2004",
      "Berlin 10115", "Class of 2015", "2019-2020 2021-2022"})
  void takes_no_date_or_year_for_a_phone(String line) {
    assertThat(parse("Jane Doe\n" + line + "\n").phone()).isEmpty();
  }

  @Test
  void a_referees_phone_further_down_is_not_the_candidates() {
    String cv = "Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer at Acme\n2019 – 2021\n- built things\n"
        + "- shipped more things with a very long description of the work\n\nREFERENCES\n"
        + "A. Smith, Director at Acme Corporation and long-time mentor of the candidate, on request 555 0100 123\n";

    assertThat(parse(cv).phone()).isEmpty();
  }

  @Test
  void reads_e_mail_with_full_confidence_from_a_mailto_link() {
    ParsedCv cv = parse("Jane Doe · [jane@example.com](mailto:Jane@Example.com)\n");

    assertThat(cv.email()).hasValueSatisfying(email -> {
      assertThat(email.value().value()).isEqualTo("jane@example.com");
    });
  }

  @Test
  void classifies_links_and_makes_scheme_less_ones_https() {
    ParsedCv cv = parse("Jane Doe\njane@janedoe.design | linkedin.com/in/jane-doe | github.com/janedoe | "
        + "janedoe.design | https://twitter.com/janedoe\n\nSKILLS\nNode.js, ASP.NET, Vue.js\n");

    assertThat(cv.links()).containsExactly(
        new CvLink(LinkKind.LINKEDIN, URI.create("https://linkedin.com/in/jane-doe")),
        new CvLink(LinkKind.GITHUB, URI.create("https://github.com/janedoe")),
        new CvLink(LinkKind.PORTFOLIO, URI.create("https://janedoe.design")),
        new CvLink(LinkKind.OTHER, URI.create("https://twitter.com/janedoe")));
  }

  @Test
  void a_company_page_on_linkedin_or_a_bare_github_is_not_a_profile_link() {
    ParsedCv cv = parse("Jane Doe\nhttps://www.linkedin.com/company/acme https://github.com/\n");

    assertThat(cv.links()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Jane Doe | jane@example.com | Austin, TX 78701 | +1 512 555 0100; Austin, TX",
      "Jane Doe\\nLocation: Berlin, Germany (open to relocation); Berlin, Germany",
      "Jane Doe\\nAddress: 12 Rue Oberkampf, 75011 Paris, France; Paris, France",
      "Jane Doe\\n1420 Elm Street, Columbus, OH 43215; Columbus, OH",
      "Jane Doe\\nLeeds, West Yorkshire, UK; Leeds, West Yorkshire, UK",
      "Jane Doe\\nBased in: Lisbon; Lisbon"})
  void reads_the_location_from_the_contact_zone(String header, String expected) {
    assertThat(parse(header.replace("\\n", "\n") + "\n").location()).hasValueSatisfying(location ->
        assertThat(location.value()).isEqualTo(expected));
  }

  @Test
  void an_employers_city_in_the_experience_is_not_the_candidates_location() {
    String cv = "Jane Doe\njane@example.com\n\nEXPERIENCE\nNurse, St. Mary's Hospital, Boston, MA\n2019 – 2021\n";

    assertThat(parse(cv).location()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "JANE DOE; Jane Doe",
      "Dr. Amara Okafor, PhD; Amara Okafor",
      "Grace Adeyemi, RN, BSN; Grace Adeyemi",
      "Luc van der Berg; Luc van der Berg",
      "# María José García-López; María José García-López",
      "Marcus T. Bell; Marcus T. Bell",
      "ANNE-MARIE O'NEIL | anne@example.com; Anne-Marie O'Neil",
      "王小明; 王小明",
      "김민준 | Software Engineer; 김민준"})
  void reads_the_name_from_the_top(String firstLine, String expected) {
    assertThat(parse(firstLine + "\nanne@example.com\n").fullName()).hasValueSatisfying(name -> {
      assertThat(name.value()).isEqualTo(expected);
      assertThat(name.confidence()).isLessThan(0.9);
    });
  }

  @Test
  void a_name_label_is_more_certain_than_a_name_inferred_from_position() {
    ParsedCv labelled = parse("Curriculum Vitae\nName: Priya Ramaswamy\n");
    ParsedCv positional = parse("Priya Ramaswamy\n");

    assertThat(labelled.fullName().orElseThrow().value()).isEqualTo("Priya Ramaswamy");
    assertThat(labelled.fullName().orElseThrow().confidence())
        .isGreaterThan(positional.fullName().orElseThrow().confidence());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"RESUME\nWORK EXPERIENCE\nSenior Software Engineer\n",
      "Senior Software Engineer\nProfessional Summary\n", "Curriculum Vitae\nSan Francisco, CA\n",
      "Java Python Kubernetes\n"})
  void takes_no_heading_job_title_or_place_for_a_name(String text) {
    assertThat(parse(text).fullName()).isEmpty();
  }

  @Test
  void reads_contact_fields_from_a_flattened_sidebar() {
    String cv = String.join("\n", List.of(
        "SAM PATEL",
        "CONTACT                         EXPERIENCE",
        "sam.patel@example.org           Backend Engineer, Acme Corp",
        "+1 312 555 0101                 Jan 2020 – Present",
        "Chicago, IL                     Built the billing service in Java.",
        "samp.dev                        Engineer, Foo Labs",
        "                                2017 – 2019"));

    ParsedCv parsed = parse(cv);

    assertThat(parsed.fullName().orElseThrow().value()).isEqualTo("Sam Patel");
    assertThat(parsed.email().orElseThrow().value().value()).isEqualTo("sam.patel@example.org");
    assertThat(parsed.phone().orElseThrow().value()).isEqualTo("+13125550101");
    assertThat(parsed.location().orElseThrow().value()).isEqualTo("Chicago, IL");
    assertThat(parsed.links()).extracting(CvLink::url).containsExactly(URI.create("https://samp.dev"));
    assertThat(parsed.experience().value()).extracting(WorkExperience::title)
        .containsExactly("Backend Engineer", "Engineer");
  }

  @Test
  void a_name_above_the_contact_block_after_a_flattened_sidebar_is_found() {
    ParsedCv cv = PARSER.parse("RESUME\nSKILLS\nForklift operation, Inventory management,\nWMS, Cycle counting\n\n"
        + "Marcus T. Bell\n1420 Elm Street, Columbus, OH 43215\nCell: 614.555.0190\nmarcus@example.com\n\n"
        + "CAREER HISTORY\nShift Lead, Riverside Freight\nJun 2014 - Dec 2018\n", LocalDate.of(2026, 11, 1));

    assertThat(cv.fullName()).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo("Marcus T. Bell"));
    assertThat(cv.location()).hasValueSatisfying(l -> assertThat(l.value()).isEqualTo("Columbus, OH"));
  }

  @Test
  void a_place_after_contact_data_whose_separators_were_lost_is_the_location() {
    ParsedCv cv = PARSER.parse("Ahmed Al-Mansouri\nMechanical Engineer\n"
        + "E: ahmed@example.com T: +971 50 123 4567 Dubai, United Arab Emirates\n", LocalDate.of(2026, 11, 1));

    assertThat(cv.location()).hasValueSatisfying(l -> assertThat(l.value()).isEqualTo("Dubai, United Arab Emirates"));
  }

  @Test
  void a_place_in_the_cell_beside_contact_data_is_the_location_under_any_side_heading() {
    ParsedCv cv = PARSER.parse("Ahmed Al-Mansouri\nMechanical Engineer\nSKILLS\nAutoCAD • Revit\n\n"
        + "E: ahmed@example.com\tT: +971 50 123 4567\tDubai, United Arab Emirates\nPROFESSIONAL EXPERIENCE\n"
        + "Mechanical Engineer\tAl Noor Engineering Consultants\tSep 2016 – May 2020\n", LocalDate.of(2026, 11, 1));

    assertThat(cv.location()).hasValueSatisfying(l -> assertThat(l.value()).isEqualTo("Dubai, United Arab Emirates"));
  }
}
