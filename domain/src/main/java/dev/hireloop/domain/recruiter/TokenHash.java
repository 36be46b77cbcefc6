package dev.hireloop.domain.recruiter;

import dev.hireloop.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256 of an API token, in lower-case hex. Only the hash is ever stored: tokens carry 256 bits of randomness,
 * so a fast hash is enough (no password stretching is needed for high-entropy secrets).
 */
public record TokenHash(String value) {
  private static final Pattern HEX = Pattern.compile("^[0-9a-f]{64}$");

  public TokenHash {
    if (value == null || !HEX.matcher(value).matches()) {
      throw new InvalidValueException("token.hash-invalid", "token hash must be 64 lower-case hex characters");
    }
  }

  public static TokenHash of(String plaintextToken) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(plaintextToken.getBytes(StandardCharsets.UTF_8));
      return new TokenHash(HexFormat.of().formatHex(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Constant-time comparison, so a timing side channel cannot reveal a stored hash. */
  public boolean matches(String plaintextToken) {
    if (plaintextToken == null) {
      return false;
    }
    return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
        of(plaintextToken).value.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "TokenHash[redacted]";
  }
}
