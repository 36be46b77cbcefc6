package dev.hireloop.domain.skill;

import dev.hireloop.domain.shared.Check;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers for skill lists: order kept, duplicates (by key) dropped, size bounded. */
public final class Skills {
  public static final int MAX_SKILLS = 200;

  private Skills() {}

  public static List<Skill> distinct(Collection<Skill> skills, String field) {
    Check.list(skills, field, MAX_SKILLS * 4);
    Map<String, Skill> byKey = new LinkedHashMap<>();
    for (Skill skill : skills) {
      byKey.putIfAbsent(skill.key(), skill);
    }
    return Check.list(new ArrayList<>(byKey.values()), field, MAX_SKILLS);
  }

  public static boolean containsKey(Collection<Skill> skills, String key) {
    for (Skill skill : skills) {
      if (skill.key().equals(key)) {
        return true;
      }
    }
    return false;
  }
}
