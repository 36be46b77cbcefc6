package dev.hireloop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.security.SealedSecret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeyFileTest {
  @TempDir
  Path dir;

  @Test
  void creates_an_owner_only_key_file_with_one_32_byte_key() throws Exception {
    Path file = dir.resolve("data").resolve("secret.key");

    SecretKeyring keyring = SecretKeyFile.loadOrCreate(file, new SecureRandom());

    assertThat(file).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    assertThat(keyring.activeKeyId()).matches("file-[0-9a-f]{8}");
    assertThat(keyring.keys()).hasSize(1);
    assertThat(keyring.keys().get(keyring.activeKeyId())).hasSize(32);
    assertThat(Files.readString(file)).isEqualTo(keyring.toNotation() + "\n");
    try (var leftovers = Files.list(file.getParent())) {
      assertThat(leftovers).containsExactly(file);
    }
  }

  @Test
  void reuses_the_key_file_on_the_next_start() throws Exception {
    Path file = dir.resolve("secret.key");
    SecretKeyring first = SecretKeyFile.loadOrCreate(file, new SecureRandom());
    String content = Files.readString(file);
    SealedSecret sealed = first.cipher().seal("cal_live_key", "ctx");

    SecretKeyring second = SecretKeyFile.loadOrCreate(file, new SecureRandom());

    assertThat(Files.readString(file)).isEqualTo(content);
    assertThat(second.activeKeyId()).isEqualTo(first.activeKeyId());
    assertThat(second.cipher().open(sealed, "ctx")).isEqualTo("cal_live_key");
  }

  @Test
  void reads_a_key_file_written_by_an_operator_in_the_environment_notation() throws Exception {
    Path file = dir.resolve("secret.key");
    String k2 = Base64.getEncoder().encodeToString(new byte[32]);
    Files.writeString(file, "k2:" + k2 + "\nk1:" + Base64.getEncoder().encodeToString(new byte[32]) + "\n",
        StandardCharsets.US_ASCII);

    SecretKeyring keyring = SecretKeyFile.loadOrCreate(file, new SecureRandom());

    assertThat(keyring.activeKeyId()).isEqualTo("k2");
    assertThat(keyring.keys()).containsOnlyKeys("k2", "k1");
  }

  @Test
  void refuses_an_empty_or_damaged_key_file_instead_of_replacing_it() throws Exception {
    Path file = dir.resolve("secret.key");
    Files.writeString(file, "");

    assertThatThrownBy(() -> SecretKeyFile.loadOrCreate(file, new SecureRandom()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is empty");
    assertThat(Files.readString(file)).isEmpty();

    Files.writeString(file, "k1:c2hvcnQ=");
    assertThatThrownBy(() -> SecretKeyFile.loadOrCreate(file, new SecureRandom()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("32 bytes")
        .hasMessageNotContaining("c2hvcnQ");
  }
}
