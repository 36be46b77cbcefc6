package dev.hireloop.domain.skill;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The skills taxonomy and its extractor: canonical skills with categories and aliases, found in free text in one
 * pass over its tokens. Every spelling is indexed by its first token; at each token the longest spelling that fits
 * wins ("Google Cloud Platform" over "Google Cloud", "React Native" over "React"). Spellings that are also everyday
 * words are guarded by their {@link MatchRule}s, and a few boundary rules keep glued words apart ("R&D",
 * "example.net", "C-level"). Immutable and thread-safe.
 */
public final class SkillTaxonomy implements SkillExtractor {
  /** The standard taxonomy on the class path of the domain jar. */
  public static final String RESOURCE = "/dev/hireloop/domain/skill/skills.tsv";

  /** How many tokens either side of an ambiguous spelling are searched for its context. */
  private static final int CONTEXT_WINDOW = 10;

  private final List<SkillDefinition> definitions;
  private final Map<String, SkillDefinition> byKey;
  private final Map<String, Term[]> byFirstToken;

  private SkillTaxonomy(List<SkillDefinition> definitions) {
    this.definitions = List.copyOf(definitions);
    Map<String, SkillDefinition> keys = new HashMap<>();
    Map<String, List<Term>> index = new HashMap<>();
    for (SkillDefinition definition : this.definitions) {
      for (String spelling : definition.spellings()) {
        String key = normalise(spelling);
        SkillDefinition previous = keys.putIfAbsent(key, definition);
        if (previous != null) {
          throw new InvalidValueException("skill.taxonomy-duplicate", "the spelling " + spelling + " of "
              + definition.canonical().name() + " is already a spelling of " + previous.canonical().name());
        }
        Term term = Term.of(definition, spelling, false);
        index.computeIfAbsent(term.keys[0], k -> new ArrayList<>()).add(term);
        if (term.pluralisable()) {
          Term plural = Term.of(definition, spelling, true);
          index.computeIfAbsent(plural.keys[0], k -> new ArrayList<>()).add(plural);
        }
      }
    }
    this.byKey = Map.copyOf(keys);
    Map<String, Term[]> sorted = new HashMap<>();
    Comparator<Term> longestFirst = Comparator.<Term>comparingInt(t -> -t.keys.length)
        .thenComparingInt(t -> -t.length)
        .thenComparing(t -> t.plural);
    index.forEach((first, terms) -> {
      terms.sort(longestFirst);
      sorted.put(first, terms.toArray(new Term[0]));
    });
    this.byFirstToken = Map.copyOf(sorted);
  }

  /** The standard taxonomy ({@value #RESOURCE}), loaded once, on first use. */
  public static SkillTaxonomy standard() {
    return Standard.INSTANCE;
  }

  /** A taxonomy of these definitions; no spelling may name two skills (or one skill twice). */
  public static SkillTaxonomy of(List<SkillDefinition> definitions) {
    return new SkillTaxonomy(Check.list(definitions, "definitions", 100_000));
  }

  /** The definition that a canonical name or an alias names, ignoring case, accents and hyphens. */
  public Optional<SkillDefinition> lookup(String nameOrAlias) {
    if (nameOrAlias == null || nameOrAlias.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byKey.get(normalise(nameOrAlias)));
  }

  /** The number of canonical skills. */
  public int size() {
    return definitions.size();
  }

  /** Every definition, in the order given (file order for the standard taxonomy). */
  public List<SkillDefinition> definitions() {
    return definitions;
  }

  @Override
  public List<SkillMention> extract(String text) {
    Check.notNull(text, "text");
    Tokens tokens = Tokens.of(text);
    int n = tokens.count;
    // Pass 1: the longest spelling at each token that passes the local checks; context comes in pass 2.
    List<Found> found = new ArrayList<>();
    // For each token, 1 + the index in found of the spelling that covers it; 0 when none does.
    int[] foundAt = new int[n];
    int i = 0;
    while (i < n) {
      Term[] terms = byFirstToken.get(tokens.key[i]);
      Term match = null;
      if (terms != null) {
        for (Term term : terms) {
          if (term.matchesAt(tokens, i) && Boundaries.accept(term, tokens, i, i + term.keys.length)) {
            match = term;
            break;
          }
        }
      }
      if (match == null) {
        i++;
        continue;
      }
      found.add(new Found(match, i, i + match.keys.length));
      for (int k = i; k < i + match.keys.length; k++) {
        foundAt[k] = found.size();
      }
      i += match.keys.length;
    }
    List<SkillMention> mentions = new ArrayList<>(found.size());
    for (Found f : found) {
      if (!f.term.needsContext || hasContext(f, tokens, found, foundAt)) {
        int start = tokens.start[f.from];
        int end = tokens.end[f.to - 1];
        SkillDefinition definition = f.term.definition;
        mentions.add(new SkillMention(definition.canonical(), definition.category(), start, end,
            text.substring(start, end)));
      }
    }
    return List.copyOf(mentions);
  }

