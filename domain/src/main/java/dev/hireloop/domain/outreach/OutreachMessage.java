package dev.hireloop.domain.outreach;

import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A message to a candidate (LinkedIn connection note, LinkedIn message or e-mail) and its delivery timeline.
 * {@code timeline} records when each status was reached.
 */
public record OutreachMessage(
    OutreachMessageId id,
    RecruiterId recruiterId,
    Optional<ProfileId> profileId,
    OutreachChannel channel,
    String recipient,
    Optional<String> subject,
    String body,
    OutreachStatus status,
    Map<OutreachStatus, Instant> timeline,
    Optional<String> externalId,
    Optional<String> failureReason,
    Version version) {

  public OutreachMessage {
    Check.notNull(id, "id");
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    Check.notNull(channel, "channel");
    recipient = Check.text(recipient, "recipient", 320);
    subject = Check.optionalText(subject, "subject", 300);
    body = Check.text(body, "body", channel.maxBodyLength());
    Check.notNull(status, "status");
    Check.notNull(timeline, "timeline");
    timeline.forEach((state, at) -> {
      Check.notNull(state, "timeline.status");
      Check.notNull(at, "timeline.at");
    });
    if (!timeline.containsKey(status) || !timeline.containsKey(OutreachStatus.DRAFT)) {
      throw new InvalidValueException("outreach.timeline-incomplete", "the timeline records the current status");
    }
    timeline = Collections.unmodifiableMap(new EnumMap<>(timeline));
    externalId = Check.optionalText(externalId, "externalId", 200);
    failureReason = Check.optionalText(failureReason, "failureReason", 1_000);
    Check.notNull(version, "version");
  }

  public static OutreachMessage draft(OutreachMessageId id, RecruiterId recruiterId, Optional<ProfileId> profileId,
      OutreachChannel channel, String recipient, Optional<String> subject, String body, Instant now) {
    return new OutreachMessage(id, recruiterId, profileId, channel, recipient, subject, body, OutreachStatus.DRAFT,
        Map.of(OutreachStatus.DRAFT, now), Optional.empty(), Optional.empty(), Version.initial());
  }

  /** Edits a draft's text; only drafts can change. */
  public OutreachMessage edit(Optional<String> newSubject, String newBody, Instant now) {
    if (status != OutreachStatus.DRAFT) {
      throw new dev.hireloop.domain.shared.RuleViolationException("outreach.not-draft",
          "only a draft message can be edited");
    }
    return new OutreachMessage(id, recruiterId, profileId, channel, recipient, newSubject, newBody, status,
        timeline, externalId, failureReason, version);
  }

  public OutreachMessage approve(Instant now) {
    return moveTo(OutreachStatus.APPROVED, now, externalId, failureReason);
  }

  public OutreachMessage sent(String providerMessageId, Instant now) {
    return moveTo(OutreachStatus.SENT, now, Optional.of(providerMessageId), failureReason);
  }

  public OutreachMessage delivered(Instant now) {
    return moveTo(OutreachStatus.DELIVERED, now, externalId, failureReason);
  }

  public OutreachMessage read(Instant now) {
    return moveTo(OutreachStatus.READ, now, externalId, failureReason);
  }

  public OutreachMessage replied(Instant now) {
    return moveTo(OutreachStatus.REPLIED, now, externalId, failureReason);
  }

  public OutreachMessage failed(String reason, Instant now) {
    return moveTo(OutreachStatus.FAILED, now, externalId, Optional.of(Check.notNull(reason, "failureReason")));
  }

  public Optional<Instant> reachedAt(OutreachStatus state) {
    return Optional.ofNullable(timeline.get(state));
  }

  public OutreachMessage withVersion(Version stored) {
    return new OutreachMessage(id, recruiterId, profileId, channel, recipient, subject, body, status, timeline,
        externalId, failureReason, stored);
  }

  private OutreachMessage moveTo(OutreachStatus target, Instant now, Optional<String> newExternalId,
      Optional<String> newFailureReason) {
    OutreachStatus next = OutreachStatus.MACHINE.transition(status, target);
    Map<OutreachStatus, Instant> newTimeline = new EnumMap<>(timeline);
    newTimeline.put(next, now);
    return new OutreachMessage(id, recruiterId, profileId, channel, recipient, subject, body, next, newTimeline,
        newExternalId, newFailureReason, version);
  }
}
