package dev.hireloop.domain.shared;

import static dev.hireloop.domain.testing.Fixtures.T0;
import static dev.hireloop.domain.testing.Fixtures.minutesAfterT0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.testing.Expect;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class IntervalTest {

  private static Interval minutes(long from, long to) {
    return new Interval(minutesAfterT0(from), minutesAfterT0(to));
  }

  @Test
  void is_built_from_a_start_and_a_length() {
    Interval interval = Interval.of(T0, Duration.ofMinutes(45));

    assertThat(interval.start()).isEqualTo(T0);
    assertThat(interval.end()).isEqualTo(minutesAfterT0(45));
    assertThat(interval.duration()).isEqualTo(Duration.ofMinutes(45));
  }

  @Test
  void rejects_an_empty_or_reversed_interval() {
    Expect.invalid("interval.empty", () -> new Interval(T0, T0));
    Expect.invalid("interval.empty", () -> minutes(30, 0));
    Expect.invalid("interval.empty", () -> Interval.of(T0, Duration.ofMinutes(-1)));
  }

  @Test
  void rejects_a_missing_start_or_end() {
    Expect.invalid("value.required", () -> new Interval(null, T0));
    Expect.invalid("value.required", () -> new Interval(T0, null));
  }

  @Test
  void accepts_the_shortest_possible_interval() {
    assertThat(new Interval(T0, T0.plusNanos(1)).duration()).isEqualTo(Duration.ofNanos(1));
  }

  @Test
  void overlaps_intervals_that_share_some_time() {
    Interval nine = minutes(0, 60);

    assertThat(nine.overlaps(minutes(30, 90))).isTrue();
    assertThat(nine.overlaps(minutes(-30, 1))).isTrue();
    assertThat(nine.overlaps(minutes(10, 20))).isTrue();
    assertThat(nine.overlaps(minutes(-10, 70))).isTrue();
    assertThat(nine.overlaps(nine)).isTrue();
  }

  @Test
  void back_to_back_intervals_do_not_overlap_because_the_end_is_excluded() {
    Interval nine = minutes(0, 60);

    assertThat(nine.overlaps(minutes(60, 120))).isFalse();
    assertThat(minutes(60, 120).overlaps(nine)).isFalse();
    assertThat(nine.overlaps(minutes(-60, 0))).isFalse();
    assertThat(nine.overlaps(minutes(200, 260))).isFalse();
  }

  @Test
  void contains_intervals_inside_it_including_its_own_bounds() {
    Interval day = minutes(0, 480);

    assertThat(day.contains(day)).isTrue();
    assertThat(day.contains(minutes(0, 45))).isTrue();
    assertThat(day.contains(minutes(435, 480))).isTrue();
    assertThat(day.contains(minutes(-1, 45))).isFalse();
    assertThat(day.contains(minutes(450, 481))).isFalse();
    assertThat(minutes(0, 45).contains(day)).isFalse();
  }
}
