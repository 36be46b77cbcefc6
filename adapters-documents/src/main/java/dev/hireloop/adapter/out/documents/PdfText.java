package dev.hireloop.adapter.out.documents;

import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.out.documents.DocumentType;
import dev.hireloop.port.out.documents.ExtractedDocument;
import java.io.IOException;
import java.util.List;
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
import org.apache.pdfbox.text.TextPosition;

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
      stripper(text).writeText(document, text);
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

  private static PDFTextStripper stripper(TextBudget output) throws IOException {
    PDFTextStripper stripper = new LayoutKeepingStripper(output);
    stripper.setSortByPosition(false);
    stripper.setLineSeparator("\n");
    stripper.setPageEnd("\n\n");
    return stripper;
  }

  /**
   * Keeps paragraph breaks and layout gaps, never the reading order. A line that starts a blank line's height or
   * more below the previous one (or in another column) is preceded by an empty line, as {@code ExtractedDocument}
   * promises. Where the next word on a line starts more than {@value #GAP_IN_SPACES} space widths after the previous
   * one ended (dates at a right tab stop, the right-hand column of a layout written line by line), PDFBox writes a
   * single space; this writes at least three, padding up to where the word would stand in a monospaced reading of
   * the line (half an em per character), as the same CV reads when saved as plain text. The CV parser splits lines
   * at wide gaps and tells the columns apart by how far in a cell starts.
   */
  static final class LayoutKeepingStripper extends PDFTextStripper {
    static final float GAP_IN_SPACES = 3;
    // lines are 1.2 to 1.5 font sizes apart; an empty line between them makes it about 2.5
    private static final float PARAGRAPH_DROP = 1.9f;
    private static final int MAX_PADDING = 120;
    private final TextBudget output;
    private float lineStart;
    private float lastEnd = Float.NaN;
    private float lastY = Float.NaN;

    LayoutKeepingStripper(TextBudget output) throws IOException {
      this.output = output;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      if (!positions.isEmpty()) {
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        int column = output.column();
        boolean sameLine = Math.abs(first.getYDirAdj() - lastY) < Math.max(1, first.getHeightDir() / 2);
        float space = first.getWidthOfSpace() > 0 ? first.getWidthOfSpace() : first.getFontSizeInPt() / 4;
        if (column == 0) {
          lineStart = first.getXDirAdj();
          // a blank line's worth of vertical space, or a jump to another column, ends a paragraph
          float drop = Math.abs(first.getYDirAdj() - lastY);
          if (!output.isEmpty() && drop > PARAGRAPH_DROP * first.getFontSizeInPt()) {
            super.writeString("\n");
          }
        } else if (sameLine && first.getXDirAdj() - lastEnd > GAP_IN_SPACES * space) {
          float charWidth = Math.max(0.1f, first.getFontSizeInPt() / 2);
          int target = Math.round((first.getXDirAdj() - lineStart) / charWidth);
          // PDFBox has already written one word separator
          super.writeString(" ".repeat(Math.min(MAX_PADDING, Math.max(2, target - column))));
        }
        lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
        lastY = last.getYDirAdj();
      }
      super.writeString(text, positions);
    }
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
