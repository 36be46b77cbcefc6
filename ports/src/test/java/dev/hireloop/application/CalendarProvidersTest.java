package dev.hireloop.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hireloop.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class CalendarProvidersTest {

  @Test
  void every_configured_provider_is_known() {
    assertThat(CalendarProviders.KNOWN).containsAll(CalendarProviders.CONFIGURED);
  }

  @Test
  void names_are_read_without_case_or_surrounding_spaces() {
    assertThat(CalendarProviders.configured(" Manual ")).isEqualTo("manual");
    assertThat(CalendarProviders.known("CalCom")).isEqualTo("calcom");
  }

  @Test
  void a_known_provider_without_an_adapter_is_not_configured() {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
        () -> CalendarProviders.configured("Calendly"));

    assertThat(e.code()).isEqualTo("provider.not-configured");
    assertThat(e.getMessage()).isEqualTo("calendar provider 'calendly' is not configured");
  }

  @Test
  void an_unknown_name_is_echoed_short_with_the_known_ones() {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
        () -> CalendarProviders.known("x".repeat(500)));

    assertThat(e.code()).isEqualTo("provider.unknown");
    assertThat(e.getMessage()).contains("'" + "x".repeat(40) + "…'")
        .doesNotContain("x".repeat(41))
        .contains("calcom, calendly, google, manual, outlook");
  }
}
