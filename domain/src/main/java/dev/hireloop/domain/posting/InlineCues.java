package dev.hireloop.domain.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a text that inline cues soften from required to preferred: "Kubernetes is a plus",
 * "NetSuite preferred", "ideally PostgreSQL", "Nice to have: Rust", "(AWS preferred)".
 *
 * <p>A cue at the start of its clause (or followed by ":") covers the rest of the clause; "ideally", "preferably"
 * and "bonus if" always do. Any other cue covers the words before it, back to the start of its clause, an earlier
 * cue, or the last comma, whichever is nearest. The scope goes past that comma only for a list ("AWS, GCP or Azure
 * is a plus"): when the part next to the cue holds "or"/"and" and the part before the comma is only skills and
 * filler words ("experience with"). So in "Python required, Go a plus" and "Knowledge of Java, Kotlin a plus" only Go
 * and Kotlin become preferred. A clause that is nothing but a cue ("(preferred)") covers the clause before it.
 */
final class InlineCues {
  private static final Pattern LEADING = Pattern.compile(
      "\\b(?:ideally|preferably|bonus (?:points )?(?:if|for)|extra (?:points|credit) (?:if|for)"
          + "|preference (?:will be )?(?:given )?(?:for|to)|(?:it'd|it would|would|it will) be (?:great|nice|awesome"
          + "|a plus|a bonus|even better) if|even better if|a plus if|nice if)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EITHER = Pattern.compile(
      "(?:\\b(?:is |are |would be |will be |also ){0,3}an? (?:big |huge |strong |definite |real |major |added |nice )?"
          + "(?:plus|bonus)\\b"
          + "|\\b(?:bonus|pluses|plus|nice[- ]to[- ]haves?|preferred|desired|desirable|optional|ideal)\\s*:"
          + "|\\b(?:is |are )?(?:strongly |highly |is )?preferred\\b"
          + "|\\b(?:is |are |would be |will be )?nice[- ]to[- ]haves?\\b"
          + "|\\b(?:is |are |would be )?(?:desired|desirable|advantageous|beneficial|helpful|optional)\\b"
          + "|\\b(?:is |are |would be |will be )?(?:an? )?(?:added |big )?advantage\\b"
          + "|\\bnot (?:required|essential|mandatory|a must)\\b"
          + "|\\b(?:is |are )?welcome\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST_WORD = Pattern.compile("\\b(?:or|and|and/or|as well as)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.+#/-]*");
  private static final Set<String> FILLER = Set.of("experience", "experienced", "with", "in", "of", "and", "or",
      "knowledge", "familiarity", "familiar", "exposure", "to", "the", "a", "an", "any", "some", "basic", "strong",
      "solid", "good", "working", "hands-on", "hands", "on", "proficiency", "proficient", "skills", "skill",
      "background", "understanding", "tools", "tool", "such", "as", "e.g.", "e.g", "eg", "like", "similar", "other",
      "etc", "etc.", "also", "is", "are", "using", "use", "certification", "certifications", "certified",
      "language", "languages", "framework", "frameworks", "platform", "platforms", "technologies", "technology",
      "including", "prior", "previous", "either", "both", "related", "equivalent", "modern", "and/or", "well",
      "tooling", "stack", "services", "systems", "practical", "professional", "demonstrated", "proven", "deep");

  /** Every cue contains one of these; a text without any is skipped cheaply. */
  private static final String[] CUE_WORDS = {"plus", "bonus", "prefer", "nice", "ideal", "desir", "advantag",
      "benefic", "helpful", "optional", "not ", "welcome", "extra", "great", "better", "would be"};

  /** How far back a list may reach: longer "lists" are prose. */
  private static final int MAX_LIST_SEGMENTS = 12;

  private InlineCues() {}

  /** The spans of {@code text} that are preferred; {@code mentions} are the skill spans found in it. */
  static List<Span> preferredSpans(String text, List<Span> mentions) {
    if (!Words.containsAny(Words.lower(text), CUE_WORDS)) {
      return List.of();
    }
    List<Span> out = new ArrayList<>();
    List<Span> sentences = Clauses.sentences(text);
    Span sentence = null;
    Span previous = null;
    for (Span clause : Clauses.clauses(text)) {
      Span within = Clauses.at(sentences, clause.start());
      if (within != sentence) {
        sentence = within;
        previous = null;
      }
      boolean bareCue = scan(text, clause, mentions, out);
      if (bareCue && previous != null) {
        out.add(previous);
      }
      if (hasWord(clause.of(text))) {
        previous = clause;
      }
    }
    return out;
  }

  /** Whether {@code index} lies in one of the spans. */
  static boolean covers(List<Span> spans, int index) {
    for (Span span : spans) {
      if (span.contains(index)) {
        return true;
      }
    }
    return false;
  }

  /** Adds the preferred spans of one clause; true when the clause is only a cue ("preferred", "a plus"). */
  private static boolean scan(String text, Span clause, List<Span> mentions, List<Span> out) {
    String part = clause.of(text);
    List<int[]> cues = new ArrayList<>(); // {start, end, leading?1:0}
    Matcher leading = LEADING.matcher(part);
    while (leading.find()) {
      cues.add(new int[] {leading.start(), leading.end(), 1});
    }
    Matcher either = EITHER.matcher(part);
    while (either.find()) {
      if (cues.stream().noneMatch(c -> either.start() < c[1] && either.end() > c[0])) {
        cues.add(new int[] {either.start(), either.end(), 0});
      }
    }
    if (cues.isEmpty()) {
      return false;
    }
    cues.sort((a, b) -> Integer.compare(a[0], b[0]));
    int regionStart = 0;
    boolean onlyCues = true;
    for (int[] cue : cues) {
      String before = part.substring(regionStart, cue[0]);
      boolean colon = part.substring(cue[0], cue[1]).endsWith(":");
      if (hasWord(before)) {
        onlyCues = false;
      }
      if (cue[2] == 1 || colon || !hasWord(before)) {
        if (hasWord(part.substring(cue[1]))) {
          onlyCues = false;
        }
        out.add(new Span(clause.start() + cue[1], clause.end()));
      } else {
        int scopeStart = trailingScopeStart(part, regionStart, cue[0], clause.start(), mentions);
        out.add(new Span(clause.start() + scopeStart, clause.start() + cue[0]));
      }
      regionStart = cue[1];
    }
    if (hasWord(part.substring(regionStart))) {
      onlyCues = false;
    }
    return onlyCues;
  }

  /** Where a trailing cue's scope starts within the clause text {@code part} (see the class comment). */
  private static int trailingScopeStart(String part, int regionStart, int cueStart, int offset, List<Span> mentions) {
    int comma = part.lastIndexOf(',', cueStart - 1);
    if (comma < regionStart) {
      return regionStart;
    }
    int scopeStart = comma + 1;
    if (!LIST_WORD.matcher(part.substring(scopeStart, cueStart)).find()) {
      return scopeStart;
    }
    for (int segments = 0; segments < MAX_LIST_SEGMENTS; segments++) {
      int previousComma = part.lastIndexOf(',', scopeStart - 2);
      int segmentStart = previousComma < regionStart ? regionStart : previousComma + 1;
      if (!isBare(part, segmentStart, scopeStart - 1, offset, mentions)) {
        return scopeStart;
      }
      scopeStart = segmentStart;
      if (segmentStart == regionStart) {
        return scopeStart;
      }
    }
    return scopeStart;
  }

  /** Whether {@code part[start, end)} holds only skills and filler words. */
  private static boolean isBare(String part, int start, int end, int offset, List<Span> mentions) {
    StringBuilder rest = new StringBuilder(part.substring(start, end));
    for (Span mention : mentions) {
      int from = Math.max(mention.start() - offset, start);
      int to = Math.min(mention.end() - offset, end);
      for (int i = from; i < to; i++) {
        rest.setCharAt(i - start, ' ');
      }
    }
    boolean anySkill = mentions.stream().anyMatch(m -> m.start() - offset < end && m.end() - offset > start);
    Matcher word = WORD.matcher(rest);
    while (word.find()) {
      if (!FILLER.contains(word.group().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return anySkill;
  }

  private static boolean hasWord(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
