package dev.hireloop.domain.job;

public enum PayPeriod {
  HOUR,
  DAY,
  WEEK,
  MONTH,
  YEAR
}
