package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.SalaryRange;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.util.Currency;

/** A pay range: ISO 4217 {@code currency}, {@code min} ≤ {@code max}, per {@code period} (hour … year). */
record SalaryBody(String currency, BigDecimal min, BigDecimal max, String period) {
  SalaryRange toDomain() {
    Check.notNull(currency, "salary.currency");
    Currency parsed;
    try {
      parsed = Currency.getInstance(currency.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("salary.currency-invalid", "salary.currency must be an ISO 4217 code", e);
    }
    return new SalaryRange(parsed, Check.notNull(min, "salary.min"), Check.notNull(max, "salary.max"),
        WireEnums.fromWire(PayPeriod.class, period, "salary.period"));
  }

  static SalaryBody from(SalaryRange range) {
    return new SalaryBody(range.currency().getCurrencyCode(), range.min(), range.max(),
        WireEnums.toWire(range.period()));
  }
}
