package dev.hireloop.domain.consent;

import static dev.hireloop.domain.testing.Fixtures.RECRUITER;
import static dev.hireloop.domain.testing.Fixtures.T0;
import static dev.hireloop.domain.testing.Fixtures.daysAfterT0;
import static dev.hireloop.domain.testing.Fixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.domain.testing.Expect;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ConsentRecordTest {

  private static final ConsentId ID = new ConsentId(uuid(90));
  private static final ProfileId PROFILE = new ProfileId(uuid(91));
  private static final Instant EXPIRY = daysAfterT0(365);

  private static ConsentRecord granted(Optional<Instant> expiresAt) {
    return ConsentRecord.grant(ID, RECRUITER, PROFILE, ConsentPurpose.OUTREACH, " booking page checkbox ", expiresAt,
        T0);
  }

  @Test
  void records_how_and_when_it_was_given() {
    ConsentRecord consent = granted(Optional.of(EXPIRY));

    assertThat(consent.purpose()).isEqualTo(ConsentPurpose.OUTREACH);
    assertThat(consent.source()).isEqualTo("booking page checkbox");
    assertThat(consent.grantedAt()).isEqualTo(T0);
    assertThat(consent.expiresAt()).contains(EXPIRY);
    assertThat(consent.withdrawnAt()).isEmpty();
    assertThat(consent.version()).isEqualTo(Version.initial());
  }

  @Test
  void is_active_from_the_moment_it_is_granted() {
    ConsentRecord consent = granted(Optional.empty());

    assertThat(consent.isActiveAt(T0.minusNanos(1))).isFalse();
    assertThat(consent.isActiveAt(T0)).isTrue();
    assertThat(consent.isActiveAt(daysAfterT0(10_000))).isTrue();
  }

  @Test
  void expires_at_its_expiry() {
    ConsentRecord consent = granted(Optional.of(EXPIRY));

    assertThat(consent.isActiveAt(EXPIRY.minusNanos(1))).isTrue();
    assertThat(consent.isActiveAt(EXPIRY)).isFalse();
    assertThat(consent.isActiveAt(EXPIRY.plusSeconds(1))).isFalse();
  }

  @Test
  void is_inactive_once_withdrawn_and_kept_as_evidence() {
    ConsentRecord withdrawn = granted(Optional.of(EXPIRY)).withdraw(daysAfterT0(10));

    assertThat(withdrawn.withdrawnAt()).contains(daysAfterT0(10));
    assertThat(withdrawn.isActiveAt(daysAfterT0(11))).isFalse();
    assertThat(withdrawn.grantedAt()).isEqualTo(T0);
    assertThat(withdrawn.source()).isEqualTo("booking page checkbox");
  }

  @Test
  void cannot_be_withdrawn_twice() {
    ConsentRecord withdrawn = granted(Optional.empty()).withdraw(daysAfterT0(10));

    Expect.ruleViolation("consent.already-withdrawn", () -> withdrawn.withdraw(daysAfterT0(11)));
  }

  @Test
  void must_expire_after_it_is_granted() {
    Expect.ruleViolation("consent.expiry-before-grant", () -> granted(Optional.of(T0)));
    Expect.ruleViolation("consent.expiry-before-grant", () -> granted(Optional.of(T0.minusSeconds(1))));
    assertThat(granted(Optional.of(T0.plusNanos(1))).isActiveAt(T0)).isTrue();
  }

  @Test
  void needs_a_non_blank_bounded_source() {
    Expect.invalid("value.blank", () -> ConsentRecord.grant(ID, RECRUITER, PROFILE, ConsentPurpose.AI_INTERVIEW,
        " ", Optional.empty(), T0));
    Expect.invalid("value.too-long", () -> ConsentRecord.grant(ID, RECRUITER, PROFILE,
        ConsentPurpose.AI_INTERVIEW, "s".repeat(301), Optional.empty(), T0));
    Expect.invalid("value.required", () -> ConsentRecord.grant(ID, RECRUITER, PROFILE, null, "form",
        Optional.empty(), T0));
  }

  @Test
  void keeps_its_stored_version_when_withdrawn() {
    assertThat(granted(Optional.empty()).withVersion(new Version(2)).withdraw(daysAfterT0(1)).version())
        .isEqualTo(new Version(2));
  }
}
