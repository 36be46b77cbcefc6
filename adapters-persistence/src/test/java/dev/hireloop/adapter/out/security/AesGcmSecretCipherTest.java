package dev.hireloop.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.security.SealedSecret;
import dev.hireloop.port.out.security.SecretCipher;
import dev.hireloop.port.out.security.SecretCipherContract;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AesGcmSecretCipherTest extends SecretCipherContract {

  @Override
  protected SecretCipher cipherWithKeys(String activeKeyId, String... olderKeyIds) {
    Map<String, byte[]> keyring = new LinkedHashMap<>();
    keyring.put(activeKeyId, keyFor(activeKeyId));
    for (String id : olderKeyIds) {
      keyring.put(id, keyFor(id));
    }
    return AesGcmSecretCipher.create(activeKeyId, keyring);
  }

  @Test
  void writes_a_versioned_envelope_that_names_the_key() {
    SealedSecret sealed = cipherWithKeys("k1").seal("secret", "ctx");

    assertThat(sealed.envelope()).matches("v1\\.k1\\.[A-Za-z0-9_-]+");
    byte[] body = Base64.getUrlDecoder().decode(sealed.envelope().substring("v1.k1.".length()));
    // 12-byte IV, 6 bytes of ciphertext, 16-byte tag
    assertThat(body).hasSize(12 + 6 + 16);
  }

  @Test
  void rejects_a_key_that_is_not_32_bytes() {
    assertThatThrownBy(() -> AesGcmSecretCipher.create("k1", Map.of("k1", new byte[16])))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("32 bytes");
  }

  @Test
  void rejects_a_key_id_that_cannot_appear_in_an_envelope() {
    assertThatThrownBy(() -> AesGcmSecretCipher.create("k.1", Map.of("k.1", keyFor("k.1"))))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "secret.key-invalid");
    assertThatThrownBy(() -> AesGcmSecretCipher.create("", Map.of("", keyFor(""))))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void rejects_an_active_key_that_is_not_in_the_keyring() {
    assertThatThrownBy(() -> AesGcmSecretCipher.create("k2", Map.of("k1", keyFor("k1"))))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "secret.key-invalid");
  }

  @Test
  void keeps_its_own_copy_of_the_key_material() {
    byte[] key = keyFor("k1");
    AesGcmSecretCipher cipher = AesGcmSecretCipher.create("k1", Map.of("k1", key));
    SealedSecret sealed = cipher.seal("secret", "ctx");

    key[0] ^= 1;

    assertThat(cipher.open(sealed, "ctx")).isEqualTo("secret");
  }

  @Test
  void names_its_keys_but_never_shows_their_material() {
    byte[] k1 = keyFor("k1");
    Map<String, byte[]> keyring = new LinkedHashMap<>();
    keyring.put("k2", keyFor("k2"));
    keyring.put("k1", k1);
    AesGcmSecretCipher cipher = AesGcmSecretCipher.create("k2", keyring);

    assertThat(cipher.keyIds()).containsExactly("k2", "k1");
    assertThat(cipher.toString())
        .isEqualTo("AesGcmSecretCipher[activeKeyId=k2, keyIds=[k2, k1]]")
        .doesNotContain(Base64.getEncoder().encodeToString(k1));
  }

  @Test
  void rejects_missing_input_with_a_clear_code() {
    SecretCipher cipher = cipherWithKeys("k1");

    assertThatThrownBy(() -> cipher.seal(null, "ctx"))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "value.required");
    assertThatThrownBy(() -> cipher.open(cipher.seal("x", "ctx"), null))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "value.required");
  }

  /** Fixed material per key id, so that two ciphers holding "k1" hold the same key. */
  private static byte[] keyFor(String keyId) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(("test key " + keyId).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
