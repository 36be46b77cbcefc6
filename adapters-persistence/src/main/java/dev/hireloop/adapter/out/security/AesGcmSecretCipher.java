package dev.hireloop.adapter.out.security;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.security.SealedSecret;
import dev.hireloop.port.out.security.SecretCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link SecretCipher} with AES-256-GCM from the JDK: a fresh 96-bit random IV per seal, a 128-bit tag, and the
 * context as associated data. The envelope is {@code v1.<keyId>.<base64url(iv || ciphertext+tag)>} without padding.
 *
 * <p>The keyring maps key ids to 32-byte keys; new secrets are sealed with the active key, and an envelope is
 * opened with the key its id names, so keys can be rotated by adding a new active key and keeping the old ones
 * until every secret has been re-sealed. Key material never appears in {@link #toString()} or in exceptions.
 *
 * <p>Thread-safe: a {@link Cipher} is created per call, and {@link SecureRandom} is thread-safe.
 */
public final class AesGcmSecretCipher implements SecretCipher {
  /** Key ids appear inside envelopes, so they must not contain the '.' separator. */
  public static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  public static final int KEY_BYTES = 32;

  private static final String VERSION = "v1";
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int TAG_BYTES = TAG_BITS / 8;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final String activeKeyId;
  private final Map<String, SecretKeySpec> keys;
  private final SecureRandom random;

  private AesGcmSecretCipher(String activeKeyId, Map<String, SecretKeySpec> keys, SecureRandom random) {
    this.activeKeyId = activeKeyId;
    this.keys = keys;
    this.random = random;
  }

  /**
   * A cipher over {@code keyring} (key id to 32 raw bytes; the arrays are copied) that seals with
   * {@code activeKeyId}.
   *
   * @throws InvalidValueException if a key id is malformed, a key is not 32 bytes, or the active key is missing
   */
  public static AesGcmSecretCipher create(String activeKeyId, Map<String, byte[]> keyring) {
    return create(activeKeyId, keyring, new SecureRandom());
  }

  /** As {@link #create(String, Map)}, with the source of IVs given. */
  public static AesGcmSecretCipher create(String activeKeyId, Map<String, byte[]> keyring, SecureRandom random) {
    Objects.requireNonNull(keyring, "keyring");
    Objects.requireNonNull(random, "random");
    if (activeKeyId == null || !keyring.containsKey(activeKeyId)) {
      throw new InvalidValueException("secret.key-invalid", "the active key id is not in the keyring");
    }
    Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    keyring.forEach((id, material) -> {
      if (id == null || !KEY_ID.matcher(id).matches()) {
        throw new InvalidValueException("secret.key-invalid",
            "a key id must be 1 to 32 characters from A-Z, a-z, 0-9, '_' and '-'");
      }
      if (material == null || material.length != KEY_BYTES) {
        throw new InvalidValueException("secret.key-invalid", "key " + id + " must be exactly 32 bytes");
      }
      keys.put(id, new SecretKeySpec(material.clone(), "AES"));
    });
    return new AesGcmSecretCipher(activeKeyId, Collections.unmodifiableMap(keys), random);
  }

  @Override
  public SealedSecret seal(String plaintext, String context) {
    Check.notNull(plaintext, "plaintext");
    Check.notNull(context, "context");
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    byte[] sealed;
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      // Only a JDK without AES-GCM gets here; the message names the algorithm, never the input.
      throw new IllegalStateException("AES-GCM is not available in this JVM", e);
    }
    byte[] body = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    return new SealedSecret(VERSION + "." + activeKeyId + "." + ENCODER.encodeToString(body));
  }

  @Override
  public String open(SealedSecret sealed, String context) {
    Check.notNull(sealed, "sealed");
    Check.notNull(context, "context");
    String envelope = sealed.envelope();
    String[] parts = envelope.split("\\.", -1);
    if (parts.length != 3 || !parts[0].equals(VERSION)) {
      throw unreadable("the envelope is malformed");
    }
    SecretKeySpec key = keys.get(parts[1]);
    if (key == null) {
      throw unreadable("the secret was sealed with a key that is not in the keyring");
    }
    byte[] body = decodeCanonical(parts[2]);
    if (body.length < IV_BYTES + TAG_BYTES) {
      throw unreadable("the envelope is malformed");
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, body, 0, IV_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(body, IV_BYTES, body.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      // No cause attached: the details would not help an operator and might help an attacker.
      throw unreadable("the secret failed authentication (changed, or sealed for another context)");
    } catch (GeneralSecurityException e) {
      throw unreadable("the envelope is malformed");
    }
  }

  @Override
  public String activeKeyId() {
    return activeKeyId;
  }

  /** The ids of every key this cipher can open with. */
  public Set<String> keyIds() {
    return keys.keySet();
  }

  @Override
  public String toString() {
    return "AesGcmSecretCipher[activeKeyId=" + activeKeyId + ", keyIds=" + keys.keySet() + "]";
  }

  /**
   * Decodes base64url and insists on the one canonical spelling (no padding, zero trailing bits), so that every
   * change to an envelope's text is detected, not only changes that alter the decoded bytes.
   */
  private static byte[] decodeCanonical(String text) {
    byte[] bytes;
    try {
      bytes = DECODER.decode(text);
    } catch (IllegalArgumentException e) {
      throw unreadable("the envelope is malformed");
    }
    if (!ENCODER.encodeToString(bytes).equals(text)) {
      throw unreadable("the envelope is malformed");
    }
    return bytes;
  }

  private static InvalidValueException unreadable(String reason) {
    return new InvalidValueException("secret.unreadable", "The stored secret cannot be opened: " + reason + ".");
  }
}
