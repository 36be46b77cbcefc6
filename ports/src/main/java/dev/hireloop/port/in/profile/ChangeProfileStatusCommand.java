package dev.hireloop.port.in.profile;

import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.Optional;

/** Moves a profile in the pipeline; {@code reason} is a short code or note kept in the audit trail. */
public record ChangeProfileStatusCommand(RecruiterId recruiterId, ProfileId profileId, PipelineStatus target,
    Optional<String> reason, Optional<Long> expectedVersion) {
  public ChangeProfileStatusCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    Check.notNull(target, "status");
    reason = Check.optionalText(reason, "reason", 200);
    Check.notNull(expectedVersion, "expectedVersion");
  }
}
