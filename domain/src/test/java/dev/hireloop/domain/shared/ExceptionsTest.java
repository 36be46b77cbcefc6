package dev.hireloop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ExceptionsTest {

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("not found", (BiFunction<String, String, HireloopException>) NotFoundException::new),
        Arguments.of("conflict", (BiFunction<String, String, HireloopException>) ConflictException::new),
        Arguments.of("rule violation", (BiFunction<String, String, HireloopException>) RuleViolationException::new),
        Arguments.of("invalid value", (BiFunction<String, String, HireloopException>) InvalidValueException::new),
        Arguments.of("external service",
            (BiFunction<String, String, HireloopException>) ExternalServiceException::new),
        Arguments.of("unauthorized", (BiFunction<String, String, HireloopException>) UnauthorizedException::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void every_kind_is_an_unchecked_hireloop_exception_with_its_code_and_message(String kind,
      BiFunction<String, String, HireloopException> create) {
    HireloopException e = create.apply("job.not-found", "job was not found");

    assertThat(e).isInstanceOf(RuntimeException.class);
    assertThat(e.code()).isEqualTo("job.not-found");
    assertThat(e.getMessage()).isEqualTo("job was not found");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void every_kind_requires_a_code(String kind, BiFunction<String, String, HireloopException> create) {
    assertThatThrownBy(() -> create.apply(null, "message")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void keeps_the_cause_it_wraps() {
    IllegalStateException cause = new IllegalStateException("connection reset");

    ExternalServiceException e = new ExternalServiceException("calendar.unavailable", "calendar failed", cause);

    assertThat(e.getCause()).isSameAs(cause);
    assertThat(e.code()).isEqualTo("calendar.unavailable");
  }
}
