package dev.hireloop.domain.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.testing.Expect;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SalaryRangeTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void is_parsed_from_text() {
    SalaryRange range = SalaryRange.of("EUR", "55000", "70000.50", PayPeriod.YEAR);

    assertThat(range.currency()).isEqualTo(EUR);
    assertThat(range.min()).isEqualByComparingTo("55000");
    assertThat(range.max()).isEqualByComparingTo("70000.50");
    assertThat(range.period()).isEqualTo(PayPeriod.YEAR);
  }

  @Test
  void a_single_figure_is_a_range_with_equal_bounds() {
    assertThat(SalaryRange.of("GBP", "40", "40", PayPeriod.HOUR).max()).isEqualByComparingTo("40");
  }

  @Test
  void accepts_zero_and_the_ceiling() {
    SalaryRange range = SalaryRange.of("USD", "0", "1000000000", PayPeriod.YEAR);

    assertThat(range.min()).isZero();
    assertThat(range.max()).isEqualByComparingTo("1000000000");
  }

  @Test
  void rejects_a_minimum_above_the_maximum() {
    Expect.invalid("salary.min-above-max", () -> SalaryRange.of("EUR", "70000", "55000", PayPeriod.YEAR));
    Expect.invalid("salary.min-above-max", () -> SalaryRange.of("EUR", "10.01", "10.00", PayPeriod.HOUR));
  }

  @ParameterizedTest
  @CsvSource({"-1, 100", "-0.01, 0", "0, -5", "0, 1000000000.01", "0, 1e10"})
  void rejects_negative_or_absurdly_large_amounts(String min, String max) {
    Expect.invalid("salary.out-of-range", () -> SalaryRange.of("EUR", min, max, PayPeriod.YEAR));
  }

  @Test
  void rejects_more_than_two_decimals() {
    Expect.invalid("salary.precision", () -> SalaryRange.of("EUR", "10.001", "20", PayPeriod.HOUR));
    Expect.invalid("salary.precision", () -> SalaryRange.of("EUR", "10", "20.125", PayPeriod.HOUR));
    assertThat(SalaryRange.of("EUR", "10.5", "20.25", PayPeriod.HOUR).max()).isEqualByComparingTo("20.25");
  }

  @ParameterizedTest
  @ValueSource(strings = {"XXY", "eur", "EURO", "", "€"})
  void rejects_a_currency_that_is_not_an_iso_4217_code(String currency) {
    Expect.invalid("salary.invalid", () -> SalaryRange.of(currency, "1", "2", PayPeriod.MONTH));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "1,000", "12k", "NaN"})
  void rejects_an_amount_that_is_not_a_number(String amount) {
    Expect.invalid("salary.invalid", () -> SalaryRange.of("EUR", amount, "2000", PayPeriod.MONTH));
  }

  @Test
  void rejects_missing_parts_as_invalid_input_whichever_way_it_is_built() {
    Expect.invalid("value.required", () -> new SalaryRange(null, BigDecimal.ONE, BigDecimal.TEN, PayPeriod.DAY));
    Expect.invalid("value.required", () -> new SalaryRange(EUR, null, BigDecimal.TEN, PayPeriod.DAY));
    Expect.invalid("value.required", () -> new SalaryRange(EUR, BigDecimal.ONE, null, PayPeriod.DAY));
    Expect.invalid("value.required", () -> new SalaryRange(EUR, BigDecimal.ONE, BigDecimal.TEN, null));
    Expect.invalid("value.required", () -> SalaryRange.of(null, "1", "2", PayPeriod.DAY));
    Expect.invalid("value.required", () -> SalaryRange.of("EUR", null, "2", PayPeriod.DAY));
    Expect.invalid("value.required", () -> SalaryRange.of("EUR", "1", null, PayPeriod.DAY));
  }
}
