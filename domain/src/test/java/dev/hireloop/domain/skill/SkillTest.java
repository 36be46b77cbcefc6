package dev.hireloop.domain.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.testing.Expect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class SkillTest {

  @Test
  void is_trimmed_and_its_inner_whitespace_collapsed() {
    assertThat(Skill.of("  Registered   Nurse\t(RN) ").name()).isEqualTo("Registered Nurse (RN)");
  }

  @Test
  void keeps_the_spelling_but_matches_by_a_case_insensitive_key() {
    Skill skill = Skill.of("PostgreSQL");

    assertThat(skill.name()).isEqualTo("PostgreSQL");
    assertThat(skill).hasToString("PostgreSQL");
    assertThat(skill.key()).isEqualTo("postgresql").isEqualTo(Skill.of("postgreSQL").key());
  }

  @Test
  void rejects_a_blank_or_over_long_name() {
    Expect.invalid("value.blank", () -> Skill.of("  "));
    Expect.invalid("value.required", () -> Skill.of(null));
    Expect.invalid("value.too-long", () -> Skill.of("s".repeat(Skill.MAX_LENGTH + 1)));
    assertThat(Skill.of("s".repeat(Skill.MAX_LENGTH)).name()).hasSize(Skill.MAX_LENGTH);
  }

  @Test
  void distinct_drops_later_duplicates_by_key_and_keeps_the_order() {
    List<Skill> skills = Skills.distinct(
        List.of(Skill.of("Java"), Skill.of("SQL"), Skill.of("java"), Skill.of("Kotlin"), Skill.of("JAVA")),
        "skills");

    assertThat(skills).extracting(Skill::name).containsExactly("Java", "SQL", "Kotlin");
  }

  @Test
  void distinct_copies_the_callers_list() {
    List<Skill> mine = new ArrayList<>(List.of(Skill.of("Java")));

    List<Skill> skills = Skills.distinct(mine, "skills");
    mine.add(Skill.of("Go"));

    assertThat(skills).containsExactly(Skill.of("Java"));
    assertThatThrownBy(() -> skills.add(Skill.of("Rust"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void distinct_allows_up_to_200_different_skills() {
    assertThat(Skills.distinct(numbered(Skills.MAX_SKILLS), "skills")).hasSize(200);
    Expect.invalid("value.too-many", () -> Skills.distinct(numbered(Skills.MAX_SKILLS + 1), "skills"));
  }

  @Test
  void distinct_counts_the_limit_after_removing_duplicates() {
    List<Skill> withDuplicates = new ArrayList<>(numbered(Skills.MAX_SKILLS));
    withDuplicates.addAll(numbered(Skills.MAX_SKILLS));

    assertThat(Skills.distinct(withDuplicates, "skills")).hasSize(Skills.MAX_SKILLS);
  }

  @Test
  void distinct_rejects_a_null_entry_or_a_missing_list() {
    Expect.invalid("value.required", () -> Skills.distinct(Arrays.asList(Skill.of("Java"), null), "skills"));
    Expect.invalid("value.required", () -> Skills.distinct(null, "skills"));
  }

  @Test
  void contains_key_compares_keys() {
    List<Skill> skills = List.of(Skill.of("Java"), Skill.of("SQL"));

    assertThat(Skills.containsKey(skills, "sql")).isTrue();
    assertThat(Skills.containsKey(skills, "go")).isFalse();
  }

  private static List<Skill> numbered(int count) {
    return IntStream.range(0, count).mapToObj(i -> Skill.of("skill-" + i)).toList();
  }
}
