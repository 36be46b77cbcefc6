package dev.hireloop.adapter.in.http;

import dev.hireloop.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh server per test on {@link SchedulingFixture}'s clock (Monday 2030-01-07 08:00 UTC), stopped after. */
abstract class SchedulingApiTest {
  MutableClock clock;
  TestApi api;

  @BeforeEach
  void startApi() {
    clock = SchedulingFixture.clock();
    api = SchedulingFixture.start(clock);
  }

  @AfterEach
  void stopApi() {
    api.close();
  }
}
