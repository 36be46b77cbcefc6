package dev.hireloop.application;

import dev.hireloop.port.out.security.TokenGenerator;
import java.security.SecureRandom;
import java.util.Base64;

/** The default token source: 32 bytes (256 bits) from {@link SecureRandom}, as {@code hlk_} + base64url. */
final class SecureRandomTokens implements TokenGenerator {
  private static final int BYTES = 32;
  private final SecureRandom random = new SecureRandom();

  @Override
  public String newToken() {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return "hlk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
