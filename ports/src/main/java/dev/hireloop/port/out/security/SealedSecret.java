package dev.hireloop.port.out.security;

import dev.hireloop.domain.shared.Check;

/**
 * A secret encrypted by a {@link SecretCipher}: an opaque envelope that names the key it was sealed with, so keys
 * can be rotated. Safe to store; never to be returned to a client.
 */
public record SealedSecret(String envelope) {
  public SealedSecret {
    Check.text(envelope, "envelope", 100_000);
  }

  @Override
  public String toString() {
    return "SealedSecret[redacted]";
  }
}
