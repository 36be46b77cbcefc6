package dev.hireloop.domain.cv;

import static dev.hireloop.domain.cv.CvCorpus.links;
import static dev.hireloop.domain.cv.CvCorpus.normalise;
import static dev.hireloop.domain.cv.CvCorpus.skillKeys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.cv.CvCorpus.LabelledCv;
import dev.hireloop.domain.skill.SkillEvidence;
import dev.hireloop.domain.skill.SkillTaxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parser against the hand-labelled CVs in {@code src/test/resources/cvs} (see the README there). Prints a
 * report: accuracy per contact field, skills precision and recall (micro-averaged), total years within one year,
 * most recent titles and job counts, with every difference per CV, for the CVs written alongside the parser and,
 * apart, for the held-out ones; and holds floors a little below the figures measured.
 */
final class CvParserAccuracyTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
  private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();
  private static final CvParser PARSER = new CvParser(TAXONOMY);
  /** CVs from this number on were labelled and added after the parser was written, and never tuned on. */
  private static final int FIRST_HELD_OUT = 16;
  private static final List<String> CONTACT_FIELDS = List.of("name", "email", "phone", "location", "links");

  @Test
  void the_corpus_has_at_least_fourteen_labelled_cvs() {
    assertThat(CvCorpus.load()).hasSizeGreaterThanOrEqualTo(14)
        .allSatisfy(cv -> assertThat(cv.labels().stringPropertyNames())
            .containsAll(List.of("name", "email", "phone", "location", "links", "skills", "title", "years", "jobs")));
  }

  /** The counts over a set of CVs, and what went wrong where. */
  static final class Tally {
    final Map<String, Integer> contactRight = new LinkedHashMap<>();
    int cvs;
    int skillsFound;
    int skillsRight;
    int skillsLabelled;
    int skillsKnown;
    int skillsKnownRight;
    int yearsRight;
    int titlesRight;
    int jobsRight;
    final List<String> differences = new ArrayList<>();

    Tally() {
      CONTACT_FIELDS.forEach(field -> contactRight.put(field, 0));
    }

    double contact() {
      return contactRight.values().stream().mapToInt(Integer::intValue).sum()
          / (double) Math.max(1, cvs * CONTACT_FIELDS.size());
    }

    double precision() {
      return skillsRight / (double) Math.max(1, skillsFound);
    }

    double recall() {
      return skillsRight / (double) Math.max(1, skillsLabelled);
    }

    double knownRecall() {
      return skillsKnownRight / (double) Math.max(1, skillsKnown);
    }

    double share(int right) {
      return right / (double) Math.max(1, cvs);
    }

    void print(String set) {
      System.out.println("CV parser accuracy, " + set + ": " + cvs + " hand-labelled CVs (today = " + TODAY + ")");
      contactRight.forEach((field, right) -> System.out.printf(Locale.ROOT, "  %-9s %2d/%d = %.3f%n", field, right,
          cvs, share(right)));
      System.out.printf(Locale.ROOT, "  contact fields overall %.3f%n", contact());
      System.out.printf(Locale.ROOT, "  skills precision %.3f, recall %.3f (%d right, %d extra, %d missed)%n",
          precision(), recall(), skillsRight, skillsFound - skillsRight, skillsLabelled - skillsRight);
      // what the parser loses, apart from skills the shared taxonomy does not have
      System.out.printf(Locale.ROOT, "  skills recall over labels the taxonomy knows %.3f (%d of %d)%n",
          knownRecall(), skillsKnownRight, skillsKnown);
      System.out.printf(Locale.ROOT, "  years within one year %d/%d = %.3f%n", yearsRight, cvs, share(yearsRight));
      System.out.printf(Locale.ROOT, "  most recent title %d/%d = %.3f%n", titlesRight, cvs, share(titlesRight));
      System.out.printf(Locale.ROOT, "  job count %d/%d = %.3f%n", jobsRight, cvs, share(jobsRight));
      System.out.println("  differences:");
      differences.forEach(difference -> System.out.println("    " + difference));
    }
  }

  @Test
  void parsed_fields_match_the_hand_labels() {
    List<LabelledCv> corpus = CvCorpus.load();
    Tally tuning = tally(corpus.stream().filter(cv -> !isHeldOut(cv)).toList());
    Tally heldOut = tally(corpus.stream().filter(CvParserAccuracyTest::isHeldOut).toList());
    Tally all = tally(corpus);
    tuning.print("written with the parser (01-" + (FIRST_HELD_OUT - 1) + ")");
    heldOut.print("held out, labelled before the parser ever read them (" + FIRST_HELD_OUT + " on)");
    all.print("all");

    assertThat(tuning.cvs).isGreaterThanOrEqualTo(14);
    assertThat(heldOut.cvs).isGreaterThanOrEqualTo(3);
    List<String> why = all.differences;
    assertThat(all.contact()).as("contact fields; %s", why).isGreaterThanOrEqualTo(0.95);
    assertThat(all.precision()).as("skills precision; %s", why).isGreaterThanOrEqualTo(0.92);
    assertThat(tuning.recall()).as("skills recall; %s", why).isGreaterThanOrEqualTo(0.8);
    assertThat(all.recall()).as("skills recall; %s", why).isGreaterThanOrEqualTo(0.75);
    assertThat(all.knownRecall()).as("skills recall, taxonomy's skills; %s", why).isGreaterThanOrEqualTo(0.88);
    assertThat(all.share(all.yearsRight)).as("years within one; %s", why).isGreaterThanOrEqualTo(0.9);
    assertThat(all.share(all.titlesRight)).as("titles; %s", why).isGreaterThanOrEqualTo(0.9);
    assertThat(all.share(all.jobsRight)).as("job counts; %s", why).isGreaterThanOrEqualTo(0.9);
  }

  private static boolean isHeldOut(LabelledCv cv) {
    return Integer.parseInt(cv.file().substring(0, 2)) >= FIRST_HELD_OUT;
  }

  private static Tally tally(List<LabelledCv> cvs) {
    Tally tally = new Tally();
    for (LabelledCv cv : cvs) {
      tally.cvs++;
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
          tally.contactRight.merge(field, 1, Integer::sum);
        } else {
          tally.differences.add(cv.file() + ": " + field + " expected [" + expected + "] got [" + actual.get(field)
              + "]");
        }
      }

      Set<String> expectedSkills = skillKeys(TAXONOMY, cv.label("skills"));
      Set<String> foundSkills = new LinkedHashSet<>();
      parsed.skills().value().forEach(evidence -> foundSkills.add(evidence.skill().key()));
      for (String key : foundSkills) {
        if (expectedSkills.contains(key)) {
          tally.skillsRight++;
        } else {
          tally.differences.add(cv.file() + ": extra skill " + key + " (" + evidenceOf(parsed, key) + ")");
        }
      }
      for (String key : expectedSkills) {
        boolean known = TAXONOMY.lookup(key).isPresent();
        tally.skillsKnown += known ? 1 : 0;
        if (!foundSkills.contains(key)) {
          tally.differences.add(cv.file() + ": missed skill " + key + (known ? "" : " (not in the taxonomy)"));
        } else if (known) {
          tally.skillsKnownRight++;
        }
      }
      tally.skillsFound += foundSkills.size();
      tally.skillsLabelled += expectedSkills.size();

      double expectedYears = Double.parseDouble(cv.label("years"));
      double years = parsed.experienceMonths().map(m -> m.value() / 12.0).orElse(0.0);
      if (Math.abs(years - expectedYears) <= 1.0) {
        tally.yearsRight++;
      } else {
        tally.differences.add(String.format(Locale.ROOT, "%s: years expected %.1f got %.1f", cv.file(),
            expectedYears, years));
      }
      String title = parsed.mostRecentTitle().map(Parsed::value).orElse("");
      if (normalise(title).equals(normalise(cv.label("title")))) {
        tally.titlesRight++;
      } else {
        tally.differences.add(cv.file() + ": title expected [" + cv.label("title") + "] got [" + title + "]");
      }
      int jobs = parsed.experience().value().size();
      if (jobs == Integer.parseInt(cv.label("jobs"))) {
        tally.jobsRight++;
      } else {
        tally.differences.add(cv.file() + ": jobs expected " + cv.label("jobs") + " got " + jobs + " "
            + parsed.experience().value().stream().map(j -> j.title() + " @ " + j.employer().orElse("-")).toList());
      }
    }
    return tally;
  }

  private static String evidenceOf(ParsedCv parsed, String key) {
    return parsed.skills().value().stream().filter(e -> e.skill().key().equals(key)).map(SkillEvidence::evidence)
        .findFirst().orElse("");
  }

}
