package dev.hireloop.domain.skill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.testing.Expect;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class SkillDefinitionTest {

  @Test
  void keeps_the_spellings_in_order_with_the_canonical_name_first() {
    SkillDefinition kubernetes = SkillDefinition.of("Kubernetes", SkillCategory.CLOUD_DEVOPS, " k8s ", "kube  ctl");

    assertThat(kubernetes.spellings()).containsExactly("Kubernetes", "k8s", "kube ctl");
    assertThat(kubernetes.rulesFor("k8s")).isEmpty();
  }

  @Test
  void gives_rules_to_one_spelling_only() {
    SkillDefinition go = SkillDefinition.of("Go", SkillCategory.PROGRAMMING_LANGUAGE, "Golang")
        .withRules("Go", MatchRule.CASE_SENSITIVE, MatchRule.NEEDS_CONTEXT);

    assertThat(go.rulesFor("Go")).containsExactlyInAnyOrder(MatchRule.CASE_SENSITIVE, MatchRule.NEEDS_CONTEXT);
    assertThat(go.rulesFor("Golang")).isEmpty();
    assertThat(go.rules()).containsOnlyKeys("Go");
  }

  @Test
  void rejects_a_spelling_given_twice_even_in_another_case_or_with_a_hyphen() {
    Expect.invalid("skill.alias-duplicate",
        () -> SkillDefinition.of("Machine Learning", SkillCategory.MACHINE_LEARNING, "machine-learning"));
    Expect.invalid("skill.alias-duplicate",
        () -> SkillDefinition.of("Kubernetes", SkillCategory.CLOUD_DEVOPS, "k8s", "K8S"));
  }

  @Test
  void rejects_rules_for_a_spelling_it_does_not_have() {
    Expect.invalid("skill.rule-unknown-spelling", () -> new SkillDefinition(Skill.of("Go"),
        SkillCategory.PROGRAMMING_LANGUAGE, List.of("Golang"), Map.of("golang", Set.of(MatchRule.CASE_SENSITIVE))));
  }

  @Test
  void rejects_missing_or_blank_parts() {
    Expect.invalid("value.required", () -> new SkillDefinition(null, SkillCategory.DATABASE, List.of(), Map.of()));
    Expect.invalid("value.required", () -> new SkillDefinition(Skill.of("SQL"), null, List.of(), Map.of()));
    Expect.invalid("value.blank", () -> SkillDefinition.of("SQL", SkillCategory.DATABASE, " "));
    Expect.invalid("value.too-long",
        () -> SkillDefinition.of("SQL", SkillCategory.DATABASE, "s".repeat(Skill.MAX_LENGTH + 1)));
  }

  @Test
  void reads_match_rules_by_their_codes() {
    assertThat(MatchRule.fromCode("cs")).isEqualTo(MatchRule.CASE_SENSITIVE);
    assertThat(MatchRule.fromCode("ctx")).isEqualTo(MatchRule.NEEDS_CONTEXT);
    assertThat(MatchRule.fromCode("verb")).isEqualTo(MatchRule.NOT_BEFORE_PROSE);
    Expect.invalid("skill.rule-unknown", () -> MatchRule.fromCode("CS"));
  }
}
