package dev.hireloop.domain.matching;

import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.posting.Seniority;
import dev.hireloop.domain.posting.SeniorityParser;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillEvidence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Scores how well a candidate fits a job: a deterministic number in [0, 1] (rounded to 4 decimals) with a
 * breakdown a recruiter can read, and for every skill the job asks for the candidate's evidence or "missing".
 *
 * <p>The score is the weighted mean of five factors, each in [0, 1]:
 * <ul>
 *   <li><b>required skills, 0.45</b>: the share of the job's required skills the candidate has (by
 *       {@link Skill#key()});</li>
 *   <li><b>preferred skills, 0.15</b>: the share of its preferred skills;</li>
 *   <li><b>experience, 0.20</b>: months worked against the job's minimum years, 1 at or above it, the fraction
 *       reached below it; unknown experience counts half;</li>
 *   <li><b>title and level, 0.10</b>: how many of the job title's role words ({@code "Backend Engineer"}, levels and
 *       fillers dropped, "developer" read as engineer) one of the candidate's titles shares, the title's head word
 *       counting double and words after a dash or comma half; the current title counts fully and past ones at
 *       0.8. When the job title names a level ({@code SeniorityParser}), role words make 70 % and level 30 %: at
 *       or above the job's level is 1, each step below costs a quarter; a title without a level reads as
 *       mid-level. No titles at all count half;</li>
 *   <li><b>location, 0.10</b>: a remote job is 1 for everyone; an on-site or hybrid job is 1 where the
 *       candidate is in the job's place, 0.5 in the same region (state, nation), 0.25 in the same country, 0
 *       elsewhere; an unknown candidate location counts half.</li>
 * </ul>
 * A factor the job does not ask about (no required or no preferred skills, no minimum years, no location for an
 * on-site or hybrid job) is left out and the others' weights scaled up to sum to 1. Every factor only rises with
 * what the candidate brings, so one more required skill always raises the score (by at least 0.0022, more than
 * the rounding), and a candidate missing a required skill never outranks an otherwise identical one who has it.
 * Being above the job's level or experience is never held against a candidate.
 *
 * <p>Nothing about who the candidate is enters: {@link CandidateFacts} has no name, gender, age, photo or
 * nationality.
 *
 * <p>For many pairs, {@link #prepare(JobDetails) prepare} the jobs and candidates once and use
 * {@link #score(PreparedJob, PreparedCandidate)} (ints and bit sets, no allocation; exactly the score
 * {@link #score(JobDetails, CandidateFacts)} gives), {@link #top} to keep the best N, and {@link #explain} for
 * those N only. Thread-safe.
 */
public final class MatchScorer {
  public static final double REQUIRED_SKILLS_WEIGHT = 0.45;
  public static final double PREFERRED_SKILLS_WEIGHT = 0.15;
  public static final double EXPERIENCE_WEIGHT = 0.20;
  public static final double TITLE_WEIGHT = 0.10;
  public static final double LOCATION_WEIGHT = 0.10;

  /** What an unknown (experience, location, titles) counts: neither for nor against the candidate. */
  static final double NEUTRAL = 0.5;
  static final double PAST_TITLE = 0.8;
  static final double ROLE_SHARE = 0.7;
  static final double LEVEL_STEP = 0.25;
  static final double SAME_REGION = 0.5;
  static final double SAME_COUNTRY = 0.25;

  private static final int REQUIRED = MatchFactor.REQUIRED_SKILLS.ordinal();
  private static final int PREFERRED = MatchFactor.PREFERRED_SKILLS.ordinal();
  private static final int EXPERIENCE = MatchFactor.EXPERIENCE.ordinal();
  private static final int TITLE = MatchFactor.TITLE.ordinal();
  private static final int LOCATION = MatchFactor.LOCATION.ordinal();
  private static final double[] BASE_WEIGHTS = new double[MatchFactor.values().length];
  private static final int LIST_BUDGET = 180;
  private static final int QUOTE_BUDGET = 80;

  static {
    BASE_WEIGHTS[REQUIRED] = REQUIRED_SKILLS_WEIGHT;
    BASE_WEIGHTS[PREFERRED] = PREFERRED_SKILLS_WEIGHT;
    BASE_WEIGHTS[EXPERIENCE] = EXPERIENCE_WEIGHT;
    BASE_WEIGHTS[TITLE] = TITLE_WEIGHT;
    BASE_WEIGHTS[LOCATION] = LOCATION_WEIGHT;
  }

  private static final MatchScorer STANDARD = new MatchScorer();

  private final Vocabulary skillIds = new Vocabulary();
  private final Vocabulary wordIds = new Vocabulary();

  private MatchScorer() {}

  /** The scorer with the documented weights; one instance, so everything it prepares can be scored together. */
  public static MatchScorer standard() {
    return STANDARD;
  }

  /** The full result: score, one explained component per factor the job asks about, and every job skill's evidence. */
  public MatchResult score(JobDetails job, CandidateFacts candidate) {
    return explain(prepare(job), prepare(candidate));
  }

  public PreparedJob prepare(JobDetails job) {
    Check.notNull(job, "job");
    long[] required = bits(job.requiredSkills());
    long[] preferred = bits(job.preferredSkills());
    int minimumMonths = job.minimumYears().orElse(0) * 12;
    Map<String, Double> role = new LinkedHashMap<>();
    List<List<String>> segments = TitleWords.of(job.title()).segments();
    for (int s = 0; s < segments.size(); s++) {
      List<String> segment = segments.get(s);
      for (int w = 0; w < segment.size(); w++) {
        // the head of the first segment names the role ("engineer"); later segments name team or product
        double weight = s > 0 ? 0.5 : w == segment.size() - 1 ? 2.0 : 1.0;
        role.merge(segment.get(w), weight, Math::max);
      }
    }
    String[] roleText = role.keySet().toArray(new String[0]);
    int[] roleWords = new int[roleText.length];
    double[] roleWeights = new double[roleText.length];
    for (int i = 0; i < roleText.length; i++) {
      roleWords[i] = wordIds.id(roleText[i]);
      roleWeights[i] = role.get(roleText[i]);
    }
    Seniority level = SeniorityParser.ofTitle(job.title());
    boolean remote = job.remotePolicy() == RemotePolicy.REMOTE;
    List<List<String>> jobPlaces = remote ? List.of() : job.location().map(Places::of).orElse(List.of());
    int[][] places = new int[jobPlaces.size()][];
    for (int p = 0; p < places.length; p++) {
      places[p] = jobPlaces.get(p).stream().mapToInt(wordIds::id).toArray();
    }
    double[] weights = new double[BASE_WEIGHTS.length];
    weights[REQUIRED] = job.requiredSkills().isEmpty() ? 0 : BASE_WEIGHTS[REQUIRED];
    weights[PREFERRED] = job.preferredSkills().isEmpty() ? 0 : BASE_WEIGHTS[PREFERRED];
    weights[EXPERIENCE] = minimumMonths == 0 ? 0 : BASE_WEIGHTS[EXPERIENCE];
    weights[TITLE] = roleWords.length == 0 && level == Seniority.UNSPECIFIED ? 0 : BASE_WEIGHTS[TITLE];
    weights[LOCATION] = remote || places.length > 0 ? BASE_WEIGHTS[LOCATION] : 0;
    double sum = 0;
    for (double weight : weights) {
      sum += weight;
    }
    for (int f = 0; f < weights.length; f++) {
      weights[f] = sum == 0 ? 0 : weights[f] / sum;
    }
    return new PreparedJob(this, job, required, job.requiredSkills().size(), preferred,
        job.preferredSkills().size(), minimumMonths, roleWords, roleText, roleWeights, level, places, weights);
  }

  public PreparedCandidate prepare(CandidateFacts candidate) {
    Check.notNull(candidate, "candidate");
    int[] skills = candidate.skills().stream().mapToInt(s -> skillIds.id(s.skill().key())).toArray();
    List<String> titleTexts = new ArrayList<>();
    candidate.currentTitle().ifPresent(titleTexts::add);
    titleTexts.addAll(candidate.pastTitles());
    int[][] titles = new int[titleTexts.size()][];
    for (int t = 0; t < titles.length; t++) {
      titles[t] = TitleWords.of(titleTexts.get(t)).all().stream().mapToInt(wordIds::id).toArray();
    }
    Seniority level = titleTexts.isEmpty() ? Seniority.UNSPECIFIED : SeniorityParser.ofTitle(titleTexts.get(0));
    int[] places = candidate.location().map(Places::of).orElse(List.of()).stream()
        .flatMap(List::stream).distinct().mapToInt(wordIds::id).toArray();
    return new PreparedCandidate(this, candidate, skills, candidate.experienceMonths().orElse(-1), titles,
        candidate.currentTitle().isPresent(), level, places);
  }

  /** The score alone, exactly as {@link #score(JobDetails, CandidateFacts)} gives it; allocates nothing. */
  public double score(PreparedJob job, PreparedCandidate candidate) {
    if (job.scorer != this || candidate.scorer != this) {
      throw new InvalidValueException("match.prepared-elsewhere", "prepare jobs and candidates with this scorer");
    }
    double[] weights = job.weights;
    int required = 0;
    int preferred = 0;
    for (int skill : candidate.skills) {
      if (has(job.requiredBits, skill)) {
        required++;
      } else if (has(job.preferredBits, skill)) {
        preferred++;
      }
    }
    double total = 0;
    if (weights[REQUIRED] > 0) {
      total += weights[REQUIRED] * share(required, job.requiredCount);
    }
    if (weights[PREFERRED] > 0) {
      total += weights[PREFERRED] * share(preferred, job.preferredCount);
    }
    if (weights[EXPERIENCE] > 0) {
      total += weights[EXPERIENCE] * experience(job, candidate);
    }
    if (weights[TITLE] > 0) {
      total += weights[TITLE] * title(job, candidate);
    }
    if (weights[LOCATION] > 0) {
      total += weights[LOCATION] * location(job, candidate);
    }
    return Math.min(1.0, Math.round(total * 10_000) / 10_000.0);
  }

  /** The full result for a prepared pair; the same as {@link #score(JobDetails, CandidateFacts)}. */
  public MatchResult explain(PreparedJob job, PreparedCandidate candidate) {
    double score = score(job, candidate);
    JobDetails details = job.details;
    Map<String, String> evidence = new HashMap<>();
    for (SkillEvidence skill : candidate.facts.skills()) {
      evidence.put(skill.skill().key(), skill.evidence());
    }
    List<SkillMatch> required = skillMatches(details.requiredSkills(), evidence);
    List<SkillMatch> preferred = skillMatches(details.preferredSkills(), evidence);
    List<MatchComponent> components = new ArrayList<>();
    double[] weights = job.weights;
    if (weights[REQUIRED] > 0) {
      int matched = matched(required);
      components.add(new MatchComponent(MatchFactor.REQUIRED_SKILLS, weights[REQUIRED],
          share(matched, job.requiredCount), skillsSentence("required", required)));
    }
    if (weights[PREFERRED] > 0) {
      int matched = matched(preferred);
      components.add(new MatchComponent(MatchFactor.PREFERRED_SKILLS, weights[PREFERRED],
          share(matched, job.preferredCount), skillsSentence("preferred", preferred)));
    }
    if (weights[EXPERIENCE] > 0) {
      components.add(new MatchComponent(MatchFactor.EXPERIENCE, weights[EXPERIENCE], experience(job, candidate),
          experienceSentence(job, candidate)));
    }
    if (weights[TITLE] > 0) {
      components.add(new MatchComponent(MatchFactor.TITLE, weights[TITLE], title(job, candidate),
          titleSentence(job, candidate)));
    }
    if (weights[LOCATION] > 0) {
      components.add(new MatchComponent(MatchFactor.LOCATION, weights[LOCATION], location(job, candidate),
          locationSentence(job, candidate)));
    }
    return new MatchResult(score, components, required, preferred);
  }

  /**
   * The best {@code n} items scoring at least {@code minScore}, best first; equal scores in ascending order of
   * {@code id}, so the ranking is the same on every run whatever the input order. Keeps only {@code n} items in
   * a heap, so ranking a million costs a million scores and little memory.
   */
  public static <T> List<Ranked<T>> top(Iterable<? extends T> items, ToDoubleFunction<? super T> score,
      Function<? super T, String> id, int n, double minScore) {
    Check.notNull(items, "items");
    Check.notNull(score, "score");
    Check.notNull(id, "id");
    Check.range(n, "n", 1, 100_000);
    MatchComponent.unit(minScore, "minScore");
    Comparator<Ranked<T>> best = Comparator.<Ranked<T>>comparingDouble(r -> -r.score())
        .thenComparing(Ranked::id);
    PriorityQueue<Ranked<T>> worstFirst = new PriorityQueue<>(n + 1, best.reversed());
    for (T item : items) {
      double value = score.applyAsDouble(item);
      if (value < minScore) {
        continue;
      }
      if (worstFirst.size() == n) {
        Ranked<T> worst = worstFirst.peek();
        if (value < worst.score()) {
          continue;
        }
        String key = id.apply(item);
        if (value == worst.score() && key.compareTo(worst.id()) >= 0) {
          continue;
        }
        worstFirst.poll();
        worstFirst.add(new Ranked<>(item, key, value));
      } else {
        worstFirst.add(new Ranked<>(item, id.apply(item), value));
      }
    }
    List<Ranked<T>> out = new ArrayList<>(worstFirst);
    out.sort(best);
    return List.copyOf(out);
  }

  // ---- factors: each in [0, 1], shared by score() and explain() so both give the same numbers

  private static double share(int matched, int count) {
    return (double) matched / count;
  }

  private static double experience(PreparedJob job, PreparedCandidate candidate) {
    if (candidate.experienceMonths < 0) {
      return NEUTRAL;
    }
    return Math.min(1.0, (double) candidate.experienceMonths / job.minimumMonths);
  }

  private static double title(PreparedJob job, PreparedCandidate candidate) {
    if (candidate.titles.length == 0) {
      return NEUTRAL;
    }
    if (job.roleWords.length == 0) {
      return level(job, candidate);
    }
    double role = role(job, candidate, bestTitle(job, candidate));
    return job.level == Seniority.UNSPECIFIED ? role : ROLE_SHARE * role + (1 - ROLE_SHARE) * level(job, candidate);
  }

  /** The index of the candidate's title that shares most of the job's role words (the first of equals). */
  private static int bestTitle(PreparedJob job, PreparedCandidate candidate) {
    int best = 0;
    double bestRole = -1;
    for (int t = 0; t < candidate.titles.length; t++) {
      double role = role(job, candidate, t);
      if (role > bestRole) {
        best = t;
        bestRole = role;
      }
    }
    return best;
  }

  private static double role(PreparedJob job, PreparedCandidate candidate, int title) {
    int[] words = candidate.titles[title];
    double shared = 0;
    for (int i = 0; i < job.roleWords.length; i++) {
      if (contains(words, job.roleWords[i])) {
        shared += job.roleWeights[i];
      }
    }
    double role = shared / job.roleTotal;
    return title == 0 && candidate.hasCurrentTitle ? role : PAST_TITLE * role;
  }

  private static double level(PreparedJob job, PreparedCandidate candidate) {
    int gap = rank(job.level) - rank(candidateLevel(candidate));
    return gap <= 0 ? 1.0 : Math.max(0.0, 1.0 - LEVEL_STEP * gap);
  }

  private static Seniority candidateLevel(PreparedCandidate candidate) {
    return candidate.level == Seniority.UNSPECIFIED ? Seniority.MID : candidate.level;
  }

  private static int rank(Seniority level) {
    return switch (level) {
      case INTERN -> 0;
      case ENTRY, JUNIOR -> 1;
      case MID, UNSPECIFIED -> 2;
      case SENIOR -> 3;
      case LEAD, MANAGER -> 4;
      case PRINCIPAL, DIRECTOR -> 5;
      case EXECUTIVE -> 6;
    };
  }

  private static double location(PreparedJob job, PreparedCandidate candidate) {
    if (job.details.remotePolicy() == RemotePolicy.REMOTE) {
      return 1.0;
    }
    if (candidate.places.length == 0) {
      return NEUTRAL;
    }
    double best = 0;
    for (int[] place : job.places) {
      if (contains(candidate.places, place[0])) {
        return 1.0;
      }
      for (int i = 1; i < place.length; i++) {
        if (contains(candidate.places, place[i])) {
          best = Math.max(best, i == place.length - 1 ? SAME_COUNTRY : SAME_REGION);
        }
      }
    }
    return best;
  }

  // ---- explanations: one sentence each, within MatchComponent's 500 characters

  private static String skillsSentence(String kind, List<SkillMatch> skills) {
    List<String> have = skills.stream().filter(SkillMatch::matched).map(s -> s.skill().name()).toList();
    List<String> missing = skills.stream().filter(s -> !s.matched()).map(s -> s.skill().name()).toList();
    int n = skills.size();
    if (missing.isEmpty()) {
      return n == 1 ? "Has the one " + kind + " skill, " + list(have) + "."
          : "Has all " + n + " " + kind + " skills: " + list(have) + ".";
    }
    if (have.isEmpty()) {
      return "Has none of the " + n + " " + kind + " skill" + (n == 1 ? "" : "s") + "; missing " + list(missing)
          + ".";
    }
    return "Has " + have.size() + " of " + n + " " + kind + " skills (" + list(have) + "); missing "
        + list(missing) + ".";
  }

  private static String experienceSentence(PreparedJob job, PreparedCandidate candidate) {
    String minimum = job.minimumMonths / 12 + "-year minimum";
    int months = candidate.experienceMonths;
    if (months < 0) {
      return "Experience unknown, counted as neutral against the " + minimum + ".";
    }
    return years(months) + " of experience, " + (months >= job.minimumMonths ? "meets" : "below") + " the "
        + minimum + ".";
  }

  private static String titleSentence(PreparedJob job, PreparedCandidate candidate) {
    String jobTitle = quote(job.details.title());
    if (candidate.titles.length == 0) {
      return "No job titles known, counted as neutral against " + jobTitle + ".";
    }
    StringBuilder out = new StringBuilder();
    if (job.roleWords.length == 0) {
      out.append("The job title ").append(jobTitle).append(" names a level only");
    } else {
      int best = bestTitle(job, candidate);
      List<String> shared = new ArrayList<>();
      for (int i = 0; i < job.roleWords.length; i++) {
        if (contains(candidate.titles[best], job.roleWords[i])) {
          shared.add(job.roleWordText[i]);
        }
      }
      if (shared.isEmpty()) {
        out.append("No role word of ").append(jobTitle).append(" (").append(String.join(", ", job.roleWordText))
            .append(") in the candidate's titles");
      } else {
        boolean current = best == 0 && candidate.hasCurrentTitle;
        out.append(current ? "Current title " : "Past title ").append(quote(titleText(candidate, best)))
            .append(" shares ").append(String.join(", ", shared)).append(" with ").append(jobTitle);
        if (!current) {
          out.append(" (earlier titles count 80 %)");
        }
      }
    }
    if (job.level != Seniority.UNSPECIFIED) {
      Seniority held = candidateLevel(candidate);
      out.append("; the job is ").append(levelName(job.level)).append(" and the latest title reads as ")
          .append(levelName(held)).append(candidate.level == Seniority.UNSPECIFIED ? " (no level named)" : "");
    }
    return out.append('.').toString();
  }

  private static String locationSentence(PreparedJob job, PreparedCandidate candidate) {
    JobDetails details = job.details;
    if (details.remotePolicy() == RemotePolicy.REMOTE) {
      return "Remote job, so where the candidate lives does not count.";
    }
    String where = cut(details.location().orElse(""), 100) + " ("
        + (details.remotePolicy() == RemotePolicy.HYBRID ? "hybrid" : "on-site") + ")";
    if (candidate.places.length == 0) {
      return "Candidate location unknown, counted as neutral against the job's location " + where + ".";
    }
    String lives = "Candidate in " + cut(candidate.facts.location().orElse(""), 100);
    double fit = location(job, candidate);
    if (fit == 1.0) {
      return lives + " is where the job is: " + where + ".";
    }
    if (fit == SAME_REGION) {
      return lives + " is in the same region as the job, not the same city: " + where + ".";
    }
    if (fit == SAME_COUNTRY) {
      return lives + " is in the same country as the job, not the same region: " + where + ".";
    }
    return lives + " is not near the job: " + where + ".";
  }

  private static String titleText(PreparedCandidate candidate, int index) {
    CandidateFacts facts = candidate.facts;
    if (facts.currentTitle().isPresent()) {
      return index == 0 ? facts.currentTitle().get() : facts.pastTitles().get(index - 1);
    }
    return facts.pastTitles().get(index);
  }

  private static String levelName(Seniority level) {
    return switch (level) {
      case ENTRY -> "entry-level";
      case MID, UNSPECIFIED -> "mid-level";
      default -> level.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String years(int months) {
    if (months % 12 == 0) {
      return months == 12 ? "1 year" : months / 12 + " years";
    }
    return String.format(Locale.ROOT, "%.1f years", months / 12.0);
  }

  /** Names joined with commas, cut with "and N more" to stay within {@value #LIST_BUDGET} characters. */
  private static String list(List<String> names) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      String next = (i == 0 ? "" : ", ") + names.get(i);
      if (out.length() + next.length() > LIST_BUDGET) {
        return out.append(" and ").append(names.size() - i).append(" more").toString();
      }
      out.append(next);
    }
    return out.toString();
  }

  private static String quote(String text) {
    return "\"" + cut(text, QUOTE_BUDGET) + "\"";
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  // ---- small helpers

  private long[] bits(List<Skill> skills) {
    int[] ids = skills.stream().mapToInt(s -> skillIds.id(s.key())).toArray();
    long[] bits = new long[ids.length == 0 ? 0 : (Arrays.stream(ids).max().getAsInt() >>> 6) + 1];
    for (int id : ids) {
      bits[id >>> 6] |= 1L << id;
    }
    return bits;
  }

  private static boolean has(long[] bits, int id) {
    int word = id >>> 6;
    return word < bits.length && (bits[word] & (1L << id)) != 0;
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  private static List<SkillMatch> skillMatches(List<Skill> skills, Map<String, String> evidence) {
    List<SkillMatch> out = new ArrayList<>(skills.size());
    for (Skill skill : skills) {
      out.add(new SkillMatch(skill, Optional.ofNullable(evidence.get(skill.key()))));
    }
    return out;
  }

  private static int matched(List<SkillMatch> skills) {
    int matched = 0;
    for (SkillMatch skill : skills) {
      if (skill.matched()) {
        matched++;
      }
    }
    return matched;
  }
}
