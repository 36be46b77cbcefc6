package dev.hireloop.domain.outreach;

import static dev.hireloop.domain.outreach.OutreachStatus.APPROVED;
import static dev.hireloop.domain.outreach.OutreachStatus.DELIVERED;
import static dev.hireloop.domain.outreach.OutreachStatus.DRAFT;
import static dev.hireloop.domain.outreach.OutreachStatus.FAILED;
import static dev.hireloop.domain.outreach.OutreachStatus.READ;
import static dev.hireloop.domain.outreach.OutreachStatus.REPLIED;
import static dev.hireloop.domain.outreach.OutreachStatus.SENT;
import static dev.hireloop.domain.testing.Fixtures.RECRUITER;
import static dev.hireloop.domain.testing.Fixtures.T0;
import static dev.hireloop.domain.testing.Fixtures.minutesAfterT0;
import static dev.hireloop.domain.testing.Fixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Version;
import dev.hireloop.domain.testing.Expect;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class OutreachMessageTest {

  private static final OutreachMessageId ID = new OutreachMessageId(uuid(80));
  private static final ProfileId PROFILE = new ProfileId(uuid(81));
  private static final String URN = "urn:li:person:AbC123";

  private static OutreachMessage draft(OutreachChannel channel, String body) {
    return OutreachMessage.draft(ID, RECRUITER, Optional.of(PROFILE), channel, URN, Optional.empty(), body, T0);
  }

  private static OutreachMessage message() {
    return draft(OutreachChannel.LINKEDIN_MESSAGE, "Hi Sam, would you be open to a chat about a role?");
  }

  @Test
  void is_drafted_with_a_timeline_that_starts_at_draft() {
    OutreachMessage message = message();

    assertThat(message.status()).isEqualTo(DRAFT);
    assertThat(message.timeline()).containsExactly(Map.entry(DRAFT, T0));
    assertThat(message.reachedAt(DRAFT)).contains(T0);
    assertThat(message.reachedAt(SENT)).isEmpty();
    assertThat(message.externalId()).isEmpty();
    assertThat(message.failureReason()).isEmpty();
    assertThat(message.version()).isEqualTo(Version.initial());
  }

  @Test
  void records_when_each_status_was_reached_along_the_way_to_a_reply() {
    OutreachMessage replied = message()
        .approve(minutesAfterT0(1))
        .sent("li-msg-1", minutesAfterT0(2))
        .delivered(minutesAfterT0(3))
        .read(minutesAfterT0(4))
        .replied(minutesAfterT0(5));

    assertThat(replied.status()).isEqualTo(REPLIED);
    assertThat(replied.externalId()).contains("li-msg-1");
    assertThat(replied.timeline()).containsExactly(
        Map.entry(DRAFT, T0),
        Map.entry(APPROVED, minutesAfterT0(1)),
        Map.entry(SENT, minutesAfterT0(2)),
        Map.entry(DELIVERED, minutesAfterT0(3)),
        Map.entry(READ, minutesAfterT0(4)),
        Map.entry(REPLIED, minutesAfterT0(5)));
  }

  @Test
  void a_provider_may_report_a_reply_without_delivery_or_read_receipts() {
    OutreachMessage replied = message().approve(minutesAfterT0(1)).sent("m", minutesAfterT0(2))
        .replied(minutesAfterT0(9));

    assertThat(replied.status()).isEqualTo(REPLIED);
    assertThat(replied.reachedAt(DELIVERED)).isEmpty();
    assertThat(replied.reachedAt(READ)).isEmpty();
    assertThat(replied.reachedAt(REPLIED)).contains(minutesAfterT0(9));
  }

  @Test
  void nothing_is_sent_without_approval() {
    Expect.illegalTransition("outreach", DRAFT, SENT, () -> message().sent("m", minutesAfterT0(1)));
    Expect.illegalTransition("outreach", DRAFT, FAILED, () -> message().failed("boom", minutesAfterT0(1)));
  }

  @Test
  void sending_can_fail_with_a_reason_before_or_after_it_was_handed_over() {
    OutreachMessage failedBeforeSending = message().approve(minutesAfterT0(1)).failed(" Rate limited ",
        minutesAfterT0(2));
    OutreachMessage failedAfterSending = message().approve(minutesAfterT0(1)).sent("m", minutesAfterT0(2))
        .failed("Recipient unreachable", minutesAfterT0(3));

    assertThat(failedBeforeSending.status()).isEqualTo(FAILED);
    assertThat(failedBeforeSending.failureReason()).contains("Rate limited");
    assertThat(failedBeforeSending.reachedAt(FAILED)).contains(minutesAfterT0(2));
    assertThat(failedAfterSending.failureReason()).contains("Recipient unreachable");
    assertThat(failedAfterSending.externalId()).contains("m");
  }

  @Test
  void a_delivered_read_replied_or_failed_message_cannot_fail_or_go_back() {
    OutreachMessage delivered = message().approve(T0).sent("m", T0).delivered(T0);
    OutreachMessage replied = delivered.replied(T0);
    OutreachMessage failed = message().approve(T0).failed("x", T0);

    Expect.illegalTransition("outreach", DELIVERED, FAILED, () -> delivered.failed("x", T0));
    Expect.illegalTransition("outreach", DELIVERED, SENT, () -> delivered.sent("m2", T0));
    Expect.illegalTransition("outreach", REPLIED, READ, () -> replied.read(T0));
    Expect.illegalTransition("outreach", FAILED, SENT, () -> failed.sent("m", T0));
    Expect.illegalTransition("outreach", APPROVED, APPROVED, () -> message().approve(T0).approve(T0));
  }

  @Test
  void only_a_draft_can_be_edited() {
    OutreachMessage edited = message().edit(Optional.empty(), "  Hi Sam, quick question.  ", minutesAfterT0(1));

    assertThat(edited.body()).isEqualTo("Hi Sam, quick question.");
    assertThat(edited.status()).isEqualTo(DRAFT);
    Expect.ruleViolation("outreach.not-draft",
        () -> message().approve(minutesAfterT0(1)).edit(Optional.empty(), "changed", minutesAfterT0(2)));
  }

  @Test
  void a_connection_note_has_at_most_300_characters() {
    assertThat(draft(OutreachChannel.LINKEDIN_CONNECTION, "n".repeat(300)).body()).hasSize(300);
    Expect.invalid("value.too-long", () -> draft(OutreachChannel.LINKEDIN_CONNECTION, "n".repeat(301)));
    Expect.invalid("value.too-long", () -> draft(OutreachChannel.LINKEDIN_CONNECTION, "short")
        .edit(Optional.empty(), "n".repeat(301), T0));
  }

  @Test
  void other_channels_allow_longer_messages() {
    assertThat(OutreachChannel.LINKEDIN_CONNECTION.maxBodyLength()).isEqualTo(300);
    assertThat(draft(OutreachChannel.LINKEDIN_MESSAGE, "n".repeat(8_000)).body()).hasSize(8_000);
    Expect.invalid("value.too-long", () -> draft(OutreachChannel.LINKEDIN_MESSAGE, "n".repeat(8_001)));
    assertThat(draft(OutreachChannel.EMAIL, "n".repeat(50_000)).body()).hasSize(50_000);
    Expect.invalid("value.too-long", () -> draft(OutreachChannel.EMAIL, "n".repeat(50_001)));
  }

  @Test
  void rejects_a_blank_body_or_recipient() {
    Expect.invalid("value.blank", () -> draft(OutreachChannel.EMAIL, " "));
    Expect.invalid("value.blank", () -> OutreachMessage.draft(ID, RECRUITER, Optional.empty(), OutreachChannel.EMAIL,
        " ", Optional.of("Hello"), "Body", T0));
  }

  @Test
  void an_email_keeps_its_subject_trimmed() {
    OutreachMessage email = OutreachMessage.draft(ID, RECRUITER, Optional.empty(), OutreachChannel.EMAIL,
        "sam@example.com", Optional.of("  A role at Acme "), "Body", T0);

    assertThat(email.subject()).contains("A role at Acme");
    assertThat(email.profileId()).isEmpty();
  }

  @Test
  void the_timeline_must_record_the_draft_and_the_current_status() {
    Expect.invalid("outreach.timeline-incomplete", () -> stored(SENT, Map.of(DRAFT, T0, APPROVED, T0)));
    Expect.invalid("outreach.timeline-incomplete", () -> stored(SENT, Map.of(APPROVED, T0, SENT, T0)));
    Expect.invalid("outreach.timeline-incomplete", () -> stored(DRAFT, Map.of()));
    assertThat(stored(SENT, Map.of(DRAFT, T0, APPROVED, T0, SENT, T0)).status()).isEqualTo(SENT);
  }

  @Test
  void copies_the_timeline_it_is_given_and_keeps_it_unmodifiable_and_ordered() {
    Map<OutreachStatus, Instant> timeline = new HashMap<>(Map.of(SENT, minutesAfterT0(2), DRAFT, T0,
        APPROVED, minutesAfterT0(1)));

    OutreachMessage message = stored(SENT, timeline);
    timeline.put(DELIVERED, minutesAfterT0(3));

    assertThat(message.timeline()).containsExactly(Map.entry(DRAFT, T0), Map.entry(APPROVED, minutesAfterT0(1)),
        Map.entry(SENT, minutesAfterT0(2)));
    assertThatThrownBy(() -> message.timeline().put(READ, T0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_change_leaves_the_earlier_message_and_its_timeline_untouched() {
    OutreachMessage draft = message();
    Map<OutreachStatus, Instant> before = new EnumMap<>(draft.timeline());

    draft.approve(minutesAfterT0(1));

    assertThat(draft.status()).isEqualTo(DRAFT);
    assertThat(draft.timeline()).isEqualTo(before);
  }

  @Test
  void keeps_its_stored_version_through_every_change() {
    assertThat(message().withVersion(new Version(8)).approve(T0).sent("m", T0).version()).isEqualTo(new Version(8));
  }

  private static OutreachMessage stored(OutreachStatus status, Map<OutreachStatus, Instant> timeline) {
    return new OutreachMessage(ID, RECRUITER, Optional.empty(), OutreachChannel.LINKEDIN_MESSAGE, URN,
        Optional.empty(), "Body", status, timeline, Optional.empty(), Optional.empty(), Version.initial());
  }
}
