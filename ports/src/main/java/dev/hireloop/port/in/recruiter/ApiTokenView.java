package dev.hireloop.port.in.recruiter;

import dev.hireloop.domain.recruiter.ApiToken;
import dev.hireloop.domain.recruiter.ApiTokenId;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.Optional;

/** A token as listed: never the secret, only its first characters. */
public record ApiTokenView(ApiTokenId id, RecruiterId recruiterId, String label, String prefix, Instant createdAt,
    Optional<Instant> expiresAt, Optional<Instant> revokedAt, Optional<Instant> lastUsedAt) {
  public static ApiTokenView from(ApiToken token) {
    return new ApiTokenView(token.id(), token.recruiterId(), token.label(), token.prefix(), token.createdAt(),
        token.expiresAt(), token.revokedAt(), token.lastUsedAt());
  }
}
