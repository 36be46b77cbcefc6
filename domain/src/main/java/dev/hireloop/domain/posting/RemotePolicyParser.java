package dev.hireloop.domain.posting;

import dev.hireloop.domain.job.RemotePolicy;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remote, hybrid or on-site, from what a posting says about where the work happens. Each sentence scores the cues it
 * holds; what is said about this role outweighs what is said about the company, so "a remote-first company, but this
 * role is on-site" is on-site:
 * <ul>
 *   <li>the title and "Location:" / "Workplace:" lines weigh 3, a sentence about "this role/position" 2, any other 1,
 *       and the company, benefits and boilerplate text ½;
 *   <li>"not remote", "not eligible for remote work" → on-site (4); "hybrid", "N days in the office" (N below
 *       5), "Tuesday to Thursday in office" → hybrid (3); "on-site", "in person", "in office 5 days" → on-site (2),
 *       but not "occasional on-site visits" or "on-site parking"; "remote", "fully remote", "work from home" →
 *       remote (2); "remote-first", "remote-friendly" (company culture) → remote (1).
 * </ul>
 * The highest total wins; on a tie hybrid beats on-site beats remote, so a doubtful posting is not sold as remote.
 */
final class RemotePolicyParser {
  private static final Pattern NOT_REMOTE = Pattern.compile(
      "\\b(?:not (?:eligible for |available for |open to |an option for |a |an )?(?:remote|fully remote)"
          + "|no remote|isn't remote|is not remote|remote work is not|cannot be (?:performed|done) remotely"
          + "|not (?:a )?(?:work from home|wfh))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final String DAY = "(?:monday|tuesday|wednesday|thursday|friday)s?";
  private static final Pattern HYBRID = Pattern.compile(
      "\\bhybrid\\b|\\bpartially remote\\b|\\bpartly remote\\b|\\bmix of (?:remote|home) and\\b"
          + "|\\bsplit between (?:home|remote) and\\b|\\bflexible (?:hybrid|working location)\\b"
          + "|\\b" + DAY + "\\s*(?:,|through|to|and|-|–)\\s*" + DAY + "\\s+(?:in|at)\\s+(?:the |our )?office",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAYS_IN_OFFICE = Pattern.compile(
      "\\b(?<n>[1-7]|one|two|three|four|five)\\s*(?:-\\s*[1-7]\\s*)?days?\\s*(?:a |per |/\\s*)?(?:week\\s*)?"
          + "(?:in|at|on)[- ](?:the |our |an? )?(?:[\\p{L}]+\\s+)?(?:office|site|onsite|on-site)"
          + "|\\b(?:in|at)[- ](?:the |our )?office,?\\s*(?<n2>[1-7]|one|two|three|four|five)\\s*days?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ON_SITE = Pattern.compile(
      "\\b(?:on[- ]?site|in[- ]person|in[- ]office|office[- ]based|based in (?:the|our) office"
          + "|must (?:be able to )?(?:commute|report) to)\\b"
          + "(?![- ](?:parking|gym|cafeteria|childcare|fitness|clinic|daycare|amenities|perks|interviews?|visits?"
          + "|meetings?))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern OCCASIONAL = Pattern.compile(
      "\\b(?:occasional(?:ly)?|periodic(?:ally)?|quarterly|sometimes|some|yearly|annual|visits?|trips?|travel)\\W+"
          + "(?:\\w+\\W+)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern REMOTE = Pattern.compile(
      "\\b(?:fully remote|100% remote|remote(?:ly)?|work(?:ing)? from home|wfh|work from anywhere)\\b"
          + "(?![- ](?:first|friendly|patient|monitoring|sensing|desktop|access|device|control|support tools))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern REMOTE_CULTURE = Pattern.compile(
      "\\bremote[- ](?:first|friendly)\\b|\\bdistributed (?:company|team)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern THIS_ROLE = Pattern.compile(
      "\\b(?:this|the) (?:role|position|job|opportunity)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORKPLACE_LINE = Pattern.compile(
      "^(?:location|locations|workplace|workplace type|work location|work arrangement|work model|work type|remote"
          + "|setting|office|work setup|arrangement)\\s*:", Pattern.CASE_INSENSITIVE);

  /** Every cue contains one of these; a sentence without any is skipped cheaply. */
  private static final String[] CUE_WORDS = {"remote", "hybrid", "office", "site", "person", "home", "wfh",
      "anywhere", "commute", "report to", "days", "flexible", "distributed"};

  private RemotePolicyParser() {}

  static Optional<RemotePolicy> detect(String text) {
    return detect("", List.of(text), List.of());
  }

  /**
   * The policy the texts state, if any. {@code texts} are the posting's blocks that speak about the job;
   * {@code background} its company, benefits and boilerplate blocks.
   */
  static Optional<RemotePolicy> detect(String title, List<String> texts, List<String> background) {
    Map<RemotePolicy, Double> scores = new EnumMap<>(RemotePolicy.class);
    score(title, 3, scores);
    for (String text : texts) {
      double weight = WORKPLACE_LINE.matcher(text).find() ? 3 : 1;
      for (Span sentence : Clauses.sentences(text)) {
        String part = sentence.of(text);
        if (Words.containsAny(Words.lower(part), CUE_WORDS)) {
          score(part, weight > 1 ? weight : THIS_ROLE.matcher(part).find() ? 2 : 1, scores);
        }
      }
    }
    for (String text : background) {
      for (Span sentence : Clauses.sentences(text)) {
        score(sentence.of(text), 0.5, scores);
      }
    }
    RemotePolicy best = null;
    double bestScore = 0;
    for (RemotePolicy policy : List.of(RemotePolicy.HYBRID, RemotePolicy.ON_SITE, RemotePolicy.REMOTE)) {
      double score = scores.getOrDefault(policy, 0.0);
      if (score > bestScore) {
        best = policy;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static void score(String sentence, double weight, Map<RemotePolicy, Double> scores) {
    if (!Words.containsAny(Words.lower(sentence), CUE_WORDS)) {
      return;
    }
    if (NOT_REMOTE.matcher(sentence).find()) {
      scores.merge(RemotePolicy.ON_SITE, 4 * weight, Double::sum);
      return;
    }
    Matcher days = DAYS_IN_OFFICE.matcher(sentence);
    if (days.find()) {
      String n = days.group("n") != null ? days.group("n") : days.group("n2");
      boolean everyDay = n.equals("5") || n.equalsIgnoreCase("five") || n.equals("6") || n.equals("7");
      scores.merge(everyDay ? RemotePolicy.ON_SITE : RemotePolicy.HYBRID, 3 * weight, Double::sum);
      return;
    }
    if (HYBRID.matcher(sentence).find()) {
      scores.merge(RemotePolicy.HYBRID, 3 * weight, Double::sum);
      return;
    }
    Matcher onSite = ON_SITE.matcher(sentence);
    while (onSite.find()) {
      if (!OCCASIONAL.matcher(sentence.substring(Math.max(0, onSite.start() - 30), onSite.start())).find()) {
        scores.merge(RemotePolicy.ON_SITE, 2 * weight, Double::sum);
        break;
      }
    }
    if (REMOTE.matcher(sentence).find()) {
      scores.merge(RemotePolicy.REMOTE, 2 * weight, Double::sum);
    } else if (REMOTE_CULTURE.matcher(sentence).find()) {
      scores.merge(RemotePolicy.REMOTE, 1 * weight, Double::sum);
    }
  }
}
