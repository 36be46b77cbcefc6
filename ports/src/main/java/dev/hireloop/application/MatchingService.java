package dev.hireloop.application;

import dev.hireloop.domain.cv.ParsedCv;
import dev.hireloop.domain.job.Job;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.job.JobStatus;
import dev.hireloop.domain.matching.CandidateFacts;
import dev.hireloop.domain.matching.CandidateFactsMapper;
import dev.hireloop.domain.matching.Match;
import dev.hireloop.domain.matching.MatchScorer;
import dev.hireloop.domain.matching.PreparedCandidate;
import dev.hireloop.domain.matching.PreparedJob;
import dev.hireloop.domain.matching.ProfileMatched;
import dev.hireloop.domain.matching.Ranked;
import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.Profile;
import dev.hireloop.domain.profile.ProfileDetails;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillEvidence;
import dev.hireloop.domain.skill.Skills;
import dev.hireloop.port.in.matching.ListJobMatchesQuery;
import dev.hireloop.port.in.matching.ListJobMatchesUseCase;
import dev.hireloop.port.in.matching.ListProfileMatchesQuery;
import dev.hireloop.port.in.matching.ListProfileMatchesUseCase;
import dev.hireloop.port.in.matching.MatchJobCommand;
import dev.hireloop.port.in.matching.MatchJobUseCase;
import dev.hireloop.port.in.matching.MatchProfileCommand;
import dev.hireloop.port.in.matching.MatchProfileUseCase;
import dev.hireloop.port.in.matching.MatchView;
import dev.hireloop.port.out.persistence.JobSearch;
import dev.hireloop.port.out.persistence.ProfileSearch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs, stores and lists matches. A run scores with {@link MatchScorer} (each side prepared once), keeps the top N
 * at or above the minimum score, replaces the stored matches of the profile (or job) with them and publishes one
 * {@link ProfileMatched} per stored match, all in one transaction. Rejected and withdrawn profiles are not matched
 * to jobs. Stateless and thread-safe.
 */
