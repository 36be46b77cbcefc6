package dev.hireloop.domain.cv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillEvidence;
import dev.hireloop.domain.skill.SkillTaxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parser against the hand-labelled CVs in {@code src/test/resources/cvs} (see the README there). Prints a
 * report: accuracy per contact field, skills precision and recall (micro-averaged), total years within one year,
 * most recent titles and job counts, with every difference per CV; and holds floors a little below the figures
 * measured when the corpus was written.
 */
final class CvParserAccuracyTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
  private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();
  private static final CvParser PARSER = new CvParser(TAXONOMY);
  private static final List<String> CONTACT_FIELDS = List.of("name", "email", "phone", "location", "links");

  /** One labelled CV: its file name, text and labels. */
  record LabelledCv(String file, String text, Properties labels) {
    String label(String key) {
      return labels.getProperty(key, "").strip();
    }
  }

  static List<LabelledCv> corpus() {
    List<LabelledCv> out = new ArrayList<>();
    for (String line : resource("index.txt").lines().toList()) {
      String file = line.strip();
      if (file.isEmpty() || file.startsWith("#")) {
        continue;
      }
      String base = file.substring(0, file.lastIndexOf('.'));
      Properties labels = new Properties();
      try {
        labels.load(new StringReader(resource(base + ".labels.properties")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.add(new LabelledCv(file, resource(file), labels));
    }
    return out;
  }

  @Test
  void the_corpus_has_at_least_fourteen_labelled_cvs() {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(14)
        .allSatisfy(cv -> assertThat(cv.labels().stringPropertyNames())
            .containsAll(List.of("name", "email", "phone", "location", "links", "skills", "title", "years", "jobs")));
  }

  @Test
  void parsed_fields_match_the_hand_labels() {
    List<LabelledCv> corpus = corpus();
    Map<String, Integer> contactRight = new LinkedHashMap<>();
    CONTACT_FIELDS.forEach(field -> contactRight.put(field, 0));
    int skillsFound = 0;
    int skillsRight = 0;
    int skillsLabelled = 0;
    int skillsKnown = 0;
    int skillsKnownRight = 0;
    int yearsRight = 0;
    int titlesRight = 0;
    int jobsRight = 0;
    List<String> differences = new ArrayList<>();
    for (LabelledCv cv : corpus) {
      ParsedCv parsed = PARSER.parse(cv.text(), TODAY);
      Map<String, String> actual = new LinkedHashMap<>();
      actual.put("name", parsed.fullName().map(Parsed::value).orElse(""));
      actual.put("email", parsed.email().map(e -> e.value().value()).orElse(""));
      actual.put("phone", parsed.phone().map(Parsed::value).orElse(""));
      actual.put("location", parsed.location().map(Parsed::value).orElse(""));
      actual.put("links", links(parsed.links()));
      for (String field : CONTACT_FIELDS) {
        String expected = field.equals("links") ? links(cv.label("links")) : cv.label(field);
        if (normalise(expected).equals(normalise(actual.get(field)))) {
          contactRight.merge(field, 1, Integer::sum);
        } else {
          differences.add(cv.file() + ": " + field + " expected [" + expected + "] got [" + actual.get(field) + "]");
        }
      }

      Set<String> expectedSkills = skillKeys(cv.label("skills"));
      Set<String> foundSkills = new LinkedHashSet<>();
      parsed.skills().value().forEach(evidence -> foundSkills.add(evidence.skill().key()));
      for (String key : foundSkills) {
        if (expectedSkills.contains(key)) {
          skillsRight++;
        } else {
          differences.add(cv.file() + ": extra skill " + key + " (" + evidenceOf(parsed, key) + ")");
        }
      }
      for (String key : expectedSkills) {
        boolean known = TAXONOMY.lookup(key).isPresent();
        skillsKnown += known ? 1 : 0;
        if (!foundSkills.contains(key)) {
          differences.add(cv.file() + ": missed skill " + key + (known ? "" : " (not in the taxonomy)"));
        } else if (known) {
          skillsKnownRight++;
        }
      }
      skillsFound += foundSkills.size();
      skillsLabelled += expectedSkills.size();

      double expectedYears = Double.parseDouble(cv.label("years"));
      double years = parsed.experienceMonths().map(m -> m.value() / 12.0).orElse(0.0);
      if (Math.abs(years - expectedYears) <= 1.0) {
        yearsRight++;
      } else {
        differences.add(String.format(Locale.ROOT, "%s: years expected %.1f got %.1f", cv.file(), expectedYears,
            years));
      }
      String title = parsed.mostRecentTitle().map(Parsed::value).orElse("");
      if (normalise(title).equals(normalise(cv.label("title")))) {
        titlesRight++;
      } else {
        differences.add(cv.file() + ": title expected [" + cv.label("title") + "] got [" + title + "]");
      }
      int jobs = parsed.experience().value().size();
      if (jobs == Integer.parseInt(cv.label("jobs"))) {
        jobsRight++;
      } else {
        differences.add(cv.file() + ": jobs expected " + cv.label("jobs") + " got " + jobs + " "
            + parsed.experience().value().stream().map(j -> j.title() + " @ " + j.employer().orElse("-")).toList());
      }
    }

    int n = corpus.size();
    double precision = skillsRight / (double) Math.max(1, skillsFound);
    double recall = skillsRight / (double) Math.max(1, skillsLabelled);
    double contactAll = contactRight.values().stream().mapToInt(Integer::intValue).sum()
        / (double) (n * CONTACT_FIELDS.size());
    System.out.println("CV parser accuracy over " + n + " hand-labelled CVs (today = " + TODAY + ")");
    contactRight.forEach((field, right) -> System.out.printf(Locale.ROOT, "  %-9s %2d/%d = %.3f%n", field, right, n,
        right / (double) n));
    System.out.printf(Locale.ROOT, "  contact fields overall %.3f%n", contactAll);
    System.out.printf(Locale.ROOT, "  skills precision %.3f, recall %.3f (%d right, %d extra, %d missed)%n", precision,
        recall, skillsRight, skillsFound - skillsRight, skillsLabelled - skillsRight);
    // what the parser loses, apart from skills the shared taxonomy does not have
    System.out.printf(Locale.ROOT, "  skills recall over labels the taxonomy knows %.3f (%d of %d)%n",
        skillsKnownRight / (double) Math.max(1, skillsKnown), skillsKnownRight, skillsKnown);
    System.out.printf(Locale.ROOT, "  years within one year %d/%d = %.3f%n", yearsRight, n, yearsRight / (double) n);
    System.out.printf(Locale.ROOT, "  most recent title %d/%d = %.3f%n", titlesRight, n, titlesRight / (double) n);
    System.out.printf(Locale.ROOT, "  job count %d/%d = %.3f%n", jobsRight, n, jobsRight / (double) n);
    System.out.println("  differences:");
    differences.forEach(difference -> System.out.println("    " + difference));

    assertThat(contactAll).as("contact fields; %s", differences).isGreaterThanOrEqualTo(0.9);
    assertThat(precision).as("skills precision; %s", differences).isGreaterThanOrEqualTo(0.8);
    assertThat(recall).as("skills recall; %s", differences).isGreaterThanOrEqualTo(0.8);
    assertThat(yearsRight / (double) n).as("years within one; %s", differences).isGreaterThanOrEqualTo(0.85);
    assertThat(titlesRight / (double) n).as("titles; %s", differences).isGreaterThanOrEqualTo(0.85);
    assertThat(jobsRight / (double) n).as("job counts; %s", differences).isGreaterThanOrEqualTo(0.85);
  }

  private static String evidenceOf(ParsedCv parsed, String key) {
    return parsed.skills().value().stream().filter(e -> e.skill().key().equals(key)).map(SkillEvidence::evidence)
        .findFirst().orElse("");
  }

  /** Links as a sorted set of "KIND url", with scheme, "www." and a trailing slash made irrelevant. */
  private static String links(List<CvLink> links) {
    return links(String.join("|", links.stream().map(l -> l.kind() + " " + l.url()).toList()));
  }

  private static String links(String column) {
    Set<String> out = new java.util.TreeSet<>();
    for (String link : column.split("\\|")) {
      if (!link.isBlank()) {
        out.add(link.strip().toLowerCase(Locale.ROOT).replace("http://", "https://").replace("://www.", "://")
            .replaceAll("/+$", ""));
      }
    }
    return String.join("|", out);
  }

  private static String normalise(String value) {
    return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A label's canonical key: the taxonomy's name for it, or the label itself when the taxonomy lacks it. */
  static Set<String> skillKeys(String column) {
    Set<String> out = new LinkedHashSet<>();
    for (String label : column.split("\\|")) {
      if (!label.isBlank()) {
        out.add(TAXONOMY.lookup(label.strip()).map(d -> d.canonical().key()).orElse(Skill.of(label).key()));
      }
    }
    return out;
  }

  static String resource(String name) {
    try (InputStream in = CvParserAccuracyTest.class.getResourceAsStream("/cvs/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