  /** A context word of the family, or another skill of the family, in the same sentence and close by. */
  private static boolean hasContext(Found f, Tokens tokens, List<Found> found, int[] foundAt) {
    SkillContext.Family family = SkillContext.family(f.term.definition.category());
    int sentence = tokens.sentence[f.from];
    int from = Math.max(0, f.from - CONTEXT_WINDOW);
    int to = Math.min(tokens.count, f.to + CONTEXT_WINDOW);
    for (int k = from; k < to; k++) {
      if ((k >= f.from && k < f.to) || tokens.sentence[k] != sentence) {
        continue;
      }
      if (foundAt[k] > 0) {
        Found other = found.get(foundAt[k] - 1);
        // Another skill, not a repeat of this one: "Go Go Go" is a cheer, "Go and Rust" are languages.
        if (other.term.definition != f.term.definition
            && SkillContext.family(other.term.definition.category()) == family) {
          return true;
        }
      } else if (tokens.word[k] && SkillContext.isContextWord(family, tokens.key[k])) {
        return true;
      }
    }
    return false;
  }

  /** Case-folded, accent-free, with runs of spaces and hyphens as one space: the identity of a spelling. */
  static String normalise(String spelling) {
    Tokens tokens = Tokens.of(spelling);
    StringBuilder key = new StringBuilder(spelling.length());
    for (int i = 0; i < tokens.count; i++) {
      if (i > 0 && tokens.gap[i] != Tokens.ADJACENT) {
        key.append(' ');
      }
      key.append(tokens.key[i]);
    }
    return key.toString();
  }

  private static SkillTaxonomy load() {
    try (InputStream in = SkillTaxonomy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the skills taxonomy " + RESOURCE + " is missing from the class path");
      }
      return of(SkillTaxonomyFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("the skills taxonomy " + RESOURCE + " cannot be read", e);
    }
  }

  /** Holder idiom: the JVM loads the standard taxonomy once, lazily, and publishes it safely to every thread. */
  private static final class Standard {
    static final SkillTaxonomy INSTANCE = load();
  }

  private record Found(Term term, int from, int to) {}

  /** One spelling of a skill, cut into tokens like the texts it is looked for in. */
  static final class Term {
    final SkillDefinition definition;
    final String[] keys;
    final String[] raws;
    final boolean[] adjacent;
    final int length;
    final boolean plural;
    final boolean caseSensitive;
    final boolean needsContext;
    final boolean notBeforeProse;
    final boolean singleLetter;
    final boolean startsWithWord;
    final boolean endsWithWord;

    private Term(SkillDefinition definition, Tokens tokens, boolean plural, Set<MatchRule> rules) {
      this.definition = definition;
      int n = tokens.count;
      if (n == 0) {
        throw new InvalidValueException("skill.spelling-invalid",
            "a spelling of " + definition.canonical().name() + " has no letters, digits or symbols");
      }
      keys = new String[n];
      raws = new String[n];
      adjacent = new boolean[n];
      for (int i = 0; i < n; i++) {
        keys[i] = tokens.key[i];
        raws[i] = tokens.text.substring(tokens.start[i], tokens.end[i]);
        adjacent[i] = i > 0 && tokens.gap[i] == Tokens.ADJACENT;
      }
      this.plural = plural;
      if (plural) {
        keys[n - 1] = keys[n - 1] + "s";
        raws[n - 1] = raws[n - 1] + "s";
      }
      length = tokens.text.length() + (plural ? 1 : 0);
      caseSensitive = rules.contains(MatchRule.CASE_SENSITIVE);
      needsContext = rules.contains(MatchRule.NEEDS_CONTEXT);
      notBeforeProse = rules.contains(MatchRule.NOT_BEFORE_PROSE);
      singleLetter = n == 1 && tokens.word[0] && raws[0].length() == 1;
      startsWithWord = tokens.word[0];
      endsWithWord = tokens.word[n - 1];
    }

    static Term of(SkillDefinition definition, String spelling, boolean plural) {
      return new Term(definition, Tokens.of(spelling), plural, definition.rulesFor(spelling));
    }

    /**
     * Whether "…s" should also match: the spelling ends in a word of letters that does not already end like a
     * plural ("LLMs", "microservices", "LPNs"), and is not a single letter.
     */
    boolean pluralisable() {
      String last = raws[raws.length - 1];
      if (plural || !endsWithWord || last.length() < 2 || !last.chars().allMatch(Character::isLetter)) {
        return false;
      }
      char end = Character.toLowerCase(last.charAt(last.length() - 1));
      boolean acronym = last.chars().allMatch(Character::isUpperCase);
      return end != 's' && end != 'x' && end != 'z' && (acronym || last.length() >= 3);
    }

    boolean matchesAt(Tokens tokens, int i) {
      int n = keys.length;
      if (i + n > tokens.count) {
        return false;
      }
      for (int k = 0; k < n; k++) {
        int t = i + k;
        if (!keys[k].equals(tokens.key[t])) {
          return false;
        }
        if (k > 0 && (adjacent[k] ? tokens.gap[t] != Tokens.ADJACENT : tokens.gap[t] != Tokens.SPACE)) {
          return false;
        }
        if (caseSensitive
            && (tokens.length(t) != raws[k].length() || !tokens.text.startsWith(raws[k], tokens.start[t]))) {
          return false;
        }
      }
      return true;
    }
  }
}
