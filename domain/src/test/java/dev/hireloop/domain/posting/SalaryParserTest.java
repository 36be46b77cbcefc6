package dev.hireloop.domain.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.SalaryRange;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SalaryParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "$120,000 - $150,000                               | USD | 120000   | 150000   | YEAR",
      "$120k–$150k                                       | USD | 120000   | 150000   | YEAR",
      "$105K-$130K + bonus + truck allowance             | USD | 105000   | 130000   | YEAR",
      "$120-150k                                         | USD | 120000   | 150000   | YEAR",
      "£45,000 to £55,000 per annum                      | GBP | 45000    | 55000    | YEAR",
      "€60.000                                           | EUR | 60000    | 60000    | YEAR",
      "€85.000,50 per year                               | EUR | 85000.50 | 85000.50 | YEAR",
      "USD 90,000-110,000/yr                             | USD | 90000    | 110000   | YEAR",
      "90,000 - 110,000 USD a year                       | USD | 90000    | 110000   | YEAR",
      "45.000 € - 55.000 €                               | EUR | 45000    | 55000    | YEAR",
      "CA$85,000–CA$105,000 + options                    | CAD | 85000    | 105000   | YEAR",
      "Salary £55k–£68k depending on experience          | GBP | 55000    | 68000    | YEAR",
      "$25-$30 per hour                                  | USD | 25       | 30       | HOUR",
      "$30/hr                                            | USD | 30       | 30       | HOUR",
      "$20.50 – $24.00 an hour                           | USD | 20.50    | 24.00    | HOUR",
      "between $50 and $60 per hour                      | USD | 50       | 60       | HOUR",
      "Hourly rate: $42                                  | USD | 42       | 42       | HOUR",
      "Pay: $32                                          | USD | 32       | 32       | HOUR",
      "£550 - £625 per day                               | GBP | 550      | 625      | DAY",
      "$1,650-$1,900/week                                | USD | 1650     | 1900     | WEEK",
      "€3.500 per month                                  | EUR | 3500     | 3500     | MONTH",
      "Salary: 3,200 CHF                                 | CHF | 3200     | 3200     | MONTH",
      "up to $90,000                                     | USD | 90000    | 90000    | YEAR",
      "from $60k                                         | USD | 60000    | 60000    | YEAR",
      "$100K+                                            | USD | 100000   | 100000   | YEAR",
      "OTE $150,000 - $170,000 (50/50 base and commission) | USD | 150000 | 170000   | YEAR"})
  void reads_a_stated_pay(String text, String currency, String min, String max, PayPeriod period) {
    SalaryRange salary = SalaryParser.parse(text).orElseThrow();

    assertThat(salary.currency().getCurrencyCode()).isEqualTo(currency);
    assertThat(salary.min()).isEqualByComparingTo(min);
    assertThat(salary.max()).isEqualByComparingTo(max);
    assertThat(salary.period()).isEqualTo(period);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "401(k) with 4% match", "Founded in 2024 with a team of 50", "We are a $2B company",
      "We closed our $60M Series C",
      "a $10,000 sign-on bonus", "a $1,500 annual wellness budget", "$500 home office stipend",
      "tuition reimbursement up to $5,250 a year", "plus $6/hour night differential", "mileage at $0.67/mile",
      "We raised $30 million last year", "2,400-2,600 miles per week", "Processed more than €4B in payments",
      "Manage budgets of $1M+", "a housing stipend of $3,000 for the summer", "$250 in referral credits",
      "Bring $50 for the uniform", "USD", "Shift differential of $1.50/hour included",
      "a night premium of $2/hr"})
  void never_reads_bonuses_budgets_funding_or_numbers_without_a_currency_as_pay(String text) {
    assertThat(SalaryParser.parse(text)).isEmpty();
  }

  @Test
  void a_bonus_mentioned_first_does_not_hide_the_pay() {
    SalaryRange salary = SalaryParser.parse("A $10,000 sign-on bonus. Pay range: $38.50 - $52.75 per hour plus "
        + "$6/hour night differential.").orElseThrow();

    assertThat(salary.min()).isEqualByComparingTo("38.50");
    assertThat(salary.max()).isEqualByComparingTo("52.75");
    assertThat(salary.period()).isEqualTo(PayPeriod.HOUR);
  }

  @Test
  void a_stated_pay_beats_an_earlier_bare_amount() {
    SalaryRange salary = SalaryParser.find(List.of("Projects up to €500,000", "Salary €50,000 per year"))
        .orElseThrow();

    assertThat(salary.min()).isEqualByComparingTo("50000");
  }

  @Test
  void a_bare_annual_looking_amount_counts_when_nothing_better_is_stated() {
    SalaryRange salary = SalaryParser.parse("Routewise · Amsterdam · Hybrid · €75,000 - €95,000").orElseThrow();

    assertThat(salary.min()).isEqualByComparingTo("75000");
    assertThat(salary.period()).isEqualTo(PayPeriod.YEAR);
  }

  @Test
  void a_small_amount_without_a_period_or_pay_words_is_not_pay() {
    assertThat(SalaryParser.parse("Lunch is $12 at the canteen")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"85.000,50 | 85000.50", "85,000.50 | 85000.50", "85 000 | 85000",
      "38.50 | 38.50", "38,5 | 38.5", "100'000 | 100000"})
  void reads_either_decimal_convention(String digits, String plain) {
    assertThat(SalaryParser.plainNumber(digits.strip())).isEqualTo(plain);
  }
}
