package dev.hireloop.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.recruiter.ApiToken;
import dev.hireloop.domain.recruiter.ApiTokenId;
import dev.hireloop.domain.recruiter.TokenHash;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiTokenRepository} promises. Subclasses return an isolated, empty store. */
public abstract class ApiTokenRepositoryContract {
  protected final Fixtures fixtures = new Fixtures();
  private ApiTokenRepository tokens;
  private RecruiterId recruiterId;

  /** A new, empty store for each test. */
  protected abstract Persistence newPersistence();

  @BeforeEach
  void createStore() {
    tokens = newPersistence().apiTokens();
    recruiterId = fixtures.recruiterId();
  }

  @Test
  void returns_empty_for_an_unknown_id_or_hash() {
    assertThat(tokens.findById(fixtures.apiTokenId())).isEmpty();
    assertThat(tokens.findByHash(TokenHash.of("never-issued"))).isEmpty();
    assertThat(tokens.listByRecruiter(recruiterId)).isEmpty();
  }

  @Test
  void stores_a_new_token_as_version_one_and_finds_it_by_id_and_hash() {
    String plaintext = fixtures.plaintextToken();
    ApiToken token = fixtures.apiToken(recruiterId, plaintext);

    ApiToken saved = tokens.save(token);

    assertThat(saved).isEqualTo(token.withVersion(new Version(1)));
    assertThat(tokens.findById(token.id())).contains(saved);
    assertThat(tokens.findByHash(TokenHash.of(plaintext))).contains(saved);
  }

  @Test
  void round_trips_every_optional_instant() {
    Instant now = fixtures.now();
    ApiToken issued = ApiToken.issue(fixtures.apiTokenId(), recruiterId, "CI pipeline", fixtures.plaintextToken(),
        Optional.of(now.plus(Duration.ofDays(90))), now);
    ApiToken saved = tokens.save(issued);

    ApiToken revoked = tokens.save(saved.usedAt(now.plusSeconds(5)).revoke(now.plusSeconds(10)));

    assertThat(revoked.version()).isEqualTo(new Version(2));
    assertThat(tokens.findById(issued.id())).contains(revoked);
    assertThat(revoked.expiresAt()).contains(now.plus(Duration.ofDays(90)));
    assertThat(revoked.lastUsedAt()).contains(now.plusSeconds(5));
    assertThat(revoked.revokedAt()).contains(now.plusSeconds(10));
  }

  @Test
  void rejects_a_stale_write() {
    ApiToken saved = tokens.save(fixtures.apiToken(recruiterId));
    tokens.save(saved.revoke(fixtures.now()));

    assertThatThrownBy(() -> tokens.save(saved.revoke(fixtures.now().plusSeconds(1))))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("token.stale"));
    assertThatThrownBy(() -> tokens.save(fixtures.apiToken(recruiterId).withVersion(new Version(2))))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("token.stale"));
  }

  @Test
  void rejects_a_second_token_with_the_same_hash() {
    String plaintext = fixtures.plaintextToken();
    ApiToken first = tokens.save(fixtures.apiToken(recruiterId, plaintext));
    ApiToken second = fixtures.apiToken(fixtures.recruiterId(), plaintext);

    assertThatThrownBy(() -> tokens.save(second))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("token.duplicate"));
    assertThat(tokens.findById(second.id())).isEmpty();
    assertThat(tokens.findByHash(first.hash())).contains(first);
  }

  @Test
  void lists_a_recruiters_tokens_oldest_first_with_ties_by_id_including_revoked_ones() {
    Instant now = fixtures.now();
    ApiToken tieHigh = token(new UUID(0xA000_0000_0000_4000L, 0x8000_0000_0000_0001L), now.plusSeconds(30));
    ApiToken tieLow = token(new UUID(0x1000_0000_0000_4000L, 0x8000_0000_0000_0001L), now.plusSeconds(30));
    ApiToken oldest = token(fixtures.uuid(), now);
    tokens.save(tieHigh);
    tokens.save(tieLow);
    tokens.save(tokens.save(oldest).revoke(now.plusSeconds(60)));
    tokens.save(fixtures.apiToken(fixtures.recruiterId()));

    assertThat(tokens.listByRecruiter(recruiterId)).extracting(ApiToken::id)
        .containsExactly(oldest.id(), tieLow.id(), tieHigh.id());
  }

  @Test
  void records_a_use_without_changing_the_version() {
    ApiToken saved = tokens.save(fixtures.apiToken(recruiterId));
    Instant used = fixtures.now().plusSeconds(30);

    tokens.recordUse(saved.id(), used);

    ApiToken found = tokens.findById(saved.id()).orElseThrow();
    assertThat(found.lastUsedAt()).contains(used);
    assertThat(found.version()).isEqualTo(saved.version());
    // an edit based on the version read before the use does not conflict with it
    assertThat(tokens.save(saved.revoke(used.plusSeconds(1))).version()).isEqualTo(new Version(2));
  }

  @Test
  void a_recorded_use_only_moves_forward() {
    ApiToken saved = tokens.save(fixtures.apiToken(recruiterId));
    Instant later = fixtures.now().plusSeconds(60);

    tokens.recordUse(saved.id(), later);
    tokens.recordUse(saved.id(), later.minusSeconds(30));

    assertThat(tokens.findById(saved.id()).orElseThrow().lastUsedAt()).contains(later);
    tokens.recordUse(saved.id(), later.plusSeconds(1));
    assertThat(tokens.findById(saved.id()).orElseThrow().lastUsedAt()).contains(later.plusSeconds(1));
  }

  @Test
  void a_recorded_use_is_truncated_to_microseconds() {
    ApiToken saved = tokens.save(fixtures.apiToken(recruiterId));
    Instant withNanos = Instant.parse("2030-01-15T10:00:00.000000999Z");

    tokens.recordUse(saved.id(), withNanos);

    assertThat(tokens.findById(saved.id()).orElseThrow().lastUsedAt())
        .contains(withNanos.truncatedTo(ChronoUnit.MICROS));
  }

  @Test
  void ignores_a_use_of_an_unknown_token() {
    ApiTokenId unknown = fixtures.apiTokenId();

    tokens.recordUse(unknown, fixtures.now());

    assertThat(tokens.findById(unknown)).isEmpty();
  }

  @Test
  void stores_instants_truncated_to_microseconds() {
    Instant withNanos = Instant.parse("2030-01-15T09:00:00.123456789Z");
    ApiToken token = ApiToken.issue(fixtures.apiTokenId(), recruiterId, "Laptop", fixtures.plaintextToken(),
        Optional.of(withNanos.plus(Duration.ofDays(30))), withNanos);

    ApiToken saved = tokens.save(token);

    assertThat(saved.createdAt()).isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
    assertThat(saved.expiresAt()).contains(withNanos.plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MICROS));
    assertThat(tokens.findById(token.id())).contains(saved);
  }

  private ApiToken token(UUID id, Instant createdAt) {
    return ApiToken.issue(new ApiTokenId(id), recruiterId, "Token " + id, fixtures.plaintextToken(),
        Optional.empty(), createdAt);
  }
}
