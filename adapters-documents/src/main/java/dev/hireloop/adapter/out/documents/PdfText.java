package dev.hireloop.adapter.out.documents;

import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.out.documents.DocumentType;
import dev.hireloop.port.out.documents.ExtractedDocument;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF text with PDFBox. Text comes in content-stream order, which is the order the author's tool wrote it:
 * sorting by position would interleave the two columns of a two-column CV line by line. A document that opens
 * without a password is read even when its owner password forbids copying: the candidate sent it to be read.
 */
final class PdfText {
  // PDFBox buffers decoded streams in memory up to this much per document, then in a temporary file
  private static final long MAX_MAIN_MEMORY = 16L * 1024 * 1024;
  private static final long MAX_STORAGE = 256L * 1024 * 1024;
  // forms inside forms: deep enough for real documents, bounded against crafted ones
  private static final int MAX_FORM_DEPTH = 8;

  private PdfText() {}

  static ExtractedDocument read(byte[] bytes, DocumentLimits limits) {
    MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY, MAX_STORAGE);
    try (PDDocument document = Loader.loadPDF(bytes, "", null, null, memory.streamCache)) {
      int pages = document.getNumberOfPages();
      if (pages == 0) {
        throw Refusals.corrupt();
      }
      if (pages > limits.maxPages()) {
        throw Refusals.tooManyPages(limits.maxPages());
      }
      TextBudget text = new TextBudget(limits.maxCharacters());
      stripper().writeText(document, text);
      String normalized = TextNormalizer.normalize(text.text());
      if (normalized.isEmpty()) {
        throw hasImages(document) ? Refusals.imageOnly() : Refusals.empty();
      }
      return new ExtractedDocument(DocumentType.PDF, normalized, pages);
    } catch (InvalidPasswordException e) {
      throw Refusals.encrypted();
    } catch (RuleViolationException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // PDFBox reports damage as IOExceptions and, on crafted input, as assorted runtime exceptions
      throw Refusals.corrupt();
    }
  }

  private static PDFTextStripper stripper() {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(false);
    stripper.setLineSeparator("\n");
    stripper.setPageEnd("\n\n");
    return stripper;
  }

  private static boolean hasImages(PDDocument document) throws IOException {
    for (PDPage page : document.getPages()) {
      if (hasImages(page.getResources(), 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasImages(PDResources resources, int depth) throws IOException {
    if (resources == null || depth > MAX_FORM_DEPTH) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject) {
        return true;
      }
      if (object instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
