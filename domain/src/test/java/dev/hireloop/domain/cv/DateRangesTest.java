package dev.hireloop.domain.cv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class DateRangesTest {
  private final DateRanges dates = new DateRanges(true);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Jan 2019 – Present; 2019-01; ",
      "January 2019 - Current; 2019-01; ",
      "2016-2019; 2016-01; 2019-12",
      "2016 – now; 2016-01; ",
      "03/2020 – 11/2021; 2020-03; 2021-11",
      "2020.03 – 2021.01; 2020-03; 2021-01",
      "2020.03 - present; 2020-03; ",
      "Mar. 2018 to Feb 2020; 2018-03; 2020-02",
      "Sept 2017 – June 2019; 2017-09; 2019-06",
      "01/04/2021 - 30/09/2025; 2021-04; 2025-09",
      "2019-03 — 2020-11; 2019-03; 2020-11",
      "Jun – Aug 2022; 2022-06; 2022-08",
      "Since 2020; 2020-01; ",
      "Summer 2022; 2022-06; 2022-08",
      "Acme Corp | Berlin | 03/2020 – 11/2021; 2020-03; 2021-11",
      "(May 2016 – Dec 2018); 2016-05; 2018-12",
      "2014 to date; 2014-01; ",
      "Feb 2022 – Present · 4 yrs 9 mos; 2022-02; "})
  void reads_the_ranges_cvs_use(String line, String from, String to) {
    Optional<DateRanges.Found> found = dates.find(line);

    assertThat(found).hasValueSatisfying(range -> {
      assertThat(range.from()).isEqualTo(YearMonth.parse(from));
      assertThat(range.to()).isEqualTo(Optional.ofNullable(to).map(YearMonth::parse));
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"+1 (415) 555-0123", "Reduced costs by 20% in 18 months", "2019", "Class of 2015",
      "ISO 9001 auditor", "2020 – 2017", "13/2020 – 14/2021", "Version 3.11 - 4.2", "1234567890"})
  void finds_no_range_in_numbers_that_are_not_one(String line) {
    assertThat(dates.find(line)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {"01/03/2020 - 30/06/2021; true", "03/25/2020 - 06/30/2021; false",
      "01/03/2020 - 01/06/2021; true"})
  void tells_day_first_from_month_first_dates_by_the_document(String text, boolean dayFirst) {
    assertThat(DateRanges.dayFirstIn(text)).isEqualTo(dayFirst);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {"03/25/2020 - 06/30/2021; 2020-03; 2021-06"})
  void reads_us_full_dates_month_first(String line, String from, String to) {
    assertThat(new DateRanges(false).find(line)).hasValueSatisfying(range -> {
      assertThat(range.from()).isEqualTo(YearMonth.parse(from));
      assertThat(range.to()).contains(YearMonth.parse(to));
    });
  }
}
