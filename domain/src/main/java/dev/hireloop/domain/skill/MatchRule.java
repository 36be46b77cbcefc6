package dev.hireloop.domain.skill;

import dev.hireloop.domain.shared.InvalidValueException;

/**
 * How strictly one spelling of a skill must appear before it counts as a mention. Spellings that are also
 * everyday words ("Go", "Excel", "Word", "R") carry rules; every other spelling matches ignoring case and accents.
 * In the taxonomy file a rule is written by its {@link #code()} in braces after the spelling: {@code Go{cs,ctx,verb}}.
 */
public enum MatchRule {
  /** Only this exact capitalisation counts: "RN" but not "rn", "Excel" but not "excel". */
  CASE_SENSITIVE("cs"),
  /**
   * Needs a context of its own kind close by, in the same sentence: a context word ("programming", "languages",
   * "Microsoft", "fluent", "certified"…) or another skill of the same family ("R or Python", "C/C++").
   */
  NEEDS_CONTEXT("ctx"),
  /** Also a verb or a prose word: refused before "at", "in", "above", "the"… ("Excel at", "Go above and beyond"). */
  NOT_BEFORE_PROSE("verb");

  private final String code;

  MatchRule(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static MatchRule fromCode(String code) {
    for (MatchRule rule : values()) {
      if (rule.code.equals(code)) {
        return rule;
      }
    }
    throw new InvalidValueException("skill.rule-unknown", "unknown match rule: " + code);
  }
}
