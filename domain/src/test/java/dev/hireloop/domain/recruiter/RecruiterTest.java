package dev.hireloop.domain.recruiter;

import static dev.hireloop.domain.testing.Fixtures.RECRUITER;
import static dev.hireloop.domain.testing.Fixtures.T0;
import static dev.hireloop.domain.testing.Fixtures.daysAfterT0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.domain.testing.Expect;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

final class RecruiterTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static Recruiter alex() {
    return Recruiter.create(RECRUITER, "Alex Morgan", Email.of("alex@agency.example"), LONDON, T0);
  }

  @Test
  void is_created_active_and_unsaved() {
    Recruiter recruiter = alex();

    assertThat(recruiter.status()).isEqualTo(RecruiterStatus.ACTIVE);
    assertThat(recruiter.isActive()).isTrue();
    assertThat(recruiter.createdAt()).isEqualTo(T0);
    assertThat(recruiter.updatedAt()).isEqualTo(T0);
    assertThat(recruiter.version()).isEqualTo(Version.initial());
  }

  @Test
  void rename_changes_name_email_and_time_zone_but_not_the_status() {
    Recruiter renamed = alex().disable(daysAfterT0(1))
        .rename("  Alex Q. Morgan ", Email.of("alex.q@agency.example"), ZoneId.of("America/Chicago"), daysAfterT0(2));

    assertThat(renamed.name()).isEqualTo("Alex Q. Morgan");
    assertThat(renamed.email()).isEqualTo(Email.of("alex.q@agency.example"));
    assertThat(renamed.timeZone()).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(renamed.status()).isEqualTo(RecruiterStatus.DISABLED);
    assertThat(renamed.createdAt()).isEqualTo(T0);
    assertThat(renamed.updatedAt()).isEqualTo(daysAfterT0(2));
  }

  @Test
  void rejects_a_blank_or_over_long_name() {
    Expect.invalid("value.blank", () -> Recruiter.create(RECRUITER, " ", Email.of("a@b.co"), LONDON, T0));
    Expect.invalid("value.too-long", () -> Recruiter.create(RECRUITER, "n".repeat(Recruiter.MAX_NAME + 1),
        Email.of("a@b.co"), LONDON, T0));
    assertThat(Recruiter.create(RECRUITER, "n".repeat(Recruiter.MAX_NAME), Email.of("a@b.co"), LONDON, T0).name())
        .hasSize(Recruiter.MAX_NAME);
  }

  @Test
  void rejects_missing_parts() {
    Expect.invalid("value.required", () -> Recruiter.create(null, "Alex", Email.of("a@b.co"), LONDON, T0));
    Expect.invalid("value.required", () -> Recruiter.create(RECRUITER, "Alex", null, LONDON, T0));
    Expect.invalid("value.required", () -> Recruiter.create(RECRUITER, "Alex", Email.of("a@b.co"), null, T0));
    Expect.invalid("value.required", () -> Recruiter.create(RECRUITER, "Alex", Email.of("a@b.co"), LONDON, null));
  }

  @Test
  void can_be_disabled_and_enabled_again() {
    Recruiter disabled = alex().disable(daysAfterT0(1));
    assertThat(disabled.status()).isEqualTo(RecruiterStatus.DISABLED);
    assertThat(disabled.isActive()).isFalse();
    assertThat(disabled.updatedAt()).isEqualTo(daysAfterT0(1));

    Recruiter enabled = disabled.enable(daysAfterT0(2));
    assertThat(enabled.status()).isEqualTo(RecruiterStatus.ACTIVE);
    assertThat(enabled.updatedAt()).isEqualTo(daysAfterT0(2));
  }

  @Test
  void cannot_disable_a_disabled_recruiter_or_enable_an_active_one() {
    Recruiter active = alex();
    Recruiter disabled = active.disable(daysAfterT0(1));

    Expect.illegalTransition("recruiter", RecruiterStatus.DISABLED, RecruiterStatus.DISABLED,
        () -> disabled.disable(daysAfterT0(2)));
    Expect.illegalTransition("recruiter", RecruiterStatus.ACTIVE, RecruiterStatus.ACTIVE,
        () -> active.enable(daysAfterT0(2)));
  }

  @Test
  void takes_the_version_it_was_stored_with_and_keeps_it_through_changes() {
    Recruiter stored = alex().withVersion(new Version(4));

    assertThat(stored.version()).isEqualTo(new Version(4));
    assertThat(stored.disable(daysAfterT0(1)).version()).isEqualTo(new Version(4));
  }
}
