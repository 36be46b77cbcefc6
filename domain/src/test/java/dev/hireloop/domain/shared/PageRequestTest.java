package dev.hireloop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.testing.Expect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PageRequestTest {

  @Test
  void first_starts_at_offset_zero() {
    assertThat(PageRequest.first(20)).isEqualTo(new PageRequest(0, 20));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 50, PageRequest.MAX_LIMIT})
  void accepts_limits_from_one_to_the_maximum(int limit) {
    assertThat(new PageRequest(0, limit).limit()).isEqualTo(limit);
  }

  @Test
  void the_maximum_limit_is_200() {
    assertThat(PageRequest.MAX_LIMIT).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, PageRequest.MAX_LIMIT + 1, Integer.MAX_VALUE})
  void rejects_limits_outside_the_bounds(int limit) {
    Expect.invalid("value.out-of-range", () -> new PageRequest(0, limit));
  }

  @Test
  void accepts_any_non_negative_offset() {
    assertThat(new PageRequest(Integer.MAX_VALUE, 10).offset()).isEqualTo(Integer.MAX_VALUE);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, Integer.MIN_VALUE})
  void rejects_a_negative_offset(int offset) {
    Expect.invalid("page.offset", () -> new PageRequest(offset, 10));
  }
}
