package dev.hireloop.testing;

import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillCategory;
import dev.hireloop.domain.skill.SkillExtractor;
import dev.hireloop.domain.skill.SkillMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link SkillExtractor} over a short fixed list of words, for tests that must not depend on the real taxonomy:
 * each word (case-sensitive, whole word) names one skill. Thread-safe.
 */
public final class ListedSkills implements SkillExtractor {
  private record Entry(Pattern pattern, Skill skill, SkillCategory category) {}

  private final List<Entry> entries = new ArrayList<>();

  private ListedSkills() {}

  /** Java, PostgreSQL (also "Postgres"), Kubernetes (also "k8s"), Terraform and Spanish. */
  public static ListedSkills standard() {
    Map<String, String> words = new LinkedHashMap<>();
    words.put("Java", "Java");
    words.put("PostgreSQL", "PostgreSQL");
    words.put("Postgres", "PostgreSQL");
    words.put("Kubernetes", "Kubernetes");
    words.put("k8s", "Kubernetes");
    words.put("Terraform", "Terraform");
    words.put("Spanish", "Spanish");
    ListedSkills skills = new ListedSkills();
    words.forEach((word, skill) -> skills.entries.add(new Entry(
        Pattern.compile("(?<![\\w.+#])" + Pattern.quote(word) + "(?![\\w+#])"), Skill.of(skill),
        skill.equals("Spanish") ? SkillCategory.HUMAN_LANGUAGE : skill.equals("Java")
            ? SkillCategory.PROGRAMMING_LANGUAGE : skill.equals("PostgreSQL") ? SkillCategory.DATABASE
            : SkillCategory.CLOUD_DEVOPS)));
    return skills;
  }

  @Override
  public List<SkillMention> extract(String text) {
    List<SkillMention> mentions = new ArrayList<>();
    for (Entry entry : entries) {
      Matcher matcher = entry.pattern().matcher(text);
      while (matcher.find()) {
        mentions.add(new SkillMention(entry.skill(), entry.category(), matcher.start(), matcher.end(),
            matcher.group()));
      }
    }
    mentions.sort(Comparator.comparingInt(SkillMention::start));
    return mentions;
  }
}
