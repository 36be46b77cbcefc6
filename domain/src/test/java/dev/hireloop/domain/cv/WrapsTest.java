package dev.hireloop.domain.cv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.skill.SkillTaxonomy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lines a narrow column wrapped are joined again; lines that merely end are left alone. */
final class WrapsTest {
  private static final CvParser PARSER = new CvParser(SkillTaxonomy.standard());
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
  private static final String PROSE = "Owned the settlement service and its on-call rota for three busy years";

  private static List<String> lines(String text) {
    return CvText.of(text).lines().stream().map(CvLine::text).toList();
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(delimiter = ';', value = {
      "Regional Sales Manager, Corvid Analytics (Feb 2022 –; Present)",
      "Lecturer in Biology, Harlow Institute 2021; – present",
      "Statens vegvesen | Site Engineer | 2011 –; 2014",
      "Assistant Accountant | Apr 2017 - Sep; 2020",
      "Backend Developer Intern — Maplewood Sep 2024 – Dec; 2024"})
  void a_date_range_that_runs_on_to_the_next_line_is_joined(String line, String next) {
    assertThat(lines(line + "\n" + next)).containsExactly(line + " " + next);
  }

  @Test
  void a_dash_that_ends_a_wrapped_range_is_not_taken_for_a_bullet() {
    ParsedCv cv = PARSER.parse("Jo Bloggs\nExperience\nLecturer in Biology, Harlow Institute 2021\n– present\n"
        + "Research Fellow, Wellspring Centre 2018 – 2021\n", TODAY);

    assertThat(cv.experience().value()).extracting(WorkExperience::title)
        .containsExactly("Lecturer in Biology", "Research Fellow");
    assertThat(cv.experience().value().get(0).isCurrent()).isTrue();
  }

  @Test
  void a_bracket_closed_on_a_short_next_line_is_joined() {
    assertThat(lines("Campus Ride Share — app with a Node.js backend (React Native,\nExpo)"))
        .containsExactly("Campus Ride Share — app with a Node.js backend (React Native, Expo)");
  }

  @Test
  void a_phone_number_cut_by_the_wrap_is_joined_and_read_whole() {
    assertThat(lines("chloe@example.net - +33 6 12 34\n56 78 - Lyon, France"))
        .containsExactly("chloe@example.net - +33 6 12 34 56 78 - Lyon, France");
    ParsedCv cv = PARSER.parse("Wen-Li Chang\nSeattle, WA · wenli@example.com · +1 206 555\n0111\n", TODAY);
    assertThat(cv.phone()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("+12065550111"));
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(delimiter = ';', value = {
      "Sales Representative, Meridian Software — Milwaukee,; WI (Jul 2014 – Apr 2016)",
      "E: ahmed@example.com T: +971 50 123 4567 Dubai, United; Arab Emirates",
      "Analyst, Foo Ltd — Leeds,; United Kingdom"})
  void a_place_cut_by_the_wrap_is_joined(String line, String next) {
    assertThat(lines(line + "\n" + next)).containsExactly(line + " " + next);
  }

  @Test
  void a_full_width_line_and_its_short_tail_are_one_line() {
    String text = "Nordbygg Entreprenør AS | Senior Project\nManager | 2019 – now\n"
        + "Delivered a NOK 1.2bn hospital extension\non schedule; led a team of 12 engineers\n"
        + "and site managers across two sites.\n";

    assertThat(lines(text)).startsWith("Nordbygg Entreprenør AS | Senior Project Manager | 2019 – now");
    ParsedCv cv = PARSER.parse("Henrik Nygaard\nCAREER HISTORY\n" + text, TODAY);
    assertThat(cv.experience().value()).singleElement().satisfies(job -> {
      assertThat(job.title()).isEqualTo("Senior Project Manager");
      assertThat(job.employer()).contains("Nordbygg Entreprenør AS");
      assertThat(job.start()).isEqualTo(YearMonth.of(2019, 1));
    });
  }

  @Test
  void a_one_line_header_of_cells_that_ran_on_is_joined() {
    String header = "Daniel Okonkwo-Reyes | Senior Backend Engineer | daniel@example.com | +1 (415) 555-0123 | San";
    ParsedCv cv = PARSER.parse(header + "\nFrancisco, CA | linkedin.com/in/danokreyes\n\nSUMMARY\n"
        + "Backend engineer with nine years of experience building payment and ledger systems in Java.\n", TODAY);

    assertThat(cv.location()).hasValueSatisfying(l -> assertThat(l.value()).isEqualTo("San Francisco, CA"));
  }

  @Test
  void short_lines_of_a_ragged_text_stay_apart() {
    String text = "Senior Engineer\nAcme Corp, Austin, TX\nJan 2019 – Present\n"
        + "• " + PROSE + ", and more besides that\nSkills\nJava, SQL\nDocker\n";

    assertThat(lines(text)).containsExactly("Senior Engineer", "Acme Corp, Austin, TX", "Jan 2019 – Present",
        PROSE + ", and more besides that", "Skills", "Java, SQL", "Docker", "");
  }

  @Test
  void a_complete_range_a_heading_or_a_bullet_is_never_joined() {
    assertThat(lines("Analyst, Foo Ltd 2016 – 2019\n2020 – 2021 Analyst, Bar Ltd"))
        .containsExactly("Analyst, Foo Ltd 2016 – 2019", "2020 – 2021 Analyst, Bar Ltd");
    assertThat(lines("Analyst, Foo Ltd (Feb 2022 –\nEducation")).hasSize(2);
    assertThat(lines("Worked with clients (mostly retail\n• Built a dashboard)")).hasSize(2);
  }

  @Test
  void the_wrap_width_needs_several_lines_that_reach_it() {
    List<Wraps.Cell> ragged = List.of(new Wraps.Cell("a".repeat(70), 0), new Wraps.Cell("b".repeat(20), 0),
        new Wraps.Cell("c".repeat(30), 0));
    List<Wraps.Cell> wrapped = List.of(new Wraps.Cell("a".repeat(70), 0), new Wraps.Cell("b".repeat(66), 0),
        new Wraps.Cell("c".repeat(68), 0));

    assertThat(Wraps.width(ragged, 1)).isZero();
    assertThat(Wraps.width(wrapped, 1)).isEqualTo(70);
  }
}
