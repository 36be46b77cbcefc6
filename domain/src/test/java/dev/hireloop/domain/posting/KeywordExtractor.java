package dev.hireloop.domain.posting;

import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillCategory;
import dev.hireloop.domain.skill.SkillExtractor;
import dev.hireloop.domain.skill.SkillMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small extractor for the analyzer's own tests: whole-word, case-insensitive names, longest first. It keeps these
 * tests about sections, cues and spans, independent of the skills taxonomy.
 */
final class KeywordExtractor implements SkillExtractor {
  private final List<String> names;

  private KeywordExtractor(List<String> names) {
    this.names = names;
  }

  static KeywordExtractor of(String... names) {
    return new KeywordExtractor(List.of(names));
  }

  @Override
  public List<SkillMention> extract(String text) {
    List<SkillMention> found = new ArrayList<>();
    for (String name : names) {
      Matcher m = Pattern.compile("(?<![\\w.+#])" + Pattern.quote(name) + "(?![\\w+#])", Pattern.CASE_INSENSITIVE)
          .matcher(text);
      while (m.find()) {
        found.add(new SkillMention(Skill.of(name), SkillCategory.SOFTWARE_ENGINEERING, m.start(), m.end(),
            m.group()));
      }
    }
    found.sort(Comparator.comparingInt(SkillMention::start).thenComparingInt(m -> -(m.end() - m.start())));
    List<SkillMention> out = new ArrayList<>();
    int end = -1;
    for (SkillMention mention : found) {
      if (mention.start() >= end) {
        out.add(mention);
        end = mention.end();
      }
    }
    return out;
  }
}
