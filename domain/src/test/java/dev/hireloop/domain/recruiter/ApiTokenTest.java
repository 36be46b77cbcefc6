package dev.hireloop.domain.recruiter;

import static dev.hireloop.domain.testing.Fixtures.RECRUITER;
import static dev.hireloop.domain.testing.Fixtures.T0;
import static dev.hireloop.domain.testing.Fixtures.daysAfterT0;
import static dev.hireloop.domain.testing.Fixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.shared.Version;
import dev.hireloop.domain.testing.Expect;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ApiTokenTest {

  private static final ApiTokenId ID = new ApiTokenId(uuid(10));
  private static final String PLAINTEXT = "hl_9f8e7d6c5b4a39281706f5e4d3c2b1a0";

  private static ApiToken issue(Optional<Instant> expiresAt) {
    return ApiToken.issue(ID, RECRUITER, "CI pipeline", PLAINTEXT, expiresAt, T0);
  }

  @Test
  void is_issued_unrevoked_unused_and_never_stored_with_its_plaintext() {
    ApiToken token = issue(Optional.of(daysAfterT0(90)));

    assertThat(token.id()).isEqualTo(ID);
    assertThat(token.recruiterId()).isEqualTo(RECRUITER);
    assertThat(token.label()).isEqualTo("CI pipeline");
    assertThat(token.createdAt()).isEqualTo(T0);
    assertThat(token.expiresAt()).contains(daysAfterT0(90));
    assertThat(token.revokedAt()).isEmpty();
    assertThat(token.lastUsedAt()).isEmpty();
    assertThat(token.version()).isEqualTo(Version.initial());
    assertThat(token.hash().matches(PLAINTEXT)).isTrue();
    assertThat(token.toString()).doesNotContain(PLAINTEXT).doesNotContain(TokenHash.of(PLAINTEXT).value());
  }

  @Test
  void keeps_the_first_ten_characters_as_a_recognisable_prefix() {
    assertThat(issue(Optional.empty()).prefix()).isEqualTo("hl_9f8e7d6").hasSize(ApiToken.PREFIX_LENGTH);
  }

  @Test
  void a_token_shorter_than_the_prefix_length_is_its_own_prefix() {
    ApiToken token = ApiToken.issue(ID, RECRUITER, "short", "abc", Optional.empty(), T0);

    assertThat(token.prefix()).isEqualTo("abc");
  }

  @Test
  void rejects_a_blank_token_or_label() {
    Expect.invalid("value.blank", () -> ApiToken.issue(ID, RECRUITER, "label", "  ", Optional.empty(), T0));
    Expect.invalid("value.blank", () -> ApiToken.issue(ID, RECRUITER, " ", PLAINTEXT, Optional.empty(), T0));
    Expect.invalid("value.too-long",
        () -> ApiToken.issue(ID, RECRUITER, "l".repeat(101), PLAINTEXT, Optional.empty(), T0));
    Expect.invalid("value.too-long",
        () -> ApiToken.issue(ID, RECRUITER, "label", "t".repeat(201), Optional.empty(), T0));
  }

  @Test
  void rejects_an_expiry_that_is_not_after_its_creation() {
    Expect.ruleViolation("token.expiry-in-past", () -> issue(Optional.of(T0)));
    Expect.ruleViolation("token.expiry-in-past", () -> issue(Optional.of(T0.minusSeconds(1))));
  }

  @Test
  void without_an_expiry_is_usable_until_revoked() {
    ApiToken token = issue(Optional.empty());

    assertThat(token.isUsableAt(T0)).isTrue();
    assertThat(token.isUsableAt(daysAfterT0(10_000))).isTrue();
    assertThat(token.revoke(daysAfterT0(1)).isUsableAt(daysAfterT0(1))).isFalse();
  }

  @Test
  void is_usable_before_its_expiry_and_not_from_the_moment_it_expires() {
    ApiToken token = issue(Optional.of(daysAfterT0(30)));

    assertThat(token.isUsableAt(daysAfterT0(30).minusNanos(1))).isTrue();
    assertThat(token.isUsableAt(daysAfterT0(30))).isFalse();
    assertThat(token.isUsableAt(daysAfterT0(31))).isFalse();
  }

  @Test
  void revoking_records_when_and_makes_it_unusable_from_then_on() {
    ApiToken revoked = issue(Optional.of(daysAfterT0(30))).revoke(daysAfterT0(2));

    assertThat(revoked.revokedAt()).contains(daysAfterT0(2));
    assertThat(revoked.isUsableAt(daysAfterT0(3))).isFalse();
    assertThat(revoked.hash()).isEqualTo(TokenHash.of(PLAINTEXT));
  }

  @Test
  void cannot_be_revoked_twice() {
    ApiToken revoked = issue(Optional.empty()).revoke(daysAfterT0(2));

    Expect.ruleViolation("token.already-revoked", () -> revoked.revoke(daysAfterT0(3)));
  }

  @Test
  void records_its_last_use() {
    ApiToken used = issue(Optional.empty()).usedAt(daysAfterT0(1)).usedAt(daysAfterT0(2));

    assertThat(used.lastUsedAt()).contains(daysAfterT0(2));
    assertThat(used.isUsableAt(daysAfterT0(2))).isTrue();
  }

  @Test
  void takes_the_version_it_was_stored_with() {
    ApiToken stored = issue(Optional.empty()).withVersion(new Version(3));

    assertThat(stored.version()).isEqualTo(new Version(3));
    assertThat(stored.revoke(T0.plusSeconds(1)).version()).isEqualTo(new Version(3));
  }

  @Test
  void parses_its_id_from_text() {
    assertThat(ApiTokenId.of("00000000-0000-0000-0000-00000000000a")).isEqualTo(ID);
    assertThat(ID).hasToString("00000000-0000-0000-0000-00000000000a");
    Expect.invalid("id.invalid", () -> ApiTokenId.of("token-1"));
  }
}
