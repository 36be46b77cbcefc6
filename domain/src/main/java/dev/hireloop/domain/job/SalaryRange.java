package dev.hireloop.domain.job;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.util.Currency;

/** A stated pay range: ISO 4217 currency, minimum ≤ maximum, both non-negative, and the period they are per. */
public record SalaryRange(Currency currency, BigDecimal min, BigDecimal max, PayPeriod period) {
  private static final BigDecimal CEILING = new BigDecimal("1000000000");

  public SalaryRange {
    Check.notNull(currency, "salary.currency");
    Check.notNull(min, "salary.min");
    Check.notNull(max, "salary.max");
    Check.notNull(period, "salary.period");
    if (min.signum() < 0 || max.signum() < 0 || max.compareTo(CEILING) > 0) {
      throw new InvalidValueException("salary.out-of-range", "salary must be between 0 and 1,000,000,000");
    }
    if (min.compareTo(max) > 0) {
      throw new InvalidValueException("salary.min-above-max", "salary.min must not exceed salary.max");
    }
    if (min.scale() > 2 || max.scale() > 2) {
      throw new InvalidValueException("salary.precision", "salary has at most two decimals");
    }
  }

  public static SalaryRange of(String currency, String min, String max, PayPeriod period) {
    // checked here too: Currency and BigDecimal would throw NullPointerException, which is not bad input's error
    Check.notNull(currency, "salary.currency");
    Check.notNull(min, "salary.min");
    Check.notNull(max, "salary.max");
    try {
      return new SalaryRange(Currency.getInstance(currency), new BigDecimal(min), new BigDecimal(max), period);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("salary.invalid", "salary currency or amount is not valid", e);
    }
  }
}
