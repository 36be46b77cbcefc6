package dev.hireloop.domain.skill;

import dev.hireloop.domain.shared.Check;
import java.util.Locale;

/**
 * A skill as a recruiter would write it ("PostgreSQL", "Registered Nurse (RN)"). Two skills are the same when
 * their {@link #key()} is equal, so "postgresql" and "PostgreSQL" match. The skills taxonomy (job-import issue)
 * maps aliases such as "Postgres" to one canonical name before a skill is created.
 */
public record Skill(String name) {
  public static final int MAX_LENGTH = 100;

  public Skill {
    name = Check.text(name, "skill", MAX_LENGTH).replaceAll("\\s+", " ");
  }

  public static Skill of(String name) {
    return new Skill(name);
  }

  /** Case-insensitive identity used for matching and search. */
  public String key() {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return name;
  }
}