final class MatchingService implements MatchProfileUseCase, MatchJobUseCase, ListProfileMatchesUseCase,
    ListJobMatchesUseCase {
  /** The evidence shown for a skill a recruiter typed on the profile rather than one read from a CV. */
  static final String LISTED_ON_PROFILE = "listed on the profile";
  private static final Set<PipelineStatus> MATCHABLE = EnumSet.complementOf(
      EnumSet.of(PipelineStatus.REJECTED, PipelineStatus.WITHDRAWN));

  private final ServiceContext context;
  private final MatchScorer scorer;

  MatchingService(ServiceContext context, MatchScorer scorer) {
    this.context = context;
    this.scorer = scorer;
  }

  @Override
  public List<MatchView> match(MatchProfileCommand command) {
    return context.inTransaction(() -> {
      Profile profile = profile(command.recruiterId(), command.profileId());
      Optional<ParsedCv> cv = context.persistence().cvs().history(profile.id()).stream().findFirst()
          .map(stored -> stored.parsed());
      PreparedCandidate candidate = scorer.prepare(facts(profile, cv));
      List<Job> jobs = all(page -> context.persistence().jobs().search(new JobSearch(command.recruiterId(),
          Optional.of(JobStatus.OPEN), Optional.empty(), Optional.empty()), page));
      Map<Job, PreparedJob> prepared = new LinkedHashMap<>();
      jobs.forEach(job -> prepared.put(job, scorer.prepare(job.details())));
      List<Ranked<Job>> best = MatchScorer.top(jobs, job -> scorer.score(prepared.get(job), candidate),
          job -> job.id().value().toString(), command.limit(), command.minScore());
      Instant now = context.now();
      List<Match> matches = best.stream().map(ranked -> Match.of(command.recruiterId(), profile.id(),
          ranked.item().id(), scorer.explain(prepared.get(ranked.item()), candidate), now)).toList();
      context.persistence().matches().replaceForProfile(profile.id(), matches);
      publish(matches, now);
      Map<JobId, Job> byId = new HashMap<>();
      jobs.forEach(job -> byId.put(job.id(), job));
      return matches.stream().map(match -> view(match, profile, byId.get(match.jobId()))).toList();
    });
  }

  @Override
  public List<MatchView> match(MatchJobCommand command) {
    return context.inTransaction(() -> {
      Job job = job(command.recruiterId(), command.jobId());
      PreparedJob prepared = scorer.prepare(job.details());
      Map<ProfileId, ParsedCv> cvs = context.persistence().cvs().latestParsed(command.recruiterId());
      List<Profile> profiles = all(page -> context.persistence().profiles().search(new ProfileSearch(
          command.recruiterId(), MATCHABLE, List.of(), Optional.empty()), page));
      Map<Profile, PreparedCandidate> candidates = new LinkedHashMap<>();
      profiles.forEach(profile -> candidates.put(profile,
          scorer.prepare(facts(profile, Optional.ofNullable(cvs.get(profile.id()))))));
      List<Ranked<Profile>> best = MatchScorer.top(profiles, profile -> scorer.score(prepared,
          candidates.get(profile)), profile -> profile.id().value().toString(), command.limit(),
          command.minScore());
      Instant now = context.now();
      List<Match> matches = best.stream().map(ranked -> Match.of(command.recruiterId(), ranked.item().id(),
          job.id(), scorer.explain(prepared, candidates.get(ranked.item())), now)).toList();
      context.persistence().matches().replaceForJob(job.id(), matches);
      publish(matches, now);
      Map<ProfileId, Profile> byId = new HashMap<>();
      profiles.forEach(profile -> byId.put(profile.id(), profile));
      return matches.stream().map(match -> view(match, byId.get(match.profileId()), job)).toList();
    });
  }

  @Override
  public List<MatchView> list(ListProfileMatchesQuery query) {
    Profile profile = profile(query.recruiterId(), query.profileId());
    Map<JobId, Optional<Job>> jobs = new HashMap<>();
    List<MatchView> views = new ArrayList<>();
    for (Match match : context.persistence().matches().forProfile(profile.id(), query.minScore(), query.limit())) {
      jobs.computeIfAbsent(match.jobId(), id -> context.persistence().jobs().findById(id))
          .ifPresent(job -> views.add(view(match, profile, job)));
    }
    return views;
  }

  @Override
  public List<MatchView> list(ListJobMatchesQuery query) {
    Job job = job(query.recruiterId(), query.jobId());
    List<MatchView> views = new ArrayList<>();
    for (Match match : context.persistence().matches().forJob(job.id(), query.minScore(), query.limit())) {
      context.persistence().profiles().findById(match.profileId())
          .ifPresent(profile -> views.add(view(match, profile, job)));
    }
    return views;
  }

  /**
   * What matching may know about a candidate: the latest CV's facts, with the profile's own skills added ("listed
   * on the profile") and its years, headline and location where the CV has none. Never the name or e-mail.
   */
  static CandidateFacts facts(Profile profile, Optional<ParsedCv> cv) {
    ProfileDetails details = profile.details();
    Optional<CandidateFacts> fromCv = cv.map(CandidateFactsMapper::from);
    Map<String, SkillEvidence> skills = new LinkedHashMap<>();
    fromCv.ifPresent(facts -> facts.skills().forEach(skill -> skills.putIfAbsent(skill.skill().key(), skill)));
    for (Skill skill : details.skills()) {
      if (skills.size() < Skills.MAX_SKILLS) {
        skills.putIfAbsent(skill.key(), new SkillEvidence(skill, LISTED_ON_PROFILE));
      }
    }
    Optional<Integer> months = fromCv.flatMap(CandidateFacts::experienceMonths)
        .or(() -> details.yearsOfExperience().map(years -> years * 12));
    Optional<String> title = fromCv.flatMap(CandidateFacts::currentTitle)
        .or(() -> details.headline().map(headline -> headline.length() > 200 ? headline.substring(0, 200).strip()
            : headline));
    Optional<String> location = fromCv.flatMap(CandidateFacts::location).or(details::location);
    return new CandidateFacts(List.copyOf(skills.values()), months, title,
        fromCv.map(CandidateFacts::pastTitles).orElse(List.of()), location);
  }

  private void publish(List<Match> matches, Instant now) {
    for (Match match : matches) {
      context.publish(new ProfileMatched(context.newId(), now, match.recruiterId(), match.id(), match.profileId(),
          match.jobId()));
    }
  }

  private static MatchView view(Match match, Profile profile, Job job) {
    return new MatchView(match.id(), profile.id(), profile.details().fullName(), job.id(), job.details().title(),
        match.result(), match.matchedAt());
  }

  private Profile profile(RecruiterId recruiterId, ProfileId profileId) {
    return context.persistence().profiles().findById(profileId)
        .filter(profile -> profile.recruiterId().equals(recruiterId))
        .orElseThrow(() -> new NotFoundException("profile.not-found", "no profile " + profileId));
  }

  private Job job(RecruiterId recruiterId, JobId jobId) {
    return context.persistence().jobs().findById(jobId)
        .filter(job -> job.recruiterId().equals(recruiterId))
        .orElseThrow(() -> new NotFoundException("job.not-found", "no job " + jobId));
  }

  /** Every item of a paged listing, page by page at the largest page size. */
  private static <T> List<T> all(Function<PageRequest, Page<T>> fetch) {
    List<T> items = new ArrayList<>();
    int offset = 0;
    while (true) {
      Page<T> page = fetch.apply(new PageRequest(offset, PageRequest.MAX_LIMIT));
      items.addAll(page.items());
      offset += page.items().size();
      if (page.items().isEmpty() || offset >= page.total()) {
        return items;
      }
    }
  }
}
