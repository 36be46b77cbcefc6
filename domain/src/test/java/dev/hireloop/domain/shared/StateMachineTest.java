package dev.hireloop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.testing.Expect;
import org.junit.jupiter.api.Test;

/** The generic machine itself, on a small enum of its own. */
final class StateMachineTest {

  private enum Light { RED, GREEN, AMBER, BROKEN }

  private static final StateMachine<Light> LIGHT = StateMachine.builder("light", Light.class)
      .allow(Light.RED, Light.GREEN)
      .allow(Light.GREEN, Light.AMBER, Light.BROKEN)
      .allow(Light.AMBER, Light.RED, Light.BROKEN)
      .build();

  @Test
  void returns_the_target_of_an_allowed_transition() {
    assertThat(LIGHT.transition(Light.RED, Light.GREEN)).isEqualTo(Light.GREEN);
  }

  @Test
  void has_no_implicit_self_transition() {
    assertThat(LIGHT.allows(Light.RED, Light.RED)).isFalse();
    Expect.illegalTransition("light", Light.RED, Light.RED, () -> LIGHT.transition(Light.RED, Light.RED));
  }

  @Test
  void names_the_machine_and_both_states_in_lower_case_in_the_refusal() {
    IllegalTransitionException e =
        Expect.illegalTransition("light", Light.RED, Light.AMBER, () -> LIGHT.transition(Light.RED, Light.AMBER));

    assertThat(e.getMessage()).isEqualTo("light cannot go from red to amber");
    assertThat(e).isInstanceOf(RuleViolationException.class);
  }

  @Test
  void lists_next_states_in_declaration_order_whatever_the_order_they_were_allowed_in() {
    StateMachine<Light> machine = StateMachine.builder("light", Light.class)
        .allow(Light.RED, Light.BROKEN, Light.AMBER, Light.GREEN)
        .build();

    assertThat(machine.next(Light.RED)).containsExactly(Light.GREEN, Light.AMBER, Light.BROKEN);
  }

  @Test
  void a_state_without_a_way_out_is_terminal() {
    assertThat(LIGHT.isTerminal(Light.BROKEN)).isTrue();
    assertThat(LIGHT.next(Light.BROKEN)).isEmpty();
    assertThat(LIGHT.isTerminal(Light.RED)).isFalse();
  }

  @Test
  void the_next_states_cannot_be_modified_by_a_caller() {
    assertThatThrownBy(() -> LIGHT.next(Light.RED).add(Light.BROKEN))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(LIGHT.allows(Light.RED, Light.BROKEN)).isFalse();
  }

  @Test
  void a_built_machine_does_not_change_when_its_builder_is_used_again() {
    StateMachine.Builder<Light> builder = StateMachine.builder("light", Light.class).allow(Light.RED, Light.GREEN);
    StateMachine<Light> built = builder.build();

    builder.allow(Light.RED, Light.BROKEN);

    assertThat(built.allows(Light.RED, Light.BROKEN)).isFalse();
    assertThat(builder.build().allows(Light.RED, Light.BROKEN)).isTrue();
  }

  @Test
  void rejects_a_missing_state_as_invalid_input() {
    Expect.invalid("value.required", () -> LIGHT.transition(null, Light.GREEN));
    Expect.invalid("value.required", () -> LIGHT.transition(Light.RED, null));
  }
}
