package dev.hireloop.domain.recruiter;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.hireloop.domain.testing.Expect;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class TokenHashTest {

  // SHA-256("abc"), FIPS 180-2 appendix B.1
  private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void is_the_lower_case_hex_sha_256_of_the_token() {
    assertThat(TokenHash.of("abc").value()).isEqualTo(ABC);
  }

  @Test
  void hashes_the_token_as_utf_8() {
    // SHA-256 of c3 a9, the UTF-8 bytes of "é" (ISO-8859-1 would hash the single byte e9)
    assertThat(TokenHash.of("\u00e9").value())
        .isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
  }

  @Test
  void matches_the_token_it_was_made_from() {
    TokenHash hash = TokenHash.of("hl_live_0123456789abcdef");

    assertThat(hash.matches("hl_live_0123456789abcdef")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"hl_live_0123456789abcdeF", "hl_live_0123456789abcde", "hl_live_0123456789abcdef ",
      " hl_live_0123456789abcdef", ""})
  void does_not_match_any_other_token(String other) {
    assertThat(TokenHash.of("hl_live_0123456789abcdef").matches(other)).isFalse();
  }

  @Test
  void is_equal_to_a_hash_restored_from_its_stored_value() {
    assertThat(new TokenHash(ABC)).isEqualTo(TokenHash.of("abc"));
    assertThat(new TokenHash(ABC).matches("abc")).isTrue();
  }

  @Test
  void never_shows_the_hash_in_its_string_form() {
    TokenHash hash = TokenHash.of("abc");

    assertThat(hash.toString()).isEqualTo("TokenHash[redacted]").doesNotContain(ABC.substring(0, 8));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015add",
      "ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      " ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a"})
  void rejects_a_stored_value_that_is_not_64_lower_case_hex_characters(String value) {
    Expect.invalid("token.hash-invalid", () -> new TokenHash(value));
  }

  /**
   * Timing cannot be asserted reliably, so this checks how the comparison is made: through
   * {@code MessageDigest.isEqual}, which takes the same time wherever the first difference is, and never through
   * an early-exit equality.
   */
  @Test
  void compares_in_constant_time() {
    JavaClass tokenHash = new ClassFileImporter().importClass(TokenHash.class);
    List<String> calls = tokenHash.getMethod("matches", String.class).getMethodCallsFromSelf().stream()
        .map(JavaMethodCall::getTarget)
        .map(target -> target.getOwner().getName() + "." + target.getName())
        .toList();

    assertThat(calls).contains("java.security.MessageDigest.isEqual")
        .doesNotContain("java.lang.String.equals", "java.lang.String.contentEquals", "java.util.Arrays.equals",
            "java.util.Objects.equals", "java.lang.String.equalsIgnoreCase", "java.lang.String.compareTo");
  }
}
