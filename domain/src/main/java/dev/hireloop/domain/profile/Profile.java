package dev.hireloop.domain.profile;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.IllegalTransitionException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A candidate profile owned by one recruiter, with its place in the pipeline. Immutable: every change returns a
 * new profile. {@code statusBeforeHold} remembers where an on-hold candidate resumes.
 */
public record Profile(
    ProfileId id,
    RecruiterId recruiterId,
    ProfileDetails details,
    ProfileSource source,
    PipelineStatus status,
    Optional<PipelineStatus> statusBeforeHold,
    Instant statusChangedAt,
    Instant createdAt,
    Instant updatedAt,
    Version version) {

  public Profile {
    Check.notNull(id, "id");
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(details, "details");
    Check.notNull(source, "source");
    Check.notNull(status, "status");
    Check.notNull(statusBeforeHold, "statusBeforeHold");
    Check.notNull(statusChangedAt, "statusChangedAt");
    Check.notNull(createdAt, "createdAt");
    Check.notNull(updatedAt, "updatedAt");
    Check.notNull(version, "version");
    if ((status == PipelineStatus.ON_HOLD) != statusBeforeHold.isPresent()) {
      throw new InvalidValueException("profile.hold-inconsistent",
          "statusBeforeHold is set exactly when the profile is on hold");
    }
    if (statusBeforeHold.filter(s -> !PipelineStatus.MACHINE.allows(s, PipelineStatus.ON_HOLD)).isPresent()) {
      throw new InvalidValueException("profile.hold-inconsistent",
          "statusBeforeHold must be a stage that can be put on hold");
    }
  }

  public static Profile create(ProfileId id, RecruiterId recruiterId, ProfileDetails details, ProfileSource source,
      Instant now) {
    return new Profile(id, recruiterId, details, source, PipelineStatus.NEW, Optional.empty(), now, now, now,
        Version.initial());
  }

  public Profile update(ProfileDetails newDetails, Instant now) {
    return new Profile(id, recruiterId, newDetails, source, status, statusBeforeHold, statusChangedAt, createdAt,
        now, version);
  }

  /**
   * Moves the profile along the pipeline. Putting on hold remembers the current stage; leaving hold may only go
   * back to that stage (or to rejected / withdrawn).
   */
  public Profile moveTo(PipelineStatus target, Instant now) {
    PipelineStatus.MACHINE.transition(status, target);
    if (status == PipelineStatus.ON_HOLD && !target.isClosed() && statusBeforeHold.orElseThrow() != target) {
      throw new IllegalTransitionException("profile", status, target);
    }
    Optional<PipelineStatus> before = target == PipelineStatus.ON_HOLD ? Optional.of(status) : Optional.empty();
    return new Profile(id, recruiterId, details, source, target, before, now, createdAt, now, version);
  }

  public boolean canMoveTo(PipelineStatus target) {
    if (!PipelineStatus.MACHINE.allows(status, target)) {
      return false;
    }
    return status != PipelineStatus.ON_HOLD || target.isClosed() || statusBeforeHold.orElseThrow() == target;
  }

  public Profile withVersion(Version stored) {
    return new Profile(id, recruiterId, details, source, status, statusBeforeHold, statusChangedAt, createdAt,
        updatedAt, stored);
  }
}
