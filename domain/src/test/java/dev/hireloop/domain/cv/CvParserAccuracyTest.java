package dev.hireloop.domain.cv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.cv.CvCorpus.LabelledCv;
import dev.hireloop.domain.skill.SkillTaxonomy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

  @Test
  void the_corpus_has_at_least_fourteen_labelled_cvs() {
    assertThat(CvCorpus.load()).hasSizeGreaterThanOrEqualTo(14)
        .allSatisfy(cv -> assertThat(cv.labels().stringPropertyNames())
            .containsAll(List.of("name", "email", "phone", "location", "links", "skills", "title", "years", "jobs")));
  }

  @Test
  void parsed_fields_match_the_hand_labels() {
    List<LabelledCv> corpus = CvCorpus.load();
    CvAccuracy tuning = tally(corpus.stream().filter(cv -> !isHeldOut(cv)).toList());
    CvAccuracy heldOut = tally(corpus.stream().filter(CvParserAccuracyTest::isHeldOut).toList());
    CvAccuracy all = tally(corpus);
    print(tuning, "written with the parser (01-" + (FIRST_HELD_OUT - 1) + ")");
    print(heldOut, "held out, labelled before the parser ever read them (" + FIRST_HELD_OUT + " on)");
    print(all, "all");

    assertThat(tuning.cvs()).isGreaterThanOrEqualTo(14);
    assertThat(heldOut.cvs()).isGreaterThanOrEqualTo(3);
    List<String> why = all.differences();
    assertThat(all.contact()).as("contact fields; %s", why).isGreaterThanOrEqualTo(0.95);
    assertThat(all.precision()).as("skills precision; %s", why).isGreaterThanOrEqualTo(0.92);
    assertThat(tuning.recall()).as("skills recall; %s", why).isGreaterThanOrEqualTo(0.8);
    assertThat(all.recall()).as("skills recall; %s", why).isGreaterThanOrEqualTo(0.75);
    assertThat(all.knownRecall()).as("skills recall, taxonomy's skills; %s", why).isGreaterThanOrEqualTo(0.88);
    assertThat(all.years()).as("years within one; %s", why).isGreaterThanOrEqualTo(0.9);
    assertThat(all.titles()).as("titles; %s", why).isGreaterThanOrEqualTo(0.9);
    assertThat(all.jobs()).as("job counts; %s", why).isGreaterThanOrEqualTo(0.9);
  }

  private static boolean isHeldOut(LabelledCv cv) {
    return Integer.parseInt(cv.file().substring(0, 2)) >= FIRST_HELD_OUT;
  }

  private static CvAccuracy tally(List<LabelledCv> cvs) {
    CvAccuracy tally = new CvAccuracy(TAXONOMY);
    cvs.forEach(cv -> tally.add(cv, PARSER.parse(cv.text(), TODAY)));
    return tally;
  }

  private static void print(CvAccuracy tally, String set) {
    int cvs = tally.cvs();
    System.out.println("CV parser accuracy, " + set + ": " + cvs + " hand-labelled CVs (today = " + TODAY + ")");
    CvAccuracy.CONTACT_FIELDS.forEach(field -> System.out.printf(Locale.ROOT, "  %-9s %2d/%d = %.3f%n", field,
        tally.contactRight(field), cvs, tally.contactShare(field)));
    System.out.printf(Locale.ROOT, "  contact fields overall %.3f%n", tally.contact());
    System.out.printf(Locale.ROOT, "  skills precision %.3f, recall %.3f (%d right, %d extra, %d missed)%n",
        tally.precision(), tally.recall(), tally.skillsRight(), tally.skillsFound() - tally.skillsRight(),
        tally.skillsLabelled() - tally.skillsRight());
    // what the parser loses, apart from skills the shared taxonomy does not have
    System.out.printf(Locale.ROOT, "  skills recall over labels the taxonomy knows %.3f (%d of %d)%n",
        tally.knownRecall(), tally.skillsKnownRight(), tally.skillsKnown());
    System.out.printf(Locale.ROOT, "  years within one year %d/%d = %.3f%n", tally.yearsRight(), cvs, tally.years());
    System.out.printf(Locale.ROOT, "  most recent title %d/%d = %.3f%n", tally.titlesRight(), cvs, tally.titles());
    System.out.printf(Locale.ROOT, "  job count %d/%d = %.3f%n", tally.jobsRight(), cvs, tally.jobs());
    System.out.println("  differences:");
    tally.differences().forEach(difference -> System.out.println("    " + difference));
  }
}
