package dev.hireloop.port.in.recruiter;

import dev.hireloop.domain.recruiter.ApiTokenId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;

public record RevokeApiTokenCommand(RecruiterId recruiterId, ApiTokenId tokenId) {
  public RevokeApiTokenCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(tokenId, "tokenId");
  }
}
