package dev.hireloop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.testing.Expect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class EmailTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "jane@example.com",
      "jane.doe@example.com",
      "jane+jobs@example.com",
      "o'brien@example.ie",
      "j_d-1@mail.example.co.uk",
      "x@a.io",
      "{tag}~%@example.org",
      "jane@xn--bcher-kva.example",
      "jane@sub-domain.example.com"})
  void accepts_valid_addresses(String address) {
    assertThat(Email.of(address).value()).isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "   ",
      "plain",
      "@example.com",
      "jane@",
      "jane@example",
      "jane@@example.com",
      "jane doe@example.com",
      "jane@exa mple.com",
      "jane..doe@example.com",
      "jane@example..com",
      ".jane@example.com",
      "jane.@example.com",
      "jane@-example.com",
      "jane@example-.com",
      "jane@.example.com",
      "jane@example.com.",
      "jane@exa_mple.com",
      "jané@example.com",
      "jane@exämple.com",
      "<jane@example.com>",
      "Jane <jane@example.com>",
      "jane@exam\nple.com"})
  void rejects_invalid_addresses_without_repeating_them_in_the_message(String address) {
    InvalidValueException e = Expect.invalid("email.invalid", () -> Email.of(address));
    assertThat(e.getMessage()).isEqualTo("email is not a valid address");
  }

  @Test
  void rejects_a_missing_address() {
    Expect.invalid("value.required", () -> new Email(null));
  }

  @Test
  void is_trimmed_and_lower_cased_so_that_the_same_mailbox_is_equal() {
    Email email = Email.of("  Jane.Doe@Example.COM ");

    assertThat(email.value()).isEqualTo("jane.doe@example.com");
    assertThat(email).isEqualTo(Email.of("jane.doe@example.com"));
    assertThat(email).hasToString("jane.doe@example.com");
  }

  @Test
  void allows_at_most_254_characters() {
    String domain = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(61);
    String longest = "d".repeat(64) + "@" + domain;
    assertThat(longest).hasSize(254);

    assertThat(Email.of(longest).value()).isEqualTo(longest);
    Expect.invalid("email.invalid", () -> Email.of("d" + longest));
  }

  @Test
  void rejects_a_domain_label_longer_than_63_characters() {
    assertThat(Email.of("jane@" + "a".repeat(63) + ".com").value()).endsWith(".com");
    Expect.invalid("email.invalid", () -> Email.of("jane@" + "a".repeat(64) + ".com"));
  }
}
