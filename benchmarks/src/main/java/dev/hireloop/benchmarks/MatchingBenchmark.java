package dev.hireloop.benchmarks;

import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.matching.CandidateFacts;
import dev.hireloop.domain.matching.MatchResult;
import dev.hireloop.domain.matching.MatchScorer;
import dev.hireloop.domain.matching.PreparedCandidate;
import dev.hireloop.domain.matching.PreparedJob;
import dev.hireloop.domain.matching.Ranked;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Matching at a recruiter's scale, on generated realistic jobs and candidates ({@link MatchingData}: skills from
 * the taxonomy by field, titles with and without levels, 30 places), in time per operation with percentiles:
 * <ul>
 *   <li>{@code candidateAgainstJobs}: a new CV's facts against every open job (10,000 and 100,000) — prepare the
 *       candidate, score every prepared job, keep the top 20 with a score of at least 0.3, explain those 20;</li>
 *   <li>{@code jobAgainstCandidates}: a job against every profile (100,000 and 1,000,000) — prepare the job, score
 *       every prepared candidate, keep the top 50, explain them;</li>
 *   <li>{@code candidateAgainstJobsUnprepared} and {@code jobAgainstCandidatesUnprepared}: the baselines, the
 *       smaller size only — the full {@code MatchScorer.score(JobDetails, CandidateFacts)} (preparation and
 *       explanation) for every pair, then the same top N.</li>
 * </ul>
 * Jobs and candidates are prepared when they are stored or changed, not per request, so preparing the pool is set
 * up once and not measured. Before measuring, the fast and the full path must agree on the top N and on each
 * score, so a broken fast path fails the run instead of being timed.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchingBenchmark {
  static final int TOP_JOBS = 20;
  static final int TOP_CANDIDATES = 50;
  static final double MIN_SCORE = 0.3;
  static final MatchScorer SCORER = MatchScorer.standard();

  /** A stored job or profile as the matching use case holds it: its id and what is scored. */
  record Stored<T>(String id, T value) {}

  @State(Scope.Benchmark)
  public static class OpenJobs {
    @Param({"10000", "100000"})
    public int jobs;

    List<Stored<PreparedJob>> prepared;
    CandidateFacts candidate;

    @Setup(Level.Trial)
    public void generate() {
      MatchingData data = new MatchingData();
      prepared = stored(data.jobs(jobs, 6_000), SCORER::prepare);
      candidate = strongCandidate(data);
      PreparedCandidate check = SCORER.prepare(candidate);
      for (Stored<PreparedJob> job : prepared.subList(0, 10_000)) {
        if (SCORER.score(job.value(), check) != SCORER.score(job.value().details(), candidate).score()) {
          throw new IllegalStateException("the fast and the full score disagree");
        }
      }
      if (candidateAgainst(prepared, candidate).size() != TOP_JOBS) {
        throw new IllegalStateException("fewer than " + TOP_JOBS + " jobs match the candidate");
      }
    }
  }

  @State(Scope.Benchmark)
  public static class Profiles {
    @Param({"100000", "1000000"})
    public int candidates;

    List<Stored<PreparedCandidate>> prepared;
    JobDetails job;

    @Setup(Level.Trial)
    public void generate() {
      MatchingData data = new MatchingData();
      job = data.jobs(1, 6_002).get(0);
      prepared = stored(data.candidates(candidates, 6_003), SCORER::prepare);
      PreparedJob check = SCORER.prepare(job);
      for (Stored<PreparedCandidate> candidate : prepared.subList(0, 10_000)) {
        if (SCORER.score(check, candidate.value()) != SCORER.score(job, candidate.value().facts()).score()) {
          throw new IllegalStateException("the fast and the full score disagree");
        }
      }
      if (jobAgainst(prepared, job).size() != TOP_CANDIDATES) {
        throw new IllegalStateException("fewer than " + TOP_CANDIDATES + " candidates match the job");
      }
    }
  }

  /** The baselines' data: the smaller sizes, the same jobs and candidates, not prepared. */
  @State(Scope.Benchmark)
  public static class Unprepared {
    List<Stored<JobDetails>> jobs;
    CandidateFacts candidate;
    List<Stored<CandidateFacts>> candidates;
    JobDetails job;

    @Setup(Level.Trial)
    public void generate() {
      MatchingData data = new MatchingData();
      jobs = stored(data.jobs(10_000, 6_000), j -> j);
      candidate = strongCandidate(data);
      candidates = stored(data.candidates(100_000, 6_003), c -> c);
      job = data.jobs(1, 6_002).get(0);
      List<Ranked<MatchResult>> fast = candidateAgainst(stored(data.jobs(10_000, 6_000), SCORER::prepare), candidate);
      if (!fast.equals(unpreparedCandidateAgainst(jobs, candidate))) {
        throw new IllegalStateException("the fast and the full top N disagree");
      }
    }
  }

  @Benchmark
  public List<Ranked<MatchResult>> candidateAgainstJobs(OpenJobs state) {
    return candidateAgainst(state.prepared, state.candidate);
  }

  @Benchmark
  public List<Ranked<MatchResult>> jobAgainstCandidates(Profiles state) {
    return jobAgainst(state.prepared, state.job);
  }

  @Benchmark
  public List<Ranked<MatchResult>> candidateAgainstJobsUnprepared(Unprepared state) {
    return unpreparedCandidateAgainst(state.jobs, state.candidate);
  }

  @Benchmark
  public List<Ranked<MatchResult>> jobAgainstCandidatesUnprepared(Unprepared state) {
    List<Ranked<Stored<CandidateFacts>>> top = MatchScorer.top(state.candidates,
        c -> SCORER.score(state.job, c.value()).score(), Stored::id, TOP_CANDIDATES, MIN_SCORE);
    return explained(top, c -> SCORER.score(state.job, c.value()));
  }

  static List<Ranked<MatchResult>> candidateAgainst(List<Stored<PreparedJob>> jobs, CandidateFacts facts) {
    PreparedCandidate candidate = SCORER.prepare(facts);
    List<Ranked<Stored<PreparedJob>>> top = MatchScorer.top(jobs, j -> SCORER.score(j.value(), candidate),
        Stored::id, TOP_JOBS, MIN_SCORE);
    return explained(top, j -> SCORER.explain(j.value(), candidate));
  }

  static List<Ranked<MatchResult>> jobAgainst(List<Stored<PreparedCandidate>> candidates, JobDetails details) {
    PreparedJob job = SCORER.prepare(details);
    List<Ranked<Stored<PreparedCandidate>>> top = MatchScorer.top(candidates, c -> SCORER.score(job, c.value()),
        Stored::id, TOP_CANDIDATES, MIN_SCORE);
    return explained(top, c -> SCORER.explain(job, c.value()));
  }

  static List<Ranked<MatchResult>> unpreparedCandidateAgainst(List<Stored<JobDetails>> jobs,
      CandidateFacts candidate) {
    List<Ranked<Stored<JobDetails>>> top = MatchScorer.top(jobs, j -> SCORER.score(j.value(), candidate).score(),
        Stored::id, TOP_JOBS, MIN_SCORE);
    return explained(top, j -> SCORER.score(j.value(), candidate));
  }

  /** A software candidate from the generated pool, so the top N is full of real matches. */
  static CandidateFacts strongCandidate(MatchingData data) {
    for (CandidateFacts candidate : data.candidates(1_000, 6_001)) {
      if (candidate.currentTitle().orElse("").contains("Engineer") && candidate.skills().size() >= 20) {
        return candidate;
      }
    }
    throw new IllegalStateException("no software candidate in the generated pool");
  }

  private static <T, S> List<Stored<S>> stored(List<T> values, Function<T, S> prepare) {
    List<Stored<S>> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      out.add(new Stored<>(String.format("%07d", i), prepare.apply(values.get(i))));
    }
    return out;
  }

  private static <T> List<Ranked<MatchResult>> explained(List<Ranked<T>> top, Function<T, MatchResult> explain) {
    List<Ranked<MatchResult>> out = new ArrayList<>(top.size());
    for (Ranked<T> ranked : top) {
      out.add(new Ranked<>(explain.apply(ranked.item()), ranked.id(), ranked.score()));
    }
    return out;
  }
}
