package dev.hireloop.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.shared.StateMachine;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks one production state machine against the table its test writes out: every listed transition is
 * accepted, every other ordered pair is refused with {@code <machine>.illegal-transition}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StateMachineSpecification<S extends Enum<S>> {

  /** The machine under test. */
  protected abstract StateMachine<S> machine();

  /** Its name, the prefix of the error code. */
  protected abstract String machineName();

  /** The specification: the allowed transitions, written out by hand. */
  protected abstract TransitionSpec<S> specification();

  Stream<Arguments> allowedPairs() {
    return specification().allowedPairs();
  }

  Stream<Arguments> forbiddenPairs() {
    return specification().forbiddenPairs();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("allowedPairs")
  void accepts_every_transition_in_the_table(S from, S to) {
    assertThat(machine().allows(from, to)).isTrue();
    assertThat(machine().transition(from, to)).isEqualTo(to);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("forbiddenPairs")
  void rejects_every_transition_outside_the_table(S from, S to) {
    assertThat(machine().allows(from, to)).isFalse();
    Expect.illegalTransition(machineName(), from, to, () -> machine().transition(from, to));
  }

  @Test
  void lists_the_next_states_and_the_terminal_states_of_the_table() {
    for (S state : specification().states()) {
      assertThat(machine().next(state)).as("next(%s)", state).containsExactlyElementsOf(specification().targets(state));
      assertThat(machine().isTerminal(state)).as("isTerminal(%s)", state)
          .isEqualTo(specification().targets(state).isEmpty());
    }
  }
}
