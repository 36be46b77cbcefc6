package dev.hireloop.port.out.security;

import java.util.Optional;

/**
 * Signs the tokens in the links candidates act through (booking links): without an account, the token is the
 * credential. A token binds a purpose, a subject id and an expiry; it cannot be altered without the key.
 */
public interface LinkSigner {
  /** A URL-safe token ({@code [A-Za-z0-9_.-]}, at most 200 characters) for {@code claims}. */
  String sign(LinkClaims claims);

  /**
   * The claims of a token this signer issued (with its current or an older key); empty for anything else —
   * malformed, tampered, another key. Expiry is not checked here: the caller compares it with its clock, so that
   * an expired link can be told apart from a forged one.
   */
  Optional<LinkClaims> verify(String token);
}
