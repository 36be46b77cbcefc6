package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.matching.ListJobMatchesQuery;
import dev.hireloop.port.in.matching.ListJobMatchesUseCase;
import dev.hireloop.port.in.matching.ListProfileMatchesQuery;
import dev.hireloop.port.in.matching.ListProfileMatchesUseCase;
import dev.hireloop.port.in.matching.MatchJobCommand;
import dev.hireloop.port.in.matching.MatchJobUseCase;
import dev.hireloop.port.in.matching.MatchLimits;
import dev.hireloop.port.in.matching.MatchProfileCommand;
import dev.hireloop.port.in.matching.MatchProfileUseCase;
import dev.hireloop.port.in.matching.MatchView;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * A profile's and a job's stored matches ({@code ?min_score=&limit=}, best first), and running matching again
 * ({@code POST …/matches/run}, the same parameters choosing what is kept).
 */
final class MatchHandlers {
  private final MatchProfileUseCase matchProfile;
  private final MatchJobUseCase matchJob;
  private final ListProfileMatchesUseCase profileMatches;
  private final ListJobMatchesUseCase jobMatches;

  MatchHandlers(MatchProfileUseCase matchProfile, MatchJobUseCase matchJob, ListProfileMatchesUseCase profileMatches,
      ListJobMatchesUseCase jobMatches) {
    this.matchProfile = matchProfile;
    this.matchJob = matchJob;
    this.profileMatches = profileMatches;
    this.jobMatches = jobMatches;
  }

  void listForProfile(Context ctx) {
    MatchLimits limits = limits(ctx);
    respond(ctx, profileMatches.list(new ListProfileMatchesQuery(caller(ctx), profileId(ctx), limits.limit(),
        limits.minScore())), limits);
  }

  void runForProfile(Context ctx) {
    MatchLimits limits = limits(ctx);
    respond(ctx, matchProfile.match(new MatchProfileCommand(caller(ctx), profileId(ctx), limits.limit(),
        limits.minScore())), limits);
  }

  void listForJob(Context ctx) {
    MatchLimits limits = limits(ctx);
    respond(ctx, jobMatches.list(new ListJobMatchesQuery(caller(ctx), jobId(ctx), limits.limit(),
        limits.minScore())), limits);
  }

  void runForJob(Context ctx) {
    MatchLimits limits = limits(ctx);
    respond(ctx, matchJob.match(new MatchJobCommand(caller(ctx), jobId(ctx), limits.limit(), limits.minScore())),
        limits);
  }

  private static void respond(Context ctx, List<MatchView> matches, MatchLimits limits) {
    ctx.json(MatchesResponse.from(matches, limits.minScore(), limits.limit()));
  }

  /** {@code min_score} in [0, 1] (default 0) and {@code limit} from 1 to 1000 (default 50). */
  static MatchLimits limits(Context ctx) {
    double minScore = number(Requests.query(ctx, "min_score"), "min_score")
        .orElse(MatchLimits.DEFAULT.minScore());
    int limit = Requests.query(ctx, "limit").map(raw -> {
      try {
        return Integer.parseInt(raw);
      } catch (NumberFormatException e) {
        throw RequestRejectedException.badRequest("query.wrong-type", "limit", "limit must be an integer");
      }
    }).orElse(MatchLimits.DEFAULT.limit());
    if (!(minScore >= 0.0 && minScore <= 1.0)) {
      throw RequestRejectedException.badRequest("query.out-of-range", "min_score",
          "min_score must be between 0 and 1");
    }
    if (limit < 1 || limit > MatchLimits.MAX_LIMIT) {
      throw RequestRejectedException.badRequest("query.out-of-range", "limit",
          "limit must be between 1 and " + MatchLimits.MAX_LIMIT);
    }
    return new MatchLimits(limit, minScore);
  }

  private static Optional<Double> number(Optional<String> raw, String name) {
    return raw.map(value -> {
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw RequestRejectedException.badRequest("query.wrong-type", name, name + " must be a number");
      }
    });
  }

  private static ProfileId profileId(Context ctx) {
    return new ProfileId(Requests.pathId(ctx, "profile_id"));
  }

  private static JobId jobId(Context ctx) {
    return new JobId(Requests.pathId(ctx, "job_id"));
  }

  private static RecruiterId caller(Context ctx) {
    return Authentication.principal(ctx).recruiterId();
  }
}
