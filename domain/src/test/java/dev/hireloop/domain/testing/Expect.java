package dev.hireloop.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.IllegalTransitionException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RuleViolationException;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Assertions on the core's exceptions. The exact class matters (it decides the HTTP status) and so does the code
 * (clients switch on it), so both are checked.
 */
public final class Expect {
  private Expect() {}

  public static InvalidValueException invalid(String code, ThrowingCallable call) {
    return thrown(InvalidValueException.class, code, call);
  }

  public static RuleViolationException ruleViolation(String code, ThrowingCallable call) {
    return thrown(RuleViolationException.class, code, call);
  }

  /** A refused state change: code {@code <machine>.illegal-transition}, from/to as lower-case wire names. */
  public static IllegalTransitionException illegalTransition(String machine, Enum<?> from, Enum<?> to,
      ThrowingCallable call) {
    IllegalTransitionException e = thrown(IllegalTransitionException.class, machine + ".illegal-transition", call);
    assertThat(e.from()).isEqualTo(from.name().toLowerCase(Locale.ROOT));
    assertThat(e.to()).isEqualTo(to.name().toLowerCase(Locale.ROOT));
    assertThat(e.getMessage()).contains(e.from()).contains(e.to());
    return e;
  }

  public static <E extends HireloopException> E thrown(Class<E> type, String code, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("expected %s with code %s", type.getSimpleName(), code).isExactlyInstanceOf(type);
    E e = type.cast(thrown);
    assertThat(e.code()).isEqualTo(code);
    return e;
  }
}
