package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.recruiter.ApiToken;
import dev.hireloop.domain.recruiter.ApiTokenId;
import dev.hireloop.domain.recruiter.TokenHash;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.ApiTokenRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API tokens in {@code <schema>.api_tokens}, by hash. Thread-safe. */
final class JdbiApiTokenRepository implements ApiTokenRepository {
  private static final String SELECT = """
      SELECT id, recruiter_id, label, prefix, token_hash, created_at, expires_at, revoked_at, last_used_at, version
      FROM <schema>.api_tokens
      """;
  private static final String INSERT = """
      INSERT INTO <schema>.api_tokens (id, recruiter_id, label, prefix, token_hash, created_at, expires_at,
          revoked_at, last_used_at, version)
      VALUES (:id, :recruiterId, :label, :prefix, :tokenHash, :createdAt, :expiresAt, :revokedAt, :lastUsedAt,
          :version)""";
  private static final String UPDATE = """
      UPDATE <schema>.api_tokens
      SET recruiter_id = :recruiterId, label = :label, prefix = :prefix, token_hash = :tokenHash,
          created_at = :createdAt, expires_at = :expiresAt, revoked_at = :revokedAt, last_used_at = :lastUsedAt,
          version = :version
      WHERE id = :id AND version = :expected""";
  /** Moves last_used_at forward only; leaves the version alone, so that a use never conflicts with an edit. */
  private static final String RECORD_USE = """
      UPDATE <schema>.api_tokens SET last_used_at = :usedAt
      WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :usedAt)""";

  private final Database database;

  JdbiApiTokenRepository(Database database) {
    this.database = database;
  }

  @Override
  public ApiToken save(ApiToken token) {
    Check.notNull(token, "token");
    ApiToken stored = Microseconds.truncate(token).withVersion(token.version().next());
    ApiTokenRow row = ApiTokenRow.from(stored);
    database.write(handle -> {
      int changed = token.version().isInitial()
          ? row.bind(handle.createUpdate(INSERT)).execute()
          : row.bind(handle.createUpdate(UPDATE)).bind("expected", token.version().value()).execute();
      if (changed != 1) {
        throw stale(token);
      }
      return null;
    }, message -> message.contains("api_tokens_token_hash_uk")
        ? new ConflictException("token.duplicate", "a token with this hash already exists")
        : stale(token));
    return stored;
  }

  @Override
  public Optional<ApiToken> findById(ApiTokenId id) {
    Check.notNull(id, "tokenId");
    return findOne("id = :value", id.value());
  }

  @Override
  public Optional<ApiToken> findByHash(TokenHash hash) {
    Check.notNull(hash, "hash");
    return findOne("token_hash = :value", hash.value());
  }

  @Override
  public List<ApiToken> listByRecruiter(RecruiterId recruiterId) {
    Check.notNull(recruiterId, "recruiterId");
    return database.read(handle -> handle.createQuery(
            SELECT + "WHERE recruiter_id = :recruiterId ORDER BY created_at, id")
        .bind("recruiterId", recruiterId.value())
        .map((resultSet, context) -> ApiTokenRow.map(resultSet))
        .list())
        .stream().map(ApiTokenRow::toDomain).toList();
  }

  @Override
  public void recordUse(ApiTokenId id, Instant usedAt) {
    Check.notNull(id, "tokenId");
    Check.notNull(usedAt, "usedAt");
    database.write(handle -> handle.createUpdate(RECORD_USE)
        .bind("id", id.value())
        .bindByType("usedAt", Microseconds.truncate(usedAt), Instant.class)
        .execute());
  }

  private Optional<ApiToken> findOne(String condition, Object value) {
    return database.read(handle -> handle.createQuery(SELECT + "WHERE " + condition)
        .bind("value", value)
        .map((resultSet, context) -> ApiTokenRow.map(resultSet))
        .findOne()
        .map(ApiTokenRow::toDomain));
  }

  private static ConflictException stale(ApiToken token) {
    return new ConflictException("token.stale", "token " + token.id() + " was changed by someone else (version "
        + token.version().value() + " is not the stored one)");
  }
}
