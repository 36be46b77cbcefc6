package dev.hireloop.server;

import dev.hireloop.adapter.out.security.AesGcmSecretCipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that encrypt provider secrets at rest, in the {@code keyId:base64(32 bytes)[,…]} notation of
 * {@code HIRELOOP_SECRET_KEYS} and of the key file; the first key is the active one. Never prints key material.
 */
final class SecretKeyring {
  /**
   * The HMAC message that turns an encryption key into a link-signing key. Changing it invalidates every booking
   * link ever sent, so it is versioned rather than edited.
   */
  static final String LINK_SIGNING_LABEL = "hireloop/link-signing/v1";
  private final String activeKeyId;
  private final Map<String, byte[]> keys;

  private SecretKeyring(String activeKeyId, Map<String, byte[]> keys) {
    this.activeKeyId = activeKeyId;
    this.keys = keys;
  }

  static SecretKeyring of(String activeKeyId, byte[] key) {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    keys.put(activeKeyId, key.clone());
    return new SecretKeyring(activeKeyId, Collections.unmodifiableMap(keys));
  }

  /**
   * Parses the notation; on failure adds problems (prefixed by {@code source}, never quoting key material) and
   * returns empty. Entries are separated by commas or line breaks; standard and URL-safe base64 are accepted,
   * with or without padding.
   */
  static Optional<SecretKeyring> parse(String text, String source, List<String> problems) {
    List<String> found = new ArrayList<>();
    Map<String, byte[]> keys = new LinkedHashMap<>();
    String[] entries = text.strip().split("\\s*[,\\n\\r]+\\s*");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      String where = source + ": entry " + (i + 1);
      int colon = entry.indexOf(':');
      if (entry.isEmpty() || colon < 0) {
        found.add(where + " must look like keyId:base64-of-32-bytes");
        continue;
      }
      String id = entry.substring(0, colon).strip();
      if (!AesGcmSecretCipher.KEY_ID.matcher(id).matches()) {
        found.add(where + " has an invalid key id: use 1 to 32 characters from A-Z, a-z, 0-9, '_' and '-'");
        continue;
      }
      if (keys.containsKey(id)) {
        found.add(where + " repeats key id " + id);
        continue;
      }
      byte[] key;
      try {
        key = Base64.getDecoder().decode(entry.substring(colon + 1).strip().replace('-', '+').replace('_', '/'));
      } catch (IllegalArgumentException e) {
        found.add(where + " (key " + id + ") is not valid base64");
        continue;
      }
      if (key.length != AesGcmSecretCipher.KEY_BYTES) {
        found.add(where + " (key " + id + ") decodes to " + key.length + " bytes; a key must be exactly 32 bytes"
            + " (for example: openssl rand -base64 32)");
        continue;
      }
      keys.put(id, key);
    }
    if (!found.isEmpty()) {
      problems.addAll(found);
      return Optional.empty();
    }
    String active = keys.keySet().iterator().next();
    return Optional.of(new SecretKeyring(active, Collections.unmodifiableMap(keys)));
  }

  String activeKeyId() {
    return activeKeyId;
  }

  /** A copy of the keys, active first. */
  Map<String, byte[]> keys() {
    Map<String, byte[]> copy = new LinkedHashMap<>();
    keys.forEach((id, key) -> copy.put(id, key.clone()));
    return copy;
  }

  /** The notation {@link #parse} reads; contains key material, so it is written to the key file only. */
  String toNotation() {
    List<String> entries = new ArrayList<>();
    keys.forEach((id, key) -> entries.add(id + ":" + Base64.getEncoder().encodeToString(key)));
    return String.join(",", entries);
  }

  /**
   * One link-signing key per encryption key, in the keyring's order (so the active key signs): HMAC-SHA256 of
   * {@link #LINK_SIGNING_LABEL} under the AES key. Links therefore survive restarts and follow key rotation, while
   * neither key can be computed from the other.
   */
  List<byte[]> linkSigningKeys() {
    List<byte[]> derived = new ArrayList<>();
    for (byte[] key : keys.values()) {
      derived.add(hmac(key, LINK_SIGNING_LABEL.getBytes(StandardCharsets.US_ASCII)));
    }
    return List.copyOf(derived);
  }

  private static byte[] hmac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  AesGcmSecretCipher cipher() {
    return AesGcmSecretCipher.create(activeKeyId, keys);
  }

  @Override
  public String toString() {
    return "SecretKeyring[active=" + activeKeyId + ", keyIds=" + keys.keySet() + "]";
  }
}
