package dev.hireloop.port.out.security;

/**
 * Source of new secret tokens (API tokens, link secrets). Each token carries at least 256 bits from a
 * cryptographically strong random source. Injected so tests are repeatable. Thread-safe.
 */
@FunctionalInterface
public interface TokenGenerator {
  /** A new URL-safe token, e.g. {@code hlk_} followed by 43 base64url characters. */
  String newToken();
}
