package dev.hireloop.application;

import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.security.LinkClaims;
import dev.hireloop.port.out.security.LinkSigner;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 link tokens: {@code base64url(payload) "." base64url(mac)}. The payload is a format byte, the
 * subject UUID, the expiry (epoch seconds) and the purpose; the MAC covers the payload. Tokens are signed with the
 * first key and verified against all, so a key can be rotated by putting the new one first. Comparison is
 * constant-time. Thread-safe ({@code Mac} instances are created per call).
 */
final class HmacLinkSigner implements LinkSigner {
  static final int MIN_KEY_BYTES = 32;
  private static final byte FORMAT = 1;
  private static final int MAX_TOKEN = 200;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private final List<SecretKeySpec> keys;

  HmacLinkSigner(List<byte[]> keys) {
    if (keys.isEmpty()) {
      throw new InvalidValueException("hireloop.configuration", "at least one link-signing key is needed");
    }
    List<SecretKeySpec> specs = new ArrayList<>();
    for (byte[] key : keys) {
      if (key == null || key.length < MIN_KEY_BYTES) {
        throw new InvalidValueException("hireloop.configuration",
            "a link-signing key needs at least " + MIN_KEY_BYTES + " bytes");
      }
      specs.add(new SecretKeySpec(key.clone(), "HmacSHA256"));
    }
    this.keys = List.copyOf(specs);
  }

  /** A signer with a fresh random key: links stop working when the process ends. */
  static HmacLinkSigner ephemeral() {
    byte[] key = new byte[MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return new HmacLinkSigner(List.of(key));
  }

  @Override
  public String sign(LinkClaims claims) {
    byte[] purpose = claims.purpose().getBytes(StandardCharsets.US_ASCII);
    ByteBuffer payload = ByteBuffer.allocate(1 + 16 + 8 + purpose.length);
    payload.put(FORMAT)
        .putLong(claims.subject().getMostSignificantBits())
        .putLong(claims.subject().getLeastSignificantBits())
        .putLong(claims.expiresAt().getEpochSecond())
        .put(purpose);
    byte[] bytes = payload.array();
    return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(keys.get(0), bytes));
  }

  @Override
  public Optional<LinkClaims> verify(String token) {
    if (token == null || token.length() > MAX_TOKEN) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot < 0 || token.indexOf('.', dot + 1) >= 0) {
      return Optional.empty();
    }
    byte[] payload;
    byte[] signature;
    try {
      payload = DECODER.decode(token.substring(0, dot));
      signature = DECODER.decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    // the decoder ignores unused low bits of the last character and accepts '=' padding: without this check one
    // token would have several spellings, and an altered character could still verify
    if (!ENCODER.encodeToString(payload).equals(token.substring(0, dot))
        || !ENCODER.encodeToString(signature).equals(token.substring(dot + 1))) {
      return Optional.empty();
    }
    boolean valid = false;
    for (SecretKeySpec key : keys) {
      valid |= MessageDigest.isEqual(mac(key, payload), signature);
    }
    // only a payload this signer wrote gets parsed; anything else is just "not ours"
    if (!valid || payload.length < 1 + 16 + 8 + 1 || payload[0] != FORMAT) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.wrap(payload);
    buffer.get();
    UUID subject = new UUID(buffer.getLong(), buffer.getLong());
    long expiry = buffer.getLong();
    String purpose = new String(payload, buffer.position(), buffer.remaining(), StandardCharsets.US_ASCII);
    try {
      return Optional.of(new LinkClaims(purpose, subject, Instant.ofEpochSecond(expiry)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static byte[] mac(SecretKeySpec key, byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
