package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.recruiter.ApiToken;
import dev.hireloop.domain.recruiter.ApiTokenId;
import dev.hireloop.domain.recruiter.TokenHash;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores API tokens by hash (never plaintext). Same save/versioning contract as the other repositories
 * ({@code token.stale} on a version mismatch); hashes are unique ({@code token.duplicate}).
 */
public interface ApiTokenRepository {
  ApiToken save(ApiToken token);

  Optional<ApiToken> findById(ApiTokenId id);

  Optional<ApiToken> findByHash(TokenHash hash);

  /** The recruiter's tokens, oldest first (ties by id), revoked ones included. */
  List<ApiToken> listByRecruiter(RecruiterId recruiterId);

  /**
   * Records that a token was used, without touching its version (so authentication never conflicts with an
   * edit). Only moves {@code lastUsedAt} forward; unknown ids are ignored.
   */
  void recordUse(ApiTokenId id, Instant usedAt);
}
