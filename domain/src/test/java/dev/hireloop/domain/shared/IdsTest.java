package dev.hireloop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.testing.Expect;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class IdsTest {

  private static final String CANONICAL = "123e4567-e89b-12d3-a456-426614174000";

  @Test
  void parses_the_canonical_form() {
    assertThat(Ids.parse(CANONICAL, "jobId")).isEqualTo(UUID.fromString(CANONICAL));
  }

  @Test
  void accepts_upper_case_and_surrounding_whitespace() {
    assertThat(Ids.parse("  123E4567-E89B-12D3-A456-426614174000 ", "jobId")).isEqualTo(UUID.fromString(CANONICAL));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "   ",
      "not-an-id",
      "123e4567-e89b-12d3-a456-42661417400",
      "123e4567-e89b-12d3-a456-4266141740000",
      "123e4567-e89b-12d3-a456-42661417400g",
      "123e4567e89b12d3a456426614174000",
      "{123e4567-e89b-12d3-a456-426614174000}",
      // UUID.fromString accepts these, but they are not the id they seem to be
      "+23e4567-e89b-12d3-a456-426614174000",
      "1-1-1-1-0000000000000000000000000001",
      "123e4567-e89b-12d3-a4564-26614174000",
      "123e4567-e89b-12d3-a456-+26614174000"})
  void rejects_anything_but_the_canonical_form(String raw) {
    InvalidValueException e = Expect.invalid("id.invalid", () -> Ids.parse(raw, "jobId"));
    assertThat(e.getMessage()).startsWith("jobId");
  }

  @Test
  void rejects_a_missing_id() {
    Expect.invalid("value.required", () -> Ids.parse(null, "jobId"));
  }
}
