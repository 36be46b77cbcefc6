package dev.hireloop.benchmarks;

import dev.hireloop.domain.skill.SkillDefinition;
import dev.hireloop.domain.skill.SkillExtractor;
import dev.hireloop.domain.skill.SkillMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline the taxonomy's extractor is measured against: what one writes first — one precompiled, word-bounded
 * regular expression per spelling of every skill (about 6,200 for the standard taxonomy), each run over the whole
 * text. Case is ignored by lower-casing the text once and the spellings when compiling. It has none of the
 * taxonomy's rules (no longest match, no context for "Go" or "Excel", no plural forms), so it is also less
 * accurate; it is here for speed only.
 */
final class RegexPerSkillExtractor implements SkillExtractor {
  private record Entry(Pattern pattern, SkillDefinition definition) {}

  private final List<Entry> entries = new ArrayList<>();

  RegexPerSkillExtractor(List<SkillDefinition> definitions) {
    for (SkillDefinition definition : definitions) {
      for (String spelling : definition.spellings()) {
        String lower = spelling.toLowerCase(Locale.ROOT);
        entries.add(new Entry(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])"),
            definition));
      }
    }
  }

  /** How many expressions run over each text. */
  int patterns() {
    return entries.size();
  }

  @Override
  public List<SkillMention> extract(String text) {
    List<SkillMention> mentions = new ArrayList<>();
    // lower-casing keeps every index in place for the texts measured here (no characters that change length)
    String lower = text.toLowerCase(Locale.ROOT);
    for (Entry entry : entries) {
      Matcher matcher = entry.pattern().matcher(lower);
      while (matcher.find()) {
        mentions.add(new SkillMention(entry.definition().canonical(), entry.definition().category(),
            matcher.start(), matcher.end(), text.substring(matcher.start(), matcher.end())));
      }
    }
    mentions.sort(Comparator.comparingInt(SkillMention::start));
    return mentions;
  }
}
