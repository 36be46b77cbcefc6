package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.profile.ChangeProfileStatusCommand;
import java.util.Optional;

/** {@code POST /api/profiles/{profile_id}/status}: the target {@code status} and an optional reason code. */
record ChangeStatusRequest(String status, String reason) {
  ChangeProfileStatusCommand toCommand(RecruiterId recruiterId, ProfileId profileId,
      Optional<Long> expectedVersion) {
    return new ChangeProfileStatusCommand(recruiterId, profileId,
        WireEnums.fromWire(PipelineStatus.class, status, "status"), Optional.ofNullable(reason), expectedVersion);
  }
}
