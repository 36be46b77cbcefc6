package dev.hireloop.domain.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The role words of a job title: lower case without accents, without the level ("senior", "Sr.", "II"), filler
 * ("of", "and") or notes in brackets ("(m/f/d)", "(Java/Kotlin)"), with common spellings made one
 * ("back-end" and "back end" read as backend, "developer" and "programmer" as engineer, "SWE" as software engineer).
 * What is left says what the job is: "Senior Backend Engineer – Payments" has the role words backend, engineer and
 * payments. The level is {@code SeniorityParser}'s business.
 */
final class TitleWords {
  /** A title's role words by segment: the first segment is the role itself, later ones the team or product. */
  record Segmented(List<List<String>> segments) {
    List<String> all() {
      List<String> out = new ArrayList<>();
      segments.forEach(segment -> segment.stream().filter(w -> !out.contains(w)).forEach(out::add));
      return out;
    }
  }

  private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|\\{[^}]*}");
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final Pattern SEGMENT = Pattern.compile("\\s+[-–—|]\\s+|[,:;|–—]|\\s+/\\s+|\\s+@\\s+");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

  private static final Map<Pattern, String> PHRASES = new LinkedHashMap<>();

  static {
    phrase("front[- ]?end", "frontend");
    phrase("back[- ]?end", "backend");
    phrase("full[- ]?stack", "fullstack");
    phrase("dev[- ]?ops", "devops");
    phrase("machine learning", "ml");
    phrase("site reliability", "sre");
    phrase("quality assurance", "qa");
    phrase("user experience", "ux");
    phrase("user interface", "ui");
    phrase("human resources", "hr");
    phrase("full[- ]time", "");
    phrase("part[- ]time", "");
    phrase("on[- ]site", "");
    phrase("entry[- ]level", "");
    phrase("mid[- ]level", "");
    phrase("vice[- ]president", "vp");
  }

  private static final Map<String, List<String>> SPELLINGS = Map.ofEntries(
      Map.entry("developer", List.of("engineer")), Map.entry("developers", List.of("engineer")),
      Map.entry("programmer", List.of("engineer")), Map.entry("dev", List.of("engineer")),
      Map.entry("eng", List.of("engineer")), Map.entry("engr", List.of("engineer")),
      Map.entry("engineers", List.of("engineer")), Map.entry("swe", List.of("software", "engineer")),
      Map.entry("sde", List.of("software", "engineer")), Map.entry("mgr", List.of("manager")),
      Map.entry("admin", List.of("administrator")), Map.entry("sysadmin", List.of("systems", "administrator")),
      Map.entry("system", List.of("systems")), Map.entry("js", List.of("javascript")),
      Map.entry("nursing", List.of("nurse")), Map.entry("accounting", List.of("accountant")));

  /** Levels, fillers and work arrangements: they say nothing about what the role is. */
  private static final Set<String> DROPPED = Set.of(
      "senior", "sr", "snr", "junior", "jr", "lead", "principal", "staff", "head", "chief", "intern", "internship",
      "trainee", "graduate", "apprentice", "distinguished", "mid", "level", "i", "ii", "iii", "iv", "v", "1", "2",
      "3", "4", "5", "a", "an", "and", "the", "of", "for", "in", "at", "to", "with", "on", "or", "our", "team",
      "remote", "hybrid", "onsite", "contract", "freelance", "temporary", "permanent", "m", "f", "w", "d", "x");

  private TitleWords() {}

  static Segmented of(String title) {
    String text = DIACRITICS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
    text = BRACKETS.matcher(text).replaceAll(" ");
    for (Map.Entry<Pattern, String> entry : PHRASES.entrySet()) {
      text = entry.getKey().matcher(text).replaceAll(entry.getValue());
    }
    List<List<String>> segments = new ArrayList<>();
    for (String segment : SEGMENT.split(text)) {
      List<String> words = new ArrayList<>();
      for (String raw : NON_WORD.split(segment)) {
        if (raw.isEmpty() || DROPPED.contains(raw)) {
          continue;
        }
        for (String word : SPELLINGS.getOrDefault(raw, List.of(raw))) {
          if (!words.contains(word)) {
            words.add(word);
          }
        }
      }
      if (!words.isEmpty()) {
        segments.add(List.copyOf(words));
      }
    }
    return new Segmented(List.copyOf(segments));
  }

  private static void phrase(String regex, String replacement) {
    PHRASES.put(Pattern.compile("\\b" + regex + "\\b"), replacement);
  }
}
