package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.matching.Match;
import dev.hireloop.domain.matching.MatchId;
import dev.hireloop.domain.profile.ProfileId;
import java.util.List;
import java.util.Optional;

/**
 * Stores match results, one per (profile, job): matching a profile replaces all of that profile's matches,
 * matching a job all of that job's. Lists are best first: score descending, ties by the other side's id
 * ascending (UUID byte order), then limited.
 */
public interface MatchRepository {
  /** Removes every match of the profile and stores {@code matches}, which must all be the profile's. */
  void replaceForProfile(ProfileId profileId, List<Match> matches);

  /** Removes every match of the job and stores {@code matches}, which must all be the job's. */
  void replaceForJob(JobId jobId, List<Match> matches);

  Optional<Match> findById(MatchId id);

  /** The profile's matches scoring at least {@code minScore}, best first, at most {@code limit}. */
  List<Match> forProfile(ProfileId profileId, double minScore, int limit);

  /** The job's matches scoring at least {@code minScore}, best first, at most {@code limit}. */
  List<Match> forJob(JobId jobId, double minScore, int limit);
}
