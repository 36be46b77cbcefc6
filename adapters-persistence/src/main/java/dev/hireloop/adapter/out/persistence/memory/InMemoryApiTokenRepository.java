package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.recruiter.ApiToken;
import dev.hireloop.domain.recruiter.ApiTokenId;
import dev.hireloop.domain.recruiter.TokenHash;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.ApiTokenRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** API tokens in memory, indexed by hash. Thread-safe. */
final class InMemoryApiTokenRepository implements ApiTokenRepository {
  private static final Comparator<ApiToken> OLDEST_FIRST = Comparator.comparing(ApiToken::createdAt)
      .thenComparing(token -> token.id().value(), MemoryStore.UUID_ORDER);

  private final MemoryStore store;
  private final TxMap<ApiTokenId, ApiToken> byId;
  private final TxMap<TokenHash, ApiTokenId> idByHash;

  InMemoryApiTokenRepository(MemoryStore store) {
    this.store = store;
    this.byId = new TxMap<>(store, new ConcurrentHashMap<>());
    this.idByHash = new TxMap<>(store, new ConcurrentHashMap<>());
  }

  @Override
  public ApiToken save(ApiToken token) {
    Check.notNull(token, "token");
    ApiToken stored = Microseconds.truncate(token).withVersion(token.version().next());
    return store.inTransaction(() -> {
      Optional<ApiToken> current = byId.get(token.id());
      boolean expected = token.version().isInitial()
          ? current.isEmpty() : current.filter(found -> found.version().equals(token.version())).isPresent();
      if (!expected) {
        throw new ConflictException("token.stale", "token " + token.id() + " was changed by someone else (version "
            + token.version().value() + " is not the stored one)");
      }
      if (idByHash.get(token.hash()).filter(owner -> !owner.equals(token.id())).isPresent()) {
        throw new ConflictException("token.duplicate", "a token with this hash already exists");
      }
      current.filter(previous -> !previous.hash().equals(token.hash()))
          .ifPresent(previous -> idByHash.remove(previous.hash()));
      idByHash.put(token.hash(), token.id());
      byId.put(token.id(), stored);
      return stored;
    });
  }

  @Override
  public Optional<ApiToken> findById(ApiTokenId id) {
    Check.notNull(id, "tokenId");
    return store.inTransaction(() -> byId.get(id));
  }

  @Override
  public Optional<ApiToken> findByHash(TokenHash hash) {
    Check.notNull(hash, "hash");
    return store.inTransaction(() -> idByHash.get(hash).flatMap(byId::get));
  }

  @Override
  public List<ApiToken> listByRecruiter(RecruiterId recruiterId) {
    Check.notNull(recruiterId, "recruiterId");
    return store.inTransaction(() -> byId.values().stream()
        .filter(token -> token.recruiterId().equals(recruiterId))
        .sorted(OLDEST_FIRST)
        .toList());
  }

  @Override
  public void recordUse(ApiTokenId id, Instant usedAt) {
    Check.notNull(id, "tokenId");
    Instant used = Microseconds.truncate(Check.notNull(usedAt, "usedAt"));
    store.inTransaction(() -> {
      byId.get(id)
          .filter(token -> token.lastUsedAt().map(last -> last.isBefore(used)).orElse(true))
          .ifPresent(token -> byId.put(id, token.usedAt(used)));
      return null;
    });
  }
}
