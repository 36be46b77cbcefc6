package dev.hireloop.domain.matching;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.shared.Ids;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The id of a stored match; one per (profile, job), so re-running matching replaces rather than adds. */
public record MatchId(UUID value) implements EntityId {
  public MatchId {
    Check.notNull(value, "matchId");
  }

  /** The same id for the same profile and job, on every node and every run. */
  public static MatchId of(ProfileId profileId, JobId jobId) {
    Check.notNull(profileId, "profileId");
    Check.notNull(jobId, "jobId");
    return new MatchId(UUID.nameUUIDFromBytes(("match:" + profileId.value() + ":" + jobId.value())
        .getBytes(StandardCharsets.UTF_8)));
  }

  public static MatchId of(String raw) {
    return new MatchId(Ids.parse(raw, "matchId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
