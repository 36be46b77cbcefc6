package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.recruiter.IssuedApiToken;
import java.time.Instant;

/** A new token with its plaintext {@code token}: shown in this one response, stored nowhere. */
record IssuedTokenResponse(String id, String label, String prefix, Instant createdAt, Instant expiresAt,
    Instant revokedAt, Instant lastUsedAt, String token) {
  static IssuedTokenResponse from(IssuedApiToken issued) {
    TokenResponse view = TokenResponse.from(issued.token());
    return new IssuedTokenResponse(view.id(), view.label(), view.prefix(), view.createdAt(), view.expiresAt(),
        view.revokedAt(), view.lastUsedAt(), issued.plaintext());
  }

  @Override
  public String toString() {
    return "IssuedTokenResponse[id=" + id + ", token=redacted]";
  }
}
