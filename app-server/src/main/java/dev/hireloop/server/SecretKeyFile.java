package dev.hireloop.server;

import dev.hireloop.domain.shared.InvalidValueException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key file used when {@code HIRELOOP_SECRET_KEYS} is not set: {@code <data dir>/secret.key}, created on first
 * start with a random 32-byte key and owner-only permissions (600), and read again on every later start. Its
 * content uses the notation of {@code HIRELOOP_SECRET_KEYS}, so an operator can move it into the environment.
 */
final class SecretKeyFile {
  private static final Logger LOG = LoggerFactory.getLogger(SecretKeyFile.class);
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

  private SecretKeyFile() {}

  /** Reads the keyring from {@code file}, creating the file (and its directory) first if it does not exist. */
  static SecretKeyring loadOrCreate(Path file, SecureRandom random) {
    try {
      if (!Files.exists(file)) {
        create(file, random);
      }
      return read(file);
    } catch (IOException e) {
      // The path is configuration, not personal data, so the message may name it.
      throw new InvalidValueException("config.secret-key-file", "Cannot read or create the secret key file " + file
          + ": " + e.getMessage(), e);
    }
  }

  private static void create(Path file, SecureRandom random) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
      } else {
        Files.createDirectories(dir);
      }
    }
    byte[] key = new byte[32];
    random.nextBytes(key);
    byte[] idBytes = new byte[4];
    random.nextBytes(idBytes);
    // A fresh id per generated key: if the file is ever lost and re-created, old secrets fail as "unknown key"
    // instead of as a confusing authentication failure.
    String keyId = "file-" + HexFormat.of().formatHex(idBytes);
    String content = SecretKeyring.of(keyId, key).toNotation() + "\n";

    // Write a private temporary file completely, then link it into place: the key file is either absent or
    // whole, and a concurrent creator's file is never overwritten.
    boolean posix = Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
    FileAttribute<?>[] attributes = posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
    Path temporary = Files.createTempFile(dir, ".secret-key-", ".tmp", attributes);
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.US_ASCII)));
        channel.force(true);
      }
      try {
        Files.createLink(file, temporary);
      } catch (FileAlreadyExistsException raced) {
        return;
      } catch (UnsupportedOperationException | IOException noLinks) {
        Files.move(temporary, file);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
    if (!posix) {
      LOG.warn("Created the secret key file {}, but this file system cannot restrict it to its owner;"
          + " protect it yourself", file);
    }
    LOG.warn("Created a new secret key file {} (key id {}) because HIRELOOP_SECRET_KEYS is not set. Back it up:"
        + " without it, stored provider secrets cannot be decrypted.", file, keyId);
  }

  private static SecretKeyring read(Path file) throws IOException {
    warnIfOthersCanRead(file);
    String content = Files.readString(file, StandardCharsets.US_ASCII);
    List<String> problems = new ArrayList<>();
    Optional<SecretKeyring> keyring = content.isBlank() ? Optional.empty()
        : SecretKeyring.parse(content, "secret key file " + file, problems);
    if (keyring.isEmpty()) {
      throw new InvalidValueException("config.secret-key-file", content.isBlank()
          ? "the secret key file " + file + " is empty; restore it from a backup"
          : String.join("; ", problems));
    }
    LOG.info("Using the secret key file {} (active key id {})", file, keyring.get().activeKeyId());
    return keyring.get();
  }

  private static void warnIfOthersCanRead(Path file) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions = view.readAttributes().permissions();
    if (!OWNER_ONLY.containsAll(permissions)) {
      LOG.warn("The secret key file {} can be read by other users ({}); run: chmod 600 {}", file,
          PosixFilePermissions.toString(permissions), file);
    }
  }
}
