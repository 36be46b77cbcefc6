package dev.hireloop.adapter.out.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.out.documents.DocumentType;
import dev.hireloop.port.out.documents.DocumentUpload;
import dev.hireloop.port.out.documents.ExtractedDocument;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StandardDocumentTextExtractorTest {
  static final String CV = """
      Ada Lovelace
      ada.lovelace@example.com | +44 20 7946 0958 | London, UK
      linkedin.com/in/ada-lovelace | github.com/ada

      Summary
      Backend engineer with eight years of Java and PostgreSQL.

      Experience
      Senior Software Engineer, Analytical Engines Ltd
      Jan 2019 - Present
      - Built a payment ledger in Java 17 and PostgreSQL
      - Led a team of four engineers
      Software Engineer, Difference Systems
      2015 - 2018
      - Kotlin services on Kubernetes

      Skills
      Java, Kotlin, PostgreSQL, Kubernetes, Docker

      Education
      BSc Mathematics, University of London, 2011 - 2015
      """;
  static final String DOCX_MEDIA_TYPE = DocumentType.DOCX.mediaType();

  final StandardDocumentTextExtractor extractor = new StandardDocumentTextExtractor();

  @Nested
  class Pdf {
    @Test
    void reads_a_one_column_pdf_line_by_line_in_reading_order() {
      ExtractedDocument document = extract("cv.pdf", CvDocuments.onePdf(CV));

      assertThat(document.type()).isEqualTo(DocumentType.PDF);
      assertThat(document.pages()).isEqualTo(1);
      assertThat(document.text().lines().filter(l -> !l.isBlank()).toList()).containsExactlyElementsOf(nonBlankLines(CV));
    }

    @Test
    void keeps_each_column_of_a_two_column_pdf_together() {
      String left = "Ada Lovelace\nada@example.com\n+44 20 7946 0958\n\nSkills\nJava\nKotlin\nPostgreSQL\nDocker";
      String right = "Experience\nSenior Software Engineer, Analytical Engines\nJan 2019 - Present\n"
          + "- Built a payment ledger\nSoftware Engineer, Difference Systems\n2015 - 2018\n- Kotlin services";

      List<String> lines = nonBlankLines(extract("cv.pdf", CvDocuments.twoColumnPdf(left, right)).text());

      // sorting by position would put "Ada Lovelace" and "Experience" on one line, and so on down the page
      assertThat(lines).containsExactlyElementsOf(concat(nonBlankLines(left), nonBlankLines(right)));
    }

    @Test
    void splits_a_cv_into_sidebar_and_main_column_and_reads_both_back() {
      String text = CvDocuments.comparable(extract("cv.pdf", CvDocuments.twoColumnPdf(CV)).text());

      // the narrow sidebar wraps long lines, so compare words; every CV line is still there, column after column
      for (String line : nonBlankLines(CV)) {
        assertThat(text).contains(CvDocuments.comparable(line));
      }
      assertThat(text).containsSubsequence("ada lovelace", "github.com/ada", "skills", "java, kotlin", "summary",
          "experience", "education");
    }

    @Test
    void counts_the_pages_of_a_long_pdf() {
      String longCv = CV + "- Maintained the analytical engine\n".repeat(120);

      ExtractedDocument document = extract("cv.pdf", CvDocuments.onePdf(longCv));

      assertThat(document.pages()).isEqualTo(3);
      assertThat(document.text()).contains("Education").contains("Maintained the analytical engine");
    }

    @Test
    void refuses_a_pdf_that_needs_a_password_to_open() {
      assertRefused(() -> extract("cv.pdf", CvDocuments.userPasswordPdf(CV, "secret")), "document.encrypted");
    }

    @Test
    void reads_a_pdf_whose_owner_password_only_restricts_copying() {
      ExtractedDocument document = extract("cv.pdf", CvDocuments.ownerPasswordOnlyPdf(CV, "owner"));

      assertThat(document.text()).contains("Ada Lovelace").contains("Senior Software Engineer");
    }

    @Test
    void refuses_a_scanned_pdf_without_a_text_layer_as_image_only() {
      assertRefused(() -> extract("scan.pdf", CvDocuments.imageOnlyPdf()), "document.image-only");
    }

    @Test
    void refuses_a_pdf_without_text_or_images_as_empty() {
      assertRefused(() -> extract("blank.pdf", CvDocuments.blankPdf(2)), "document.empty");
    }

    @Test
    void refuses_truncated_pdfs_as_corrupt() {
      byte[] pdf = CvDocuments.onePdf(CV);
      for (int length : new int[] {16, 200, pdf.length / 2}) {
        byte[] truncated = Arrays.copyOf(pdf, length);
        assertRefused(() -> extract("cv.pdf", truncated), "document.corrupt");
      }
    }

    @Test
    void refuses_garbage_behind_a_pdf_header_as_corrupt() {
      byte[] garbage = new byte[4096];
      new Random(7).nextBytes(garbage);
      System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, garbage, 0, 9);

      assertRefused(() -> extract("cv.pdf", garbage), "document.corrupt");
    }

    @Test
    void refuses_a_pdf_with_more_pages_than_allowed() {
      StandardDocumentTextExtractor strict =
          new StandardDocumentTextExtractor(DocumentLimits.defaults().withMaxPages(2));

      assertRefused(() -> strict.extract(upload("cv.pdf", CvDocuments.blankPdf(3))), "document.too-large");
    }

    @Test
    void refuses_a_pdf_with_more_text_than_allowed() {
      StandardDocumentTextExtractor strict =
          new StandardDocumentTextExtractor(DocumentLimits.defaults().withMaxCharacters(100));

      assertRefused(() -> strict.extract(upload("cv.pdf", CvDocuments.onePdf(CV))), "document.too-large");
    }

    @Test
    void reads_a_pdf_whatever_name_and_type_it_claims() {
      DocumentUpload lying = new DocumentUpload("cv.docx", Optional.of(DOCX_MEDIA_TYPE), CvDocuments.onePdf(CV));

      ExtractedDocument document = extractor.extract(lying);

      assertThat(document.type()).isEqualTo(DocumentType.PDF);
      assertThat(document.text()).contains("Ada Lovelace");
    }
  }

  @Nested
  class Docx {
    @Test
    void reads_header_paragraphs_bullets_and_tables_in_document_order() {
      String cv = CV + "\nLanguages\nEnglish\tnative\nFrench\tfluent\n";

      ExtractedDocument document = extract("cv.docx", CvDocuments.docx(cv));

      assertThat(document.type()).isEqualTo(DocumentType.DOCX);
      assertThat(document.pages()).isEqualTo(1);
      List<String> lines = nonBlankLines(document.text());
      assertThat(lines.subList(0, 3)).containsExactly("Ada Lovelace",
          "ada.lovelace@example.com | +44 20 7946 0958 | London, UK", "linkedin.com/in/ada-lovelace | github.com/ada");
      assertThat(lines).containsSubsequence("Experience", "Senior Software Engineer, Analytical Engines Ltd",
          "Jan 2019 - Present", "• Built a payment ledger in Java 17 and PostgreSQL", "• Led a team of four engineers",
          "Software Engineer, Difference Systems", "2015 - 2018", "• Kotlin services on Kubernetes", "Skills",
          "Education", "Languages", "English\tnative", "French\tfluent");
    }

    @Test
    void separates_sections_by_an_empty_line() {
      String text = extract("cv.docx", CvDocuments.docx(CV)).text();

      assertThat(text).contains("\n\nExperience\n").contains("\n\nSkills\nJava, Kotlin");
    }

    @Test
    void reads_the_lines_of_a_text_box_once_after_its_paragraph() {
      byte[] docx = CvDocuments.docxWithTextBox("Ada Lovelace",
          List.of("ada@example.com", "+44 20 7946 0958", "London, UK"));

      assertThat(nonBlankLines(extract("cv.docx", docx).text()))
          .containsExactly("Ada Lovelace", "ada@example.com", "+44 20 7946 0958", "London, UK");
    }

    @Test
    void refuses_a_password_protected_docx() {
      assertRefused(() -> extract("cv.docx", CvDocuments.encryptedDocx(CV, "secret")), "document.encrypted");
    }

    @Test
    void refuses_a_zip_bomb_before_it_is_inflated_into_memory() {
      byte[] bomb = CvDocuments.zipBombDocx(200L * 1024 * 1024);
      assertThat(bomb.length).isLessThan(1024 * 1024);

      assertRefused(() -> extract("cv.docx", bomb), "document.corrupt");
    }

    @Test
    void refuses_a_small_zip_bomb_through_the_inflate_ratio() {
      // under the total-size guard, but a 1000-fold inflation is what POI's ZipSecureFile refuses
      byte[] bomb = CvDocuments.zipBombDocx(20L * 1024 * 1024);

      assertRefused(() -> extract("cv.docx", bomb), "document.corrupt");
    }

    @Test
    void refuses_a_truncated_docx_as_corrupt() {
      byte[] docx = CvDocuments.docx(CV);

      assertRefused(() -> extract("cv.docx", Arrays.copyOf(docx, docx.length - 40)), "document.corrupt");
    }

    @Test
    void refuses_a_docx_without_text_as_empty() {
      assertRefused(() -> extract("cv.docx", CvDocuments.docx("")), "document.empty");
    }
  }

  @Nested
  class Text {
    @Test
    void reads_utf8_as_plain_text_and_keeps_accents() {
      ExtractedDocument document = extract("cv.txt", "José Müller\nZürich\n".getBytes(StandardCharsets.UTF_8));

      assertThat(document.type()).isEqualTo(DocumentType.PLAIN_TEXT);
      assertThat(document.text()).isEqualTo("José Müller\nZürich");
    }

    @Test
    void reads_utf8_with_a_byte_order_mark() {
      byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

      assertThat(extract("cv.txt", concat(bom, "José\nZürich".getBytes(StandardCharsets.UTF_8))).text())
          .isEqualTo("José\nZürich");
    }

    @Test
    void reads_utf16_in_both_byte_orders_with_a_byte_order_mark() {
      byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "José\nZürich".getBytes(StandardCharsets.UTF_16LE));
      byte[] big = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "José\nZürich".getBytes(StandardCharsets.UTF_16BE));

      assertThat(extract("cv.txt", little).text()).isEqualTo("José\nZürich");
      assertThat(extract("cv.txt", big).text()).isEqualTo("José\nZürich");
    }

    @Test
    void reads_text_that_is_not_utf8_as_windows_1252() {
      byte[] latin1 = "José Müller – Zürich, 5 €".getBytes(java.nio.charset.Charset.forName("windows-1252"));

      assertThat(extract("cv.txt", latin1).text()).isEqualTo("José Müller – Zürich, 5 €");
    }

    @Test
    void recognises_markdown_by_file_name_or_declared_type() {
      byte[] bytes = "# Ada Lovelace\n\n## Skills\n- Java".getBytes(StandardCharsets.UTF_8);

      assertThat(extract("cv.md", bytes).type()).isEqualTo(DocumentType.MARKDOWN);
      assertThat(extract("CV.Markdown", bytes).type()).isEqualTo(DocumentType.MARKDOWN);
      assertThat(extractor.extract(new DocumentUpload("cv", Optional.of("text/markdown; charset=utf-8"), bytes))
          .type()).isEqualTo(DocumentType.MARKDOWN);
      assertThat(extract("cv.txt", bytes).type()).isEqualTo(DocumentType.PLAIN_TEXT);
      assertThat(extract("cv.txt", bytes).text()).isEqualTo("# Ada Lovelace\n\n## Skills\n- Java");
    }

    @Test
    void normalises_spaces_ligatures_and_line_breaks_without_joining_lines() {
      String raw = "Pro\uFB01le\r\nSoft\u00ADware\u00A0engineer   \r\n\r\n\r\n\uFB02uent in \uFB00 ";

      assertThat(extract("cv.txt", raw.getBytes(StandardCharsets.UTF_8)).text())
          .isEqualTo("Profile\nSoftware engineer\n\nfluent in ff");
    }

    @Test
    void refuses_a_text_file_with_nothing_in_it_as_empty() {
      assertRefused(() -> extract("cv.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)), "document.empty");
      assertRefused(() -> extract("cv.txt", new byte[0]), "document.empty");
    }

    @Test
    void refuses_text_longer_than_allowed() {
      StandardDocumentTextExtractor strict =
          new StandardDocumentTextExtractor(DocumentLimits.defaults().withMaxCharacters(10));

      assertRefused(() -> strict.extract(upload("cv.txt", "x".repeat(11).getBytes(StandardCharsets.UTF_8))),
          "document.too-large");
    }

    @Test
    void refuses_markup_that_looks_like_text() {
      assertRefused(() -> extract("cv.txt", "<?xml version=\"1.0\"?>\n<svg/>".getBytes(StandardCharsets.UTF_8)),
          "document.unsupported-type");
      assertRefused(() -> extract("cv.txt", "  <!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8)),
          "document.unsupported-type");
      assertRefused(() -> extract("cv.rtf", "{\\rtf1\\ansi Ada}".getBytes(StandardCharsets.US_ASCII)),
          "document.unsupported-type");
    }
  }

  @Nested
  class Refusals {
    @Test
    void refuses_a_document_one_byte_over_the_limit() {
      StandardDocumentTextExtractor small =
          new StandardDocumentTextExtractor(DocumentLimits.defaults().withMaxBytes(2048));
      byte[] atLimit = "a".repeat(2048).getBytes(StandardCharsets.UTF_8);
      byte[] overLimit = "a".repeat(2049).getBytes(StandardCharsets.UTF_8);

      assertThat(small.extract(upload("cv.txt", atLimit)).text()).hasSize(2048);
      assertRefused(() -> small.extract(upload("cv.txt", overLimit)), "document.too-large");
    }

    @Test
    void accepts_ten_mebibytes_by_default_and_not_a_byte_more() {
      assertThat(extractor.maxBytes()).isEqualTo(10L * 1024 * 1024);
      byte[] overLimit = new byte[(int) extractor.maxBytes() + 1];

      assertRefused(() -> extract("cv.pdf", overLimit), "document.too-large");
    }

    @Test
    void refuses_a_legacy_office_file_that_is_not_encrypted_as_unsupported() {
      assertRefused(() -> extract("cv.doc", CvDocuments.legacyOfficeFile()), "document.unsupported-type");
    }

    @Test
    void refuses_images_spreadsheets_archives_executables_and_random_bytes_as_unsupported() {
      byte[] random = new byte[8192];
      new Random(42).nextBytes(random);
      byte[] elf = concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0}, new byte[64]);
      byte[] odt = CvDocuments.zipOf("content.xml", "<office:document-content/>");

      for (byte[] bytes : List.of(CvDocuments.png(), CvDocuments.xlsx(), odt, elf, random)) {
        assertRefused(() -> extract("cv.pdf", bytes), "document.unsupported-type");
      }
    }

    @Test
    void never_puts_the_file_name_or_content_into_a_refusal() {
      byte[] truncated = Arrays.copyOf(CvDocuments.onePdf(CV), 300);
      DocumentUpload upload = new DocumentUpload("Ada Lovelace CV.pdf", Optional.empty(), truncated);

      assertThatThrownBy(() -> extractor.extract(upload))
          .isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.code()).isEqualTo("document.corrupt");
            assertThat(e.getMessage()).doesNotContainIgnoringCase("ada").doesNotContain("Lovelace");
            assertThat(e.getCause()).isNull();
          });
    }
  }

  ExtractedDocument extract(String fileName, byte[] bytes) {
    return extractor.extract(upload(fileName, bytes));
  }

  static DocumentUpload upload(String fileName, byte[] bytes) {
    return new DocumentUpload(fileName, Optional.empty(), bytes);
  }

  static void assertRefused(ThrowingCallable call, String code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  static List<String> nonBlankLines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }

  static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
