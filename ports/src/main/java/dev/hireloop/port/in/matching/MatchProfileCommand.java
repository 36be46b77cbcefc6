package dev.hireloop.port.in.matching;

import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;

/** Match a profile against every open job of its recruiter; keep the best {@code limit} scoring {@code minScore}+. */
public record MatchProfileCommand(RecruiterId recruiterId, ProfileId profileId, int limit, double minScore) {
  public MatchProfileCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    MatchLimits.check(limit, minScore);
  }
}
