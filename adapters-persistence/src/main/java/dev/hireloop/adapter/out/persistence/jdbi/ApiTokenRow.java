package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.domain.recruiter.ApiToken;
import dev.hireloop.domain.recruiter.ApiTokenId;
import dev.hireloop.domain.recruiter.TokenHash;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code api_tokens}. */
record ApiTokenRow(UUID id, UUID recruiterId, String label, String prefix, String tokenHash, Instant createdAt,
    Instant expiresAt, Instant revokedAt, Instant lastUsedAt, long version) {

  static ApiTokenRow from(ApiToken token) {
    return new ApiTokenRow(token.id().value(), token.recruiterId().value(), token.label(), token.prefix(),
        token.hash().value(), token.createdAt(), token.expiresAt().orElse(null), token.revokedAt().orElse(null),
        token.lastUsedAt().orElse(null), token.version().value());
  }

  static ApiTokenRow map(ResultSet resultSet) throws SQLException {
    return new ApiTokenRow(Columns.uuid(resultSet, "id"), Columns.uuid(resultSet, "recruiter_id"),
        Columns.text(resultSet, "label"), Columns.text(resultSet, "prefix"), Columns.text(resultSet, "token_hash"),
        Columns.instant(resultSet, "created_at"), Columns.instant(resultSet, "expires_at"),
        Columns.instant(resultSet, "revoked_at"), Columns.instant(resultSet, "last_used_at"),
        resultSet.getLong("version"));
  }

  <S extends SqlStatement<S>> S bind(S statement) {
    return statement.bind("id", id).bind("recruiterId", recruiterId).bind("label", label).bind("prefix", prefix)
        .bind("tokenHash", tokenHash).bindByType("createdAt", createdAt, Instant.class)
        .bindByType("expiresAt", expiresAt, Instant.class).bindByType("revokedAt", revokedAt, Instant.class)
        .bindByType("lastUsedAt", lastUsedAt, Instant.class).bind("version", version);
  }

  ApiToken toDomain() {
    return new ApiToken(new ApiTokenId(id), new RecruiterId(recruiterId), label, prefix, new TokenHash(tokenHash),
        createdAt, Optional.ofNullable(expiresAt), Optional.ofNullable(revokedAt), Optional.ofNullable(lastUsedAt),
        new Version(version));
  }
}
