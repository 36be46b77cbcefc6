package dev.hireloop.domain.recruiter;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.domain.shared.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * An API token a recruiter uses as {@code Authorization: Bearer …}. The plaintext is shown once when issued and
 * never stored; {@code prefix} (the first characters) lets a recruiter recognise a token in a list.
 */
public record ApiToken(
    ApiTokenId id,
    RecruiterId recruiterId,
    String label,
    String prefix,
    TokenHash hash,
    Instant createdAt,
    Optional<Instant> expiresAt,
    Optional<Instant> revokedAt,
    Optional<Instant> lastUsedAt,
    Version version) {

  public static final int PREFIX_LENGTH = 10;

  public ApiToken {
    Check.notNull(id, "id");
    Check.notNull(recruiterId, "recruiterId");
    label = Check.text(label, "label", 100);
    prefix = Check.text(prefix, "prefix", PREFIX_LENGTH);
    Check.notNull(hash, "hash");
    Check.notNull(createdAt, "createdAt");
    Check.notNull(expiresAt, "expiresAt");
    Check.notNull(revokedAt, "revokedAt");
    Check.notNull(lastUsedAt, "lastUsedAt");
    Check.notNull(version, "version");
    if (expiresAt.isPresent() && !expiresAt.get().isAfter(createdAt)) {
      throw new RuleViolationException("token.expiry-in-past", "a token must expire after it is created");
    }
  }

  /** Issues a token for the given plaintext; the caller shows the plaintext once and forgets it. */
  public static ApiToken issue(ApiTokenId id, RecruiterId recruiterId, String label, String plaintext,
      Optional<Instant> expiresAt, Instant now) {
    Check.text(plaintext, "token", 200);
    return new ApiToken(id, recruiterId, label, plaintext.substring(0, Math.min(PREFIX_LENGTH, plaintext.length())),
        TokenHash.of(plaintext), now, expiresAt, Optional.empty(), Optional.empty(), Version.initial());
  }

  public boolean isUsableAt(Instant now) {
    return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
  }

  public ApiToken revoke(Instant now) {
    if (revokedAt.isPresent()) {
      throw new RuleViolationException("token.already-revoked", "token is already revoked");
    }
    return new ApiToken(id, recruiterId, label, prefix, hash, createdAt, expiresAt, Optional.of(now), lastUsedAt,
        version);
  }

  public ApiToken usedAt(Instant now) {
    return new ApiToken(id, recruiterId, label, prefix, hash, createdAt, expiresAt, revokedAt, Optional.of(now),
        version);
  }

  public ApiToken withVersion(Version stored) {
    return new ApiToken(id, recruiterId, label, prefix, hash, createdAt, expiresAt, revokedAt, lastUsedAt, stored);
  }
}
