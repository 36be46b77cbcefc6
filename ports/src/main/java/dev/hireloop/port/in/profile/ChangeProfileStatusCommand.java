package dev.hireloop.port.in.profile;

import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.Optional;

/**
 * Moves a profile in the pipeline. {@code reason} is a short lower-case code ({@code not_a_fit},
 * {@code salary_mismatch}) kept in the audit trail; free text is refused because the trail holds no personal data.
 */
public record ChangeProfileStatusCommand(RecruiterId recruiterId, ProfileId profileId, PipelineStatus target,
    Optional<String> reason, Optional<Long> expectedVersion) {
  public ChangeProfileStatusCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    Check.notNull(target, "status");
    reason = Check.optionalText(reason, "reason", 64);
    reason.ifPresent(code -> {
      if (!code.matches("[a-z0-9][a-z0-9_.-]{0,63}")) {
        throw new InvalidValueException("profile.reason-invalid",
            "reason must be a short lower-case code such as not_a_fit");
      }
    });
    Check.notNull(expectedVersion, "expectedVersion");
  }
}
