package dev.hireloop.domain.testing;

import dev.hireloop.domain.shared.RecruiterId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Fixed instants and ids for domain tests: every test reads the same clock, nothing is random. */
public final class Fixtures {
  /** Monday 10 March 2025, 09:00 UTC. */
  public static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
  public static final RecruiterId RECRUITER = new RecruiterId(uuid(1));
  public static final RecruiterId OTHER_RECRUITER = new RecruiterId(uuid(2));

  private Fixtures() {}

  /** A readable, deterministic UUID: {@code 00000000-0000-0000-0000-00000000000n}. */
  public static UUID uuid(long n) {
    return new UUID(0L, n);
  }

  public static Instant minutesAfterT0(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  public static Instant daysAfterT0(long days) {
    return T0.plus(Duration.ofDays(days));
  }
}
