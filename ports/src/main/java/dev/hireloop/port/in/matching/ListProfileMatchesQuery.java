package dev.hireloop.port.in.matching;

import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;

public record ListProfileMatchesQuery(RecruiterId recruiterId, ProfileId profileId, int limit, double minScore) {
  public ListProfileMatchesQuery {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(profileId, "profileId");
    MatchLimits.check(limit, minScore);
  }
}
