package dev.hireloop.domain.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillMention;
import dev.hireloop.domain.skill.SkillTaxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysis of the hand-labelled postings in {@code src/test/resources/postings} (see {@code labels.tsv} and
 * {@code facts.tsv} there, written before the analyzer was tuned) against their labels, with the standard skills
 * taxonomy. Skill figures are micro-averaged over the postings and printed, one line each for required and
 * preferred skills. The thresholds hold for the tuning set (01-25); the held-out postings (26 on), which the
 * analyzer was never tuned on, are measured and printed beside it, so the note can show both.
 */
final class LabelledPostingsTest {
  private static final String FOLDER = "/postings/";
  private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();
  private static final JobPostingAnalyzer ANALYZER = new JobPostingAnalyzer(TAXONOMY);
  private static final int FIRST_HELD_OUT = 26;

  record Labels(String posting, Set<String> required, Set<String> preferred) {
    @Override
    public String toString() {
      return posting;
    }
  }

  record Facts(String posting, String title, String company, String remote, String employment, String years,
      String salary, String seniority) {
    @Override
    public String toString() {
      return posting;
    }
  }

  /** Counts of one skill list over all postings, and what went wrong where. */
  static final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;
    final List<String> errors = new ArrayList<>();

    void add(String posting, Set<String> expected, Set<String> found) {
      for (String key : found) {
        if (expected.contains(key)) {
          truePositives++;
        } else {
          falsePositives++;
          errors.add(posting + ": extra " + key);
        }
      }
      for (String key : expected) {
        if (!found.contains(key)) {
          falseNegatives++;
          errors.add(posting + ": missed " + key);
        }
      }
    }

    double precision() {
      return truePositives / (double) Math.max(1, truePositives + falsePositives);
    }

    double recall() {
      return truePositives / (double) Math.max(1, truePositives + falseNegatives);
    }

    String line(String what, String set, int postings) {
      return String.format(Locale.ROOT, "%s skills, %s (%d postings): precision %.3f, recall %.3f (%d found right,"
          + " %d wrong, %d missed)", what, set, postings, precision(), recall(), truePositives, falsePositives,
          falseNegatives);
    }
  }

  static List<Labels> labels() {
    return rows("labels.tsv").map(c -> new Labels(c[0], keys(c[1]), keys(c[2]))).toList();
  }

  static List<Facts> facts() {
    return rows("facts.tsv").map(c -> new Facts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7])).toList();
  }

  @Test
  void the_set_has_at_least_twenty_labelled_postings_each_with_facts() {
    assertThat(labels()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(facts()).extracting(Facts::posting)
        .containsExactlyElementsOf(labels().stream().map(Labels::posting).toList());
  }

  @Test
  void required_and_preferred_skills_match_the_labels_with_high_precision_and_recall() {
    List<Labels> tuning = labels().stream().filter(l -> !isHeldOut(l)).toList();
    List<Labels> heldOut = labels().stream().filter(LabelledPostingsTest::isHeldOut).toList();
    Score[] tuned = score(tuning);
    Score[] held = score(heldOut);
    Score[] all = score(labels());
    System.out.println(tuned[0].line("required", "tuning set", tuning.size()));
    System.out.println(tuned[1].line("preferred", "tuning set", tuning.size()));
    System.out.println(held[0].line("required", "held out", heldOut.size()));
    System.out.println(held[1].line("preferred", "held out", heldOut.size()));
    System.out.println(all[0].line("required", "all", labels().size()));
    System.out.println(all[1].line("preferred", "all", labels().size()));
    System.out.println("held-out differences: " + held[0].errors + " " + held[1].errors);

    assertThat(tuning).hasSizeGreaterThanOrEqualTo(20);
    assertThat(tuned[0].precision()).as("required precision; %s", tuned[0].errors).isGreaterThanOrEqualTo(0.9);
    assertThat(tuned[0].recall()).as("required recall; %s", tuned[0].errors).isGreaterThanOrEqualTo(0.85);
    assertThat(tuned[1].precision()).as("preferred precision; %s", tuned[1].errors).isGreaterThanOrEqualTo(0.9);
    assertThat(tuned[1].recall()).as("preferred recall; %s", tuned[1].errors).isGreaterThanOrEqualTo(0.85);
  }

  private static Score[] score(List<Labels> postings) {
    Score required = new Score();
    Score preferred = new Score();
    for (Labels posting : postings) {
      JobAnalysis analysis = analyze(posting.posting());
      required.add(posting.posting(), posting.required(), keysOf(analysis.required()));
      preferred.add(posting.posting(), posting.preferred(), keysOf(analysis.preferred()));
    }
    return new Score[] {required, preferred};
  }

  private static boolean isHeldOut(Labels posting) {
    return Integer.parseInt(posting.posting().substring(0, 2)) >= FIRST_HELD_OUT;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facts")
  void the_facts_match_the_labels(Facts expected) {
    JobAnalysis analysis = analyze(expected.posting());

    assertThat(analysis.title()).isEqualTo(expected.title());
    if (!expected.company().equals("*")) {
      assertThat(analysis.company().orElse("")).isEqualTo(expected.company());
    }
    assertThat(analysis.remotePolicy().name()).isEqualTo(expected.remote());
    assertThat(analysis.employmentType().name()).isEqualTo(expected.employment());
    assertThat(analysis.minimumYears().map(String::valueOf).orElse("")).isEqualTo(expected.years());
    assertThat(analysis.seniority().name()).isEqualTo(expected.seniority());
    if (expected.salary().isEmpty()) {
      assertThat(analysis.salary()).isEmpty();
    } else {
      String[] salary = expected.salary().split(" ");
      assertThat(analysis.salary()).hasValueSatisfying(range -> {
        assertThat(range.currency().getCurrencyCode()).isEqualTo(salary[0]);
        assertThat(range.min()).isEqualByComparingTo(salary[1]);
        assertThat(range.max()).isEqualByComparingTo(salary[2]);
        assertThat(range.period().name()).isEqualTo(salary[3]);
      });
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labels")
  void every_mention_points_at_its_evidence_and_the_draft_is_valid(Labels posting) {
    JobAnalysis analysis = analyze(posting.posting());

    List<SkillMention> all = new ArrayList<>(analysis.requiredSkills());
    all.addAll(analysis.preferredSkills());
    assertThat(all).allSatisfy(mention -> assertThat(analysis.cleanText().substring(mention.start(), mention.end()))
        .isEqualTo(mention.evidence()));
    assertThat(analysis.toJobDetails().description()).isEqualTo(analysis.cleanText());
  }

  private static JobAnalysis analyze(String posting) {
    return ANALYZER.analyze(PlainTextPostingReader.read(resource(posting)), PostingHints.none());
  }

  /** A label's canonical key: the taxonomy's name for it, or the label itself when the taxonomy lacks it. */
  private static Set<String> keys(String column) {
    Set<String> out = new LinkedHashSet<>();
    for (String label : column.split("\\|")) {
      if (!label.isBlank()) {
        out.add(TAXONOMY.lookup(label.strip()).map(d -> d.canonical().key()).orElse(Skill.of(label).key()));
      }
    }
    return out;
  }

  private static Set<String> keysOf(List<Skill> skills) {
    Set<String> out = new LinkedHashSet<>();
    skills.forEach(skill -> out.add(skill.key()));
    return out;
  }

  private static Stream<String[]> rows(String file) {
    return resource(file).lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t", -1));
  }

  private static String resource(String name) {
    try (InputStream in = LabelledPostingsTest.class.getResourceAsStream(FOLDER + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
