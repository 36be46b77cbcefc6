package dev.hireloop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.testing.Expect;
import org.junit.jupiter.api.Test;

final class VersionTest {

  @Test
  void starts_at_zero_meaning_never_stored() {
    assertThat(Version.initial().value()).isZero();
    assertThat(Version.initial().isInitial()).isTrue();
  }

  @Test
  void next_adds_one_and_is_no_longer_initial() {
    Version first = Version.initial().next();

    assertThat(first).isEqualTo(new Version(1));
    assertThat(first.isInitial()).isFalse();
    assertThat(first.next()).isEqualTo(new Version(2));
  }

  @Test
  void rejects_a_negative_version() {
    Expect.invalid("version.negative", () -> new Version(-1));
  }

  @Test
  void refuses_to_wrap_around_past_the_largest_version() {
    Expect.invalid("version.negative", () -> new Version(Long.MAX_VALUE).next());
  }
}
