package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.matching.Match;
import dev.hireloop.domain.matching.MatchId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.persistence.MatchRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Match results in memory, one per (profile, job). Thread-safe. */
final class InMemoryMatchRepository implements MatchRepository {
  private static final Comparator<Match> BEST_FOR_PROFILE = Comparator.comparingDouble(Match::score).reversed()
      .thenComparing(match -> match.jobId().value(), MemoryStore.UUID_ORDER);
  private static final Comparator<Match> BEST_FOR_JOB = Comparator.comparingDouble(Match::score).reversed()
      .thenComparing(match -> match.profileId().value(), MemoryStore.UUID_ORDER);

  private final MemoryStore store;
  private final TxMap<MatchId, Match> byId;

  InMemoryMatchRepository(MemoryStore store) {
    this.store = store;
    this.byId = new TxMap<>(store, new ConcurrentHashMap<>());
  }

  @Override
  public void replaceForProfile(ProfileId profileId, List<Match> matches) {
    Check.notNull(profileId, "profileId");
    replace(matches, match -> match.profileId().equals(profileId), "profile");
  }

  @Override
  public void replaceForJob(JobId jobId, List<Match> matches) {
    Check.notNull(jobId, "jobId");
    replace(matches, match -> match.jobId().equals(jobId), "job");
  }

  private void replace(List<Match> matches, Predicate<Match> owned, String side) {
    Check.notNull(matches, "matches");
    if (!matches.stream().allMatch(owned)) {
      throw new InvalidValueException("match.other-" + side, "every match must belong to the " + side);
    }
    store.inTransaction(() -> {
      List<MatchId> previous = byId.values().stream().filter(owned).map(Match::id).toList();
      previous.forEach(byId::remove);
      for (Match match : matches) {
        byId.put(match.id(), new Match(match.id(), match.recruiterId(), match.profileId(), match.jobId(),
            match.result(), Microseconds.truncate(match.matchedAt())));
      }
      return null;
    });
  }

  @Override
  public Optional<Match> findById(MatchId id) {
    Check.notNull(id, "matchId");
    return store.inTransaction(() -> byId.get(id));
  }

  @Override
  public List<Match> forProfile(ProfileId profileId, double minScore, int limit) {
    Check.notNull(profileId, "profileId");
    return store.inTransaction(() -> byId.values().stream()
        .filter(match -> match.profileId().equals(profileId) && match.score() >= minScore)
        .sorted(BEST_FOR_PROFILE).limit(Math.max(0, limit)).toList());
  }

  @Override
  public List<Match> forJob(JobId jobId, double minScore, int limit) {
    Check.notNull(jobId, "jobId");
    return store.inTransaction(() -> byId.values().stream()
        .filter(match -> match.jobId().equals(jobId) && match.score() >= minScore)
        .sorted(BEST_FOR_JOB).limit(Math.max(0, limit)).toList());
  }
}
