package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.recruiter.ApiTokenView;
import java.time.Instant;

/** A token as listed: its first characters ({@code prefix}) to recognise it, never the secret. */
record TokenResponse(String id, String label, String prefix, Instant createdAt, Instant expiresAt,
    Instant revokedAt, Instant lastUsedAt) {
  static TokenResponse from(ApiTokenView view) {
    return new TokenResponse(view.id().toString(), view.label(), view.prefix(), view.createdAt(),
        view.expiresAt().orElse(null), view.revokedAt().orElse(null), view.lastUsedAt().orElse(null));
  }
}
