package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.domain.skill.Skill;
import java.util.Comparator;
import java.util.List;

/** One row of {@code job_skills} or {@code profile_skills}: a skill, its list (required or not) and its place. */
record SkillRow(String skillKey, String name, boolean required, int position) {

  static List<Skill> skills(List<SkillRow> rows, boolean required) {
    return rows.stream()
        .filter(row -> row.required() == required)
        .sorted(Comparator.comparingInt(SkillRow::position))
        .map(row -> Skill.of(row.name()))
        .toList();
  }
}
