package dev.hireloop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.testing.Expect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class CheckTest {

  @Test
  void not_null_returns_the_value_and_names_a_missing_field() {
    assertThat(Check.notNull("x", "title")).isEqualTo("x");

    InvalidValueException e = Expect.invalid("value.required", () -> Check.notNull(null, "title"));
    assertThat(e.getMessage()).contains("title");
  }

  @Test
  void text_is_stripped_of_surrounding_whitespace() {
    assertThat(Check.text("  Backend engineer \n", "title", 200)).isEqualTo("Backend engineer");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t", "\n \r\n", "\u2003"})
  void text_rejects_blank_values(String blank) {
    InvalidValueException e = Expect.invalid("value.blank", () -> Check.text(blank, "title", 200));
    assertThat(e.getMessage()).contains("title");
  }

  @Test
  void text_rejects_null() {
    Expect.invalid("value.required", () -> Check.text(null, "title", 200));
  }

  @Test
  void text_accepts_exactly_the_maximum_length_and_rejects_one_more() {
    assertThat(Check.text("a".repeat(10), "title", 10)).hasSize(10);

    InvalidValueException e = Expect.invalid("value.too-long", () -> Check.text("a".repeat(11), "title", 10));
    assertThat(e.getMessage()).contains("title").contains("10");
  }

  @Test
  void text_measures_the_length_after_stripping() {
    assertThat(Check.text("  abc  ", "code", 3)).isEqualTo("abc");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u0008b"})
  void text_rejects_control_characters(String withControl) {
    Expect.invalid("value.control-character", () -> Check.text(withControl, "title", 200));
  }

  @Test
  void text_keeps_tabs_and_line_breaks_inside_the_value() {
    assertThat(Check.text("line one\r\nline\ttwo\nthree", "description", 200))
        .isEqualTo("line one\r\nline\ttwo\nthree");
  }

  @Test
  void bounded_allows_an_empty_value_but_not_a_long_one_or_control_characters() {
    assertThat(Check.bounded("", "description", 5)).isEmpty();
    Expect.invalid("value.too-long", () -> Check.bounded("abcdef", "description", 5));
    Expect.invalid("value.control-character", () -> Check.bounded("a\u0000", "description", 5));
    Expect.invalid("value.required", () -> Check.bounded(null, "description", 5));
  }

  @Test
  void optional_text_treats_blank_as_absent_and_strips_what_is_present() {
    assertThat(Check.optionalText(Optional.empty(), "company", 10)).isEmpty();
    assertThat(Check.optionalText(Optional.of("   "), "company", 10)).isEmpty();
    assertThat(Check.optionalText(Optional.of("  Acme "), "company", 10)).contains("Acme");
  }

  @Test
  void optional_text_bounds_the_length_and_rejects_control_characters() {
    assertThat(Check.optionalText(Optional.of("a".repeat(10)), "company", 10)).contains("a".repeat(10));
    Expect.invalid("value.too-long", () -> Check.optionalText(Optional.of("a".repeat(11)), "company", 10));
    Expect.invalid("value.control-character", () -> Check.optionalText(Optional.of("Ac\u0000me"), "company", 10));
  }

  @Test
  void range_accepts_both_bounds_and_rejects_values_outside() {
    assertThat(Check.range(1, "score", 1, 5)).isEqualTo(1);
    assertThat(Check.range(5, "score", 1, 5)).isEqualTo(5);
    InvalidValueException e = Expect.invalid("value.out-of-range", () -> Check.range(0, "score", 1, 5));
    assertThat(e.getMessage()).contains("score").contains("1").contains("5");
    Expect.invalid("value.out-of-range", () -> Check.range(6, "score", 1, 5));
  }

  @Test
  void list_copies_the_callers_list_into_an_unmodifiable_one() {
    List<String> mine = new ArrayList<>(List.of("a", "b"));

    List<String> checked = Check.list(mine, "tags", 5);
    mine.add("c");

    assertThat(checked).containsExactly("a", "b");
    assertThatThrownBy(() -> checked.add("d")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void list_rejects_null_elements_too_many_elements_and_a_missing_list() {
    Expect.invalid("value.required", () -> Check.list(Arrays.asList("a", null), "tags", 5));
    Expect.invalid("value.too-many", () -> Check.list(List.of("a", "b", "c"), "tags", 2));
    Expect.invalid("value.required", () -> Check.list(null, "tags", 2));
    assertThat(Check.list(List.of("a", "b"), "tags", 2)).hasSize(2);
  }
}
