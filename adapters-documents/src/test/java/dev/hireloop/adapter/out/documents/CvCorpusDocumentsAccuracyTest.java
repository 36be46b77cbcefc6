package dev.hireloop.adapter.out.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.cv.CvAccuracy;
import dev.hireloop.domain.cv.CvCorpus.LabelledCv;
import dev.hireloop.domain.cv.CvCorpus;
import dev.hireloop.domain.cv.CvParser;
import dev.hireloop.domain.skill.SkillTaxonomy;
import dev.hireloop.port.out.documents.DocumentTextExtractor;
import dev.hireloop.port.out.documents.DocumentUpload;
import dev.hireloop.port.out.documents.ExtractedDocument;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * End to end: every hand-labelled CV of the domain's corpus ({@code domain/src/test/resources/cvs}, on the test
 * classpath through the domain test-jar; see the README there) is uploaded as text (as written), rendered as a
 * one-column PDF, a two-column PDF, a DOCX and a two-column DOCX ({@link CvDocuments}), extracted by
 * {@link StandardDocumentTextExtractor}, parsed by {@link CvParser}, and scored against its labels by
 * {@link CvAccuracy}, the tally the domain's {@code CvParserAccuracyTest} scores the text with: accuracy per contact
 * field, skills precision and recall, total years within one year, most recent title, job count. The report is printed per format, with every
 * difference; the floors sit a little below the figures measured when this test was written.
 */
final class CvCorpusDocumentsAccuracyTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
  private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();
  private static final CvParser PARSER = new CvParser(TAXONOMY);
  private static final DocumentTextExtractor EXTRACTOR = new StandardDocumentTextExtractor();

  /**
   * The ways a CV reaches the extractor, each with its floors (contact fields, skills precision, skills recall,
   * years within one, most recent title, job count): a little below what was measured on 2026-11-22 after the
   * parser learnt to join lines a narrow column wraps. Two-column PDFs wrap long "Title, Employer — City
   * (Feb 2022 – Present)" lines in the main column; the parser joins them again, and what is left is a sidebar
   * whose own columns the extraction interleaves with the body. Skills recall is the same for every format because
   * most missed skills are not in the shared taxonomy (see the corpus README).
   */
  enum Format {
    TEXT("text as uploaded", ".txt", cv -> cv.text().getBytes(StandardCharsets.UTF_8),
        new Floors(0.97, 0.92, 0.76, 0.95, 0.95, 0.95)),
    ONE_COLUMN_PDF("one-column PDF", ".pdf", cv -> CvDocuments.onePdf(cv.text()),
        new Floors(0.97, 0.92, 0.76, 0.95, 0.95, 0.95)),
    TWO_COLUMN_PDF("two-column PDF", ".pdf", cv -> CvDocuments.twoColumnPdf(cv.text()),
        new Floors(0.95, 0.92, 0.75, 0.95, 0.9, 0.95)),
    DOCX("DOCX", ".docx", cv -> CvDocuments.docx(cv.text()),
        new Floors(0.97, 0.92, 0.76, 0.95, 0.95, 0.95)),
    TWO_COLUMN_DOCX("two-column DOCX", ".docx", cv -> CvDocuments.twoColumnDocx(cv.text()),
        new Floors(0.97, 0.92, 0.76, 0.95, 0.95, 0.95));

    final String label;
    final String extension;
    final Function<LabelledCv, byte[]> render;
    final Floors floors;

    Format(String label, String extension, Function<LabelledCv, byte[]> render, Floors floors) {
      this.label = label;
      this.extension = extension;
      this.render = render;
      this.floors = floors;
    }
  }

  record Floors(double contact, double precision, double recall, double years, double titles, double jobs) {}

  @Test
  void the_labelled_cvs_read_from_pdf_and_docx_about_as_well_as_from_text() {
    List<LabelledCv> corpus = CvCorpus.load();
    Map<Format, CvAccuracy> reports = new EnumMap<>(Format.class);
    for (Format format : Format.values()) {
      reports.put(format, measure(corpus, format));
    }
    System.out.println("CV accuracy end to end (render, extract, parse) over " + corpus.size()
        + " hand-labelled CVs (today = " + TODAY + ")");
    System.out.printf(Locale.ROOT, "  %-17s %7s %7s %7s %9s %6s %7s %7s %6s %5s%n", "format", "contact", "name",
        "email", "phone", "links", "skill P", "skill R", "years", "title");
    reports.forEach((format, r) -> System.out.printf(Locale.ROOT,
        "  %-17s %7.3f %7.3f %7.3f %9.3f %6.3f %7.3f %7.3f %6.3f %5.3f   (location %.3f, job count %.3f)%n",
        format.label, r.contact(), r.contactShare("name"), r.contactShare("email"), r.contactShare("phone"),
        r.contactShare("links"), r.precision(), r.recall(), r.years(), r.titles(), r.contactShare("location"),
        r.jobs()));
    reports.forEach((format, r) -> {
      System.out.println("  differences, " + format.label + ":");
      r.differences().forEach(difference -> System.out.println("    " + difference));
    });

    assertThat(corpus).hasSizeGreaterThanOrEqualTo(14);
    for (Format format : Format.values()) {
      CvAccuracy r = reports.get(format);
      Floors floors = format.floors;
      String why = format.label + "; " + r.differences();
      assertThat(r.contact()).as("contact fields, " + why).isGreaterThanOrEqualTo(floors.contact());
      assertThat(r.precision()).as("skills precision, " + why).isGreaterThanOrEqualTo(floors.precision());
      assertThat(r.recall()).as("skills recall, " + why).isGreaterThanOrEqualTo(floors.recall());
      assertThat(r.years()).as("years within one, " + why).isGreaterThanOrEqualTo(floors.years());
      assertThat(r.titles()).as("titles, " + why).isGreaterThanOrEqualTo(floors.titles());
      assertThat(r.jobs()).as("job counts, " + why).isGreaterThanOrEqualTo(floors.jobs());
    }
    // a one-column document loses almost nothing the text had: extraction is faithful
    double text = reports.get(Format.TEXT).contact();
    assertThat(reports.get(Format.ONE_COLUMN_PDF).contact()).isGreaterThanOrEqualTo(text - 0.05);
    assertThat(reports.get(Format.DOCX).contact()).isGreaterThanOrEqualTo(text - 0.05);
  }

  private static CvAccuracy measure(List<LabelledCv> corpus, Format format) {
    CvAccuracy accuracy = new CvAccuracy(TAXONOMY);
    for (LabelledCv cv : corpus) {
      ExtractedDocument document = EXTRACTOR.extract(
          new DocumentUpload(uploadName(cv, format), Optional.empty(), format.render.apply(cv)));
      accuracy.add(cv, PARSER.parse(document.text(), TODAY));
    }
    return accuracy;
  }

  /** The upload's name: a Markdown CV keeps its extension as text, every rendering gets its format's. */
  private static String uploadName(LabelledCv cv, Format format) {
    return format == Format.TEXT ? cv.file() : cv.baseName() + format.extension;
  }
}
