package dev.hireloop.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PlacesAndTitleWordsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Senior Backend Engineer – Payments        | backend engineer / payments",
      "Sr. Back-End Developer (Java/Kotlin)      | backend engineer",
      "Full Stack Software Engineer II           | fullstack software engineer",
      "SWE, Machine Learning                     | software engineer / ml",
      "Lead Registered Nurse (m/w/d)             | registered nurse",
      "Head of Data                              | data",
      "Engineering Manager                       | engineering manager"})
  void a_title_keeps_its_role_words_by_segment(String title, String words) {
    List<String> segments = TitleWords.of(title).segments().stream().map(s -> String.join(" ", s)).toList();

    assertThat(String.join(" / ", segments)).isEqualTo(words);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Austin, TX                   | austin > texas > united states",
      "Portland, OR, USA            | portland > oregon > united states",
      "NYC                          | new york",
      "Greater London Area          | london",
      "München, Deutschland         | munich > germany",
      "Manchester, England          | manchester > england > united kingdom",
      "Berlin, DE                   | berlin > germany",
      "Toronto, ON                  | toronto > ontario > canada",
      "Berlin (hybrid) or Remote    | berlin",
      "Remote                       | ''"})
  void a_location_reads_as_places_from_the_most_to_the_least_specific(String location, String places) {
    List<String> read = Places.of(location).stream().map(p -> String.join(" > ", p)).toList();

    assertThat(String.join(" ; ", read)).isEqualTo(places);
  }

  @Test
  void several_places_are_split() {
    assertThat(Places.of("Berlin; Munich, Germany | London, UK")).containsExactly(List.of("berlin"),
        List.of("munich", "germany"), List.of("london", "united kingdom"));
  }
}
