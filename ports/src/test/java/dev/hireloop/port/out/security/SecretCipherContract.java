package dev.hireloop.port.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hireloop.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SecretCipher} keeps. Subclasses say how to build a cipher over a keyring named by key
 * ids; the same key id must always stand for the same key material within one test class, so that a secret
 * sealed by one cipher opens with another that holds the same key.
 */
public abstract class SecretCipherContract {
  private static final String PLAINTEXT = "cal_live_9f8e7d6c5b4a-super-secret";
  private static final String CONTEXT = "recruiter:3b9d1c5e-0000-4000-8000-000000000001:calcom-api-key";

  /** A cipher whose keyring holds exactly {@code activeKeyId} (used for sealing) and {@code olderKeyIds}. */
  protected abstract SecretCipher cipherWithKeys(String activeKeyId, String... olderKeyIds);

  @Test
  void opens_what_it_sealed() {
    SecretCipher cipher = cipherWithKeys("k1");

    SealedSecret sealed = cipher.seal(PLAINTEXT, CONTEXT);

    assertThat(cipher.open(sealed, CONTEXT)).isEqualTo(PLAINTEXT);
  }

  @Test
  void round_trips_unicode_and_empty_text() {
    SecretCipher cipher = cipherWithKeys("k1");
    String unicode = "Grüße aus Zürich, 東京, emoji 🚀, Ωmega\ttab\nline";

    assertThat(cipher.open(cipher.seal(unicode, CONTEXT), CONTEXT)).isEqualTo(unicode);
    assertThat(cipher.open(cipher.seal("", CONTEXT), CONTEXT)).isEmpty();
    assertThat(cipher.open(cipher.seal(PLAINTEXT, "ctx-ü-東"), "ctx-ü-東")).isEqualTo(PLAINTEXT);
  }

  @Test
  void seals_the_same_text_differently_every_time() {
    SecretCipher cipher = cipherWithKeys("k1");
    Set<String> envelopes = new HashSet<>();

    for (int i = 0; i < 50; i++) {
      envelopes.add(cipher.seal(PLAINTEXT, CONTEXT).envelope());
    }

    assertThat(envelopes).hasSize(50);
  }

  @Test
  void does_not_open_under_another_context() {
    SecretCipher cipher = cipherWithKeys("k1");
    SealedSecret sealed = cipher.seal(PLAINTEXT, CONTEXT);

    assertUnreadable(() -> cipher.open(sealed, CONTEXT + "x"));
    assertUnreadable(() -> cipher.open(sealed, ""));
  }

  @Test
  void does_not_open_an_envelope_changed_in_any_one_character() {
    SecretCipher cipher = cipherWithKeys("k1");
    String envelope = cipher.seal(PLAINTEXT, CONTEXT).envelope();

    List<Integer> opened = new ArrayList<>();
    for (int i = 0; i < envelope.length(); i++) {
      SealedSecret tampered = new SealedSecret(
          envelope.substring(0, i) + different(envelope.charAt(i)) + envelope.substring(i + 1));
      try {
        cipher.open(tampered, CONTEXT);
        opened.add(i);
      } catch (InvalidValueException e) {
        assertThat(e.code()).isEqualTo("secret.unreadable");
      }
    }

    assertThat(opened).as("positions whose change went unnoticed").isEmpty();
  }

  @Test
  void does_not_open_a_truncated_or_extended_envelope() {
    SecretCipher cipher = cipherWithKeys("k1");
    String envelope = cipher.seal(PLAINTEXT, CONTEXT).envelope();

    assertUnreadable(() -> cipher.open(new SealedSecret(envelope.substring(0, envelope.length() - 4)), CONTEXT));
    assertUnreadable(() -> cipher.open(new SealedSecret(envelope + "AAAA"), CONTEXT));
    assertUnreadable(() -> cipher.open(new SealedSecret("not an envelope"), CONTEXT));
    assertUnreadable(() -> cipher.open(new SealedSecret("v1.k1."), CONTEXT));
  }

  @Test
  void keeps_opening_old_secrets_after_a_key_rotation_and_seals_new_ones_with_the_new_key() {
    SecretCipher before = cipherWithKeys("k1");
    SealedSecret old = before.seal(PLAINTEXT, CONTEXT);

    SecretCipher after = cipherWithKeys("k2", "k1");
    SealedSecret fresh = after.seal("new secret", CONTEXT);

    assertThat(before.activeKeyId()).isEqualTo("k1");
    assertThat(after.activeKeyId()).isEqualTo("k2");
    assertThat(after.open(old, CONTEXT)).isEqualTo(PLAINTEXT);
    assertThat(after.open(fresh, CONTEXT)).isEqualTo("new secret");
    assertUnreadable(() -> before.open(fresh, CONTEXT));
  }

  @Test
  void does_not_open_a_secret_sealed_with_a_key_it_does_not_hold() {
    SealedSecret sealed = cipherWithKeys("k1").seal(PLAINTEXT, CONTEXT);

    assertUnreadable(() -> cipherWithKeys("k2").open(sealed, CONTEXT));
  }

  @Test
  void never_shows_the_plaintext() {
    SecretCipher cipher = cipherWithKeys("k1");
    SealedSecret sealed = cipher.seal(PLAINTEXT, CONTEXT);

    assertThat(sealed.envelope()).doesNotContain(PLAINTEXT).doesNotContain("super-secret");
    assertThat(sealed.toString()).doesNotContain(PLAINTEXT).doesNotContain(sealed.envelope());
    assertThat(cipher.toString()).doesNotContain(PLAINTEXT);
    InvalidValueException failure = assertUnreadable(() -> cipher.open(sealed, "other"));
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(PLAINTEXT).doesNotContain(sealed.envelope());
      assertThat(t.toString()).doesNotContain(PLAINTEXT);
    }
  }

  private static char different(char c) {
    if (c >= 'A' && c < 'Z' || c >= 'a' && c < 'z' || c >= '0' && c < '9') {
      return (char) (c + 1);
    }
    return c == 'A' ? 'B' : 'A';
  }

  private static InvalidValueException assertUnreadable(Runnable open) {
    Throwable thrown = catchThrowable(open::run);
    assertThat(thrown).isInstanceOf(InvalidValueException.class);
    InvalidValueException failure = (InvalidValueException) thrown;
    assertThat(failure.code()).isEqualTo("secret.unreadable");
    return failure;
  }
}
