package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.matching.Match;
import dev.hireloop.domain.matching.MatchId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.MatchRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Match results in {@code <schema>.profile_matches}, the result as JSON and the score as a column for the best-first
 * listings (indexed per job and per profile). A replace deletes and inserts in one transaction. Thread-safe.
 */
final class JdbiMatchRepository implements MatchRepository {
  private static final String INSERT = """
      INSERT INTO <schema>.profile_matches (id, recruiter_id, profile_id, job_id, score, result, matched_at)
      VALUES (:id, :recruiterId, :profileId, :jobId, :score, :result, :matchedAt)""";
  private static final String SELECT = "SELECT * FROM <schema>.profile_matches ";

  private final Database database;

  JdbiMatchRepository(Database database) {
    this.database = database;
  }

  @Override
  public void replaceForProfile(ProfileId profileId, List<Match> matches) {
    Check.notNull(profileId, "profileId");
    replace(matches, match -> match.profileId().equals(profileId), "profile", "profile_id", profileId.value());
  }

  @Override
  public void replaceForJob(JobId jobId, List<Match> matches) {
    Check.notNull(jobId, "jobId");
    replace(matches, match -> match.jobId().equals(jobId), "job", "job_id", jobId.value());
  }

  private void replace(List<Match> matches, Predicate<Match> owned, String side, String column, UUID id) {
    Check.notNull(matches, "matches");
    if (!matches.stream().allMatch(owned)) {
      throw new InvalidValueException("match.other-" + side, "every match must belong to the " + side);
    }
    database.write(handle -> {
      handle.createUpdate("DELETE FROM <schema>.profile_matches WHERE " + column + " = :id").bind("id", id)
          .execute();
      if (!matches.isEmpty()) {
        PreparedBatch batch = handle.prepareBatch(INSERT);
        for (Match match : matches) {
          batch.bind("id", match.id().value())
              .bind("recruiterId", match.recruiterId().value())
              .bind("profileId", match.profileId().value())
              .bind("jobId", match.jobId().value())
              .bind("score", match.score())
              .bind("result", CvJson.write(match.result()))
              .bind("matchedAt", Microseconds.truncate(match.matchedAt()))
              .add();
        }
        batch.execute();
      }
      return null;
    }, message -> new ConflictException("match.duplicate", "a match is stored twice"));
  }

  @Override
  public Optional<Match> findById(MatchId id) {
    Check.notNull(id, "matchId");
    return database.read(handle -> handle.createQuery(SELECT + "WHERE id = :id")
        .bind("id", id.value())
        .map((resultSet, context) -> map(resultSet))
        .findOne());
  }

  @Override
  public List<Match> forProfile(ProfileId profileId, double minScore, int limit) {
    Check.notNull(profileId, "profileId");
    return list("profile_id", profileId.value(), "job_id", minScore, limit);
  }

  @Override
  public List<Match> forJob(JobId jobId, double minScore, int limit) {
    Check.notNull(jobId, "jobId");
    return list("job_id", jobId.value(), "profile_id", minScore, limit);
  }

  private List<Match> list(String column, UUID id, String tieBreak, double minScore, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return database.read(handle -> handle.createQuery(SELECT + "WHERE " + column + " = :id AND score >= :minScore"
            + " ORDER BY score DESC, " + tieBreak + " LIMIT :limit")
        .bind("id", id)
        .bind("minScore", minScore)
        .bind("limit", limit)
        .map((resultSet, context) -> map(resultSet))
        .list());
  }

  private static Match map(ResultSet resultSet) throws SQLException {
    return new Match(new MatchId(Columns.uuid(resultSet, "id")),
        new RecruiterId(Columns.uuid(resultSet, "recruiter_id")),
        new ProfileId(Columns.uuid(resultSet, "profile_id")),
        new JobId(Columns.uuid(resultSet, "job_id")),
        CvJson.readResult(resultSet.getString("result")),
        Columns.instant(resultSet, "matched_at"));
  }
}
