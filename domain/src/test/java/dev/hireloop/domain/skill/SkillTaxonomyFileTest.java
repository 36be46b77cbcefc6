package dev.hireloop.domain.skill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.testing.Expect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standard taxonomy file: its size, coverage and hygiene, and the parser that reads it. */
final class SkillTaxonomyFileTest {

  private static String file() throws IOException {
    try (InputStream in = SkillTaxonomy.class.getResourceAsStream(SkillTaxonomy.RESOURCE)) {
      assertThat(in).as("the taxonomy is on the class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> dataLines(String file) {
    return file.lines().filter(line -> !line.isBlank() && !line.stripLeading().startsWith("#")).toList();
  }

  @Test
  void has_at_least_1500_canonical_skills() {
    assertThat(SkillTaxonomy.standard().size()).isGreaterThanOrEqualTo(1_500);
  }

  @Test
  void uses_every_category() {
    Set<SkillCategory> used = SkillTaxonomy.standard().definitions().stream().map(SkillDefinition::category)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(SkillCategory.class)));

    assertThat(used).containsExactlyInAnyOrder(SkillCategory.values());
  }

  @Test
  void every_line_is_valid_on_its_own() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String line : dataLines(file())) {
      try {
        SkillTaxonomyFile.parseLine(line);
      } catch (InvalidValueException e) {
        problems.add(e.getMessage() + ": " + line);
      }
    }

    assertThat(problems).isEmpty();
  }

  @Test
  void no_spelling_names_two_skills_or_one_skill_twice() throws IOException {
    Map<String, List<String>> owners = new HashMap<>();
    for (String line : dataLines(file())) {
      SkillDefinition definition = SkillTaxonomyFile.parseLine(line);
      for (String spelling : definition.spellings()) {
        owners.computeIfAbsent(SkillTaxonomy.normalise(spelling), k -> new ArrayList<>())
            .add(definition.canonical().name());
      }
    }

    assertThat(owners.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString))
        .isEmpty();
  }

  @Test
  void has_no_two_canonical_names_alike() {
    List<String> names = SkillTaxonomy.standard().definitions().stream()
        .map(d -> SkillTaxonomy.normalise(d.canonical().name())).toList();

    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void documents_its_columns_and_flags_in_the_header() throws IOException {
    String header = file().lines().takeWhile(line -> line.startsWith("#") || line.isBlank())
        .collect(Collectors.joining("\n"));

    assertThat(header).contains("UTF-8", "name", "category", "aliases", "|");
    for (MatchRule rule : MatchRule.values()) {
      assertThat(header).contains("  " + rule.code() + " ");
    }
  }

  @Test
  void every_spelling_looks_up_its_own_skill() {
    SkillTaxonomy taxonomy = SkillTaxonomy.standard();
    for (SkillDefinition definition : taxonomy.definitions()) {
      for (String spelling : definition.spellings()) {
        assertThat(taxonomy.lookup(spelling)).as(spelling).containsSame(definition);
      }
    }
  }

  @Test
  void reads_a_line_with_aliases_and_rules() {
    SkillDefinition go = SkillTaxonomyFile.parseLine("Go{cs,ctx,verb}\tPROGRAMMING_LANGUAGE\tGolang| Go  lang ");

    assertThat(go.canonical()).isEqualTo(Skill.of("Go"));
    assertThat(go.category()).isEqualTo(SkillCategory.PROGRAMMING_LANGUAGE);
    assertThat(go.aliases()).containsExactly("Golang", "Go lang");
    assertThat(go.rulesFor("Go")).containsExactlyInAnyOrder(MatchRule.values());
  }

  @Test
  void reads_a_line_without_aliases() {
    assertThat(SkillTaxonomyFile.parseLine("Kotlin\tPROGRAMMING_LANGUAGE").aliases()).isEmpty();
    assertThat(SkillTaxonomyFile.parseLine("Kotlin\tPROGRAMMING_LANGUAGE\t").aliases()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Kotlin;                                            skill.taxonomy-line-invalid",
      "Kotlin\\tLANGUAGE;                                  skill.taxonomy-line-invalid",
      "Kotlin\\tPROGRAMMING_LANGUAGE\\tKt\\textra;          skill.taxonomy-line-invalid",
      "\\tPROGRAMMING_LANGUAGE;                            skill.taxonomy-line-invalid",
      "Kotlin\\tPROGRAMMING_LANGUAGE\\tKt||Kts;             skill.taxonomy-line-invalid",
      "Kotlin{cs\\tPROGRAMMING_LANGUAGE;                   skill.taxonomy-line-invalid",
      "{cs}\\tPROGRAMMING_LANGUAGE;                        skill.taxonomy-line-invalid",
      "Kotlin{loud}\\tPROGRAMMING_LANGUAGE;                skill.rule-unknown",
      "Kotlin\\tPROGRAMMING_LANGUAGE\\tkotlin;              skill.alias-duplicate"})
  void rejects_a_malformed_line(String line, String code) {
    Expect.invalid(code, () -> SkillTaxonomyFile.parseLine(line.replace("\\t", "\t")));
  }

  @Test
  void names_the_line_of_a_mistake() {
    InvalidValueException e = Expect.invalid("skill.taxonomy-line-invalid",
        () -> SkillTaxonomyFile.parse("# a comment\n\nKotlin\tPROGRAMMING_LANGUAGE\nJava\tCOFFEE\n"));

    assertThat(e.getMessage()).startsWith("line 4:").contains("COFFEE");
  }

  @Test
  void skips_comments_and_blank_lines_and_accepts_windows_line_ends() {
    List<SkillDefinition> definitions = SkillTaxonomyFile.parse(
        "# header\r\n\r\n  # indented comment\r\nKotlin\tPROGRAMMING_LANGUAGE\tKt\r\nSQL\tDATABASE\r\n");

    assertThat(definitions).extracting(d -> d.canonical().name()).containsExactly("Kotlin", "SQL");
  }
}
