package dev.hireloop.domain.skill;

import dev.hireloop.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the taxonomy file: UTF-8, one skill a line, {@code #} starts a comment line, blank lines are skipped.
 * Columns are separated by tabs: canonical name, {@link SkillCategory} name, aliases separated by {@code |}
 * (may be empty). Any spelling may carry match rules in braces, e.g. {@code Go{cs,ctx,verb}} (see
 * {@link MatchRule#code()}).
 */
final class SkillTaxonomyFile {
  private SkillTaxonomyFile() {}

  static List<SkillDefinition> parse(String content) {
    List<SkillDefinition> definitions = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      try {
        definitions.add(parseLine(line));
      } catch (InvalidValueException e) {
        throw new InvalidValueException("skill.taxonomy-line-invalid", "line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return definitions;
  }

  static SkillDefinition parseLine(String line) {
    String[] columns = line.split("\t", -1);
    if (columns.length < 2 || columns.length > 3) {
      throw new InvalidValueException("skill.taxonomy-line-invalid",
          "expected name, category and aliases separated by tabs, found " + columns.length + " column(s)");
    }
    Map<String, Set<MatchRule>> rules = new HashMap<>();
    String name = spelling(columns[0], rules);
    SkillCategory category = category(columns[1].strip());
    List<String> aliases = new ArrayList<>();
    if (columns.length == 3 && !columns[2].isBlank()) {
      for (String alias : columns[2].split("\\|", -1)) {
        aliases.add(spelling(alias, rules));
      }
    }
    return new SkillDefinition(Skill.of(name), category, aliases, rules);
  }

  /** The spelling without its "{rules}" suffix; the rules go into {@code rules}. */
  private static String spelling(String column, Map<String, Set<MatchRule>> rules) {
    String value = column.strip().replaceAll("\\s+", " ");
    if (value.isEmpty()) {
      throw new InvalidValueException("skill.taxonomy-line-invalid", "an empty name or alias");
    }
    int brace = value.indexOf('{');
    if (brace < 0) {
      return value;
    }
    if (brace == 0 || !value.endsWith("}")) {
      throw new InvalidValueException("skill.taxonomy-line-invalid", "rules must follow a spelling: " + value);
    }
    String spelling = value.substring(0, brace).strip();
    Set<MatchRule> set = EnumSet.noneOf(MatchRule.class);
    for (String code : value.substring(brace + 1, value.length() - 1).split(",")) {
      set.add(MatchRule.fromCode(code.strip()));
    }
    rules.put(spelling, set);
    return spelling;
  }

  private static SkillCategory category(String name) {
    try {
      return SkillCategory.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("skill.taxonomy-line-invalid", "unknown category: " + name, e);
    }
  }
}
