package dev.hireloop.domain.skill;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One skill of the taxonomy: its canonical name, its category, the other spellings that name it ("k8s" for
 * Kubernetes), and the {@link MatchRule}s of the spellings that are ambiguous (keyed by the exact spelling; a
 * spelling without an entry matches ignoring case and accents).
 */
public record SkillDefinition(
    Skill canonical, SkillCategory category, List<String> aliases, Map<String, Set<MatchRule>> rules) {
  public static final int MAX_ALIASES = 60;

  public SkillDefinition {
    Check.notNull(canonical, "canonical");
    Check.notNull(category, "category");
    Check.list(aliases, "aliases", MAX_ALIASES);
    Check.notNull(rules, "rules");
    List<String> spellings = new ArrayList<>(aliases.size());
    Set<String> keys = new HashSet<>();
    keys.add(SkillTaxonomy.normalise(canonical.name()));
    for (String alias : aliases) {
      String spelling = Check.text(alias, "alias", Skill.MAX_LENGTH).replaceAll("\\s+", " ");
      if (!keys.add(SkillTaxonomy.normalise(spelling))) {
        throw new InvalidValueException("skill.alias-duplicate",
            "the spelling " + spelling + " is given twice for " + canonical.name());
      }
      spellings.add(spelling);
    }
    aliases = List.copyOf(spellings);
    Map<String, Set<MatchRule>> copy = new HashMap<>();
    for (Map.Entry<String, Set<MatchRule>> entry : rules.entrySet()) {
      String term = Check.notNull(entry.getKey(), "rules");
      if (!term.equals(canonical.name()) && !aliases.contains(term)) {
        throw new InvalidValueException("skill.rule-unknown-spelling",
            "a rule is given for " + term + ", which is not a spelling of " + canonical.name());
      }
      Set<MatchRule> set = Check.notNull(entry.getValue(), "rules");
      if (!set.isEmpty()) {
        copy.put(term, Collections.unmodifiableSet(EnumSet.copyOf(set)));
      }
    }
    rules = Map.copyOf(copy);
  }

  /** A definition whose spellings all match freely (ignoring case and accents). */
  public static SkillDefinition of(String name, SkillCategory category, String... aliases) {
    return new SkillDefinition(Skill.of(name), category, Arrays.asList(aliases), Map.of());
  }

  /** This definition with {@code rules} for one of its spellings (the canonical name or an alias). */
  public SkillDefinition withRules(String spelling, MatchRule... rules) {
    Map<String, Set<MatchRule>> next = new HashMap<>(this.rules);
    Set<MatchRule> set = EnumSet.noneOf(MatchRule.class);
    set.addAll(Arrays.asList(rules));
    next.put(spelling, set);
    return new SkillDefinition(canonical, category, aliases, next);
  }

  /** The canonical name first, then the aliases, as written. */
  public List<String> spellings() {
    List<String> all = new ArrayList<>(aliases.size() + 1);
    all.add(canonical.name());
    all.addAll(aliases);
    return Collections.unmodifiableList(all);
  }

  public Set<MatchRule> rulesFor(String spelling) {
    return rules.getOrDefault(spelling, Set.of());
  }
}
