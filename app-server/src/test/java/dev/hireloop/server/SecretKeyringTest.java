package dev.hireloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretKeyringTest {
  private static final byte[] KEY_1 = filled(1);
  private static final byte[] KEY_2 = filled(2);

  @Test
  void derives_one_link_signing_key_per_key_in_the_keyrings_order() {
    SecretKeyring rotated = keyring("k2", KEY_2, "k1", KEY_1);
    SecretKeyring original = SecretKeyring.of("k1", KEY_1);

    List<byte[]> derived = rotated.linkSigningKeys();

    assertThat(derived).hasSize(2);
    assertThat(derived.get(0)).hasSize(32).isNotEqualTo(derived.get(1));
    // the old key's derived key stays the same, so links signed before a rotation keep verifying
    assertThat(derived.get(1)).isEqualTo(original.linkSigningKeys().get(0));
  }

  @Test
  void derives_the_same_keys_on_every_start() {
    assertThat(SecretKeyring.of("k1", KEY_1).linkSigningKeys().get(0))
        .isEqualTo(SecretKeyring.of("renamed", KEY_1).linkSigningKeys().get(0));
  }

  @Test
  void a_link_signing_key_is_not_the_encryption_key() {
    byte[] derived = SecretKeyring.of("k1", KEY_1).linkSigningKeys().get(0);

    assertThat(derived).isNotEqualTo(KEY_1).isNotEqualTo(SecretKeyring.of("k2", KEY_2).linkSigningKeys().get(0));
  }

  private static SecretKeyring keyring(String firstId, byte[] first, String secondId, byte[] second) {
    List<String> problems = new ArrayList<>();
    String notation = firstId + ":" + Base64.getEncoder().encodeToString(first) + "," + secondId + ":"
        + Base64.getEncoder().encodeToString(second);
    SecretKeyring keyring = SecretKeyring.parse(notation, "test", problems).orElseThrow();
    assertThat(problems).isEmpty();
    return keyring;
  }

  private static byte[] filled(int seed) {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed * 37 + i);
    }
    return key;
  }
}
