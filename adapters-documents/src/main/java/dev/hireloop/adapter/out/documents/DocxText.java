package dev.hireloop.adapter.out.documents;

import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.out.documents.DocumentType;
import dev.hireloop.port.out.documents.ExtractedDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Node;

/**
 * DOCX text with Apache POI, in document order: headers first (contact details often live there), then the body
 * (paragraphs, tables, content controls, simple text boxes), then footers. List paragraphs start with "• ". A table
 * whose cells are one line each is data and becomes tab-separated rows; a table with multi-line cells is a page
 * layout (the two columns of a CV) and is read cell by cell, so that a column stays together.
 *
 * <p>Before POI sees the archive it is inflated once into nothing, counting: an entry over {@value #MAX_ENTRY_BYTES}
 * bytes or a total over {@value #MAX_TOTAL_BYTES} is a ZIP bomb and refused as corrupt, because POI keeps every
 * part in memory. POI's own {@link ZipSecureFile} limits (inflate ratio, entry size, text size) are JVM-wide
 * settings; they are tightened once, never loosened, as a second line of defence.
 */
final class DocxText {
  static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
  static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
  private static final int MAX_ENTRIES = 10_000;
  // POI's default: a part that inflates more than 100-fold is a bomb; real DOCX XML stays well below
  private static final double MIN_INFLATE_RATIO = 0.01;
  private static final long MAX_TEXT_CHARACTERS = 100_000_000L;
  private static final String BULLET = "• ";

  static {
    ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
    ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
    ZipSecureFile.setMaxTextSize(Math.min(ZipSecureFile.getMaxTextSize(), MAX_TEXT_CHARACTERS));
  }

  private DocxText() {}

  static ExtractedDocument read(byte[] bytes, DocumentLimits limits) {
    checkInflatedSize(bytes);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      TextBudget text = new TextBudget(limits.maxCharacters());
      Set<String> seen = new LinkedHashSet<>();
      for (XWPFHeaderFooter header : document.getHeaderList()) {
        addOnce(text, seen, header);
      }
      addLines(text, body(document.getBodyElements()));
      for (XWPFHeaderFooter footer : document.getFooterList()) {
        addOnce(text, seen, footer);
      }
      String normalized = TextNormalizer.normalize(text.text());
      if (normalized.isEmpty()) {
        throw Refusals.empty();
      }
      return new ExtractedDocument(DocumentType.DOCX, normalized, 1);
    } catch (RuleViolationException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // POI reports bombs and damage as IOExceptions and its own runtime exceptions (POIXMLException, …)
      throw Refusals.corrupt();
    }
  }

  private static void checkInflatedSize(byte[] bytes) {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw Refusals.corrupt();
        }
        long size = 0;
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          size += n;
          total += n;
          if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
            throw Refusals.corrupt();
          }
        }
      }
    } catch (IOException e) {
      throw Refusals.corrupt();
    }
  }

  /** Headers and footers repeat per section (first page, even pages, default): each distinct text once. */
  private static void addOnce(TextBudget text, Set<String> seen, XWPFHeaderFooter part) {
    List<String> lines = body(part.getBodyElements());
    if (seen.add(String.join("\n", lines).strip())) {
      addLines(text, lines);
      text.endLine().add('\n');
    }
  }

  private static void addLines(TextBudget text, List<String> lines) {
    for (String line : lines) {
      text.endLine().add(line).add('\n');
    }
  }

  private static List<String> body(List<IBodyElement> elements) {
    List<String> lines = new ArrayList<>();
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        paragraph(paragraph, lines);
      } else if (element instanceof XWPFTable table) {
        table(table, lines);
      } else if (element instanceof XWPFSDT control) {
        lines.addAll(List.of(control.getContent().getText().split("\n", -1)));
      }
    }
    return lines;
  }

  private static void paragraph(XWPFParagraph paragraph, List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (IRunElement run : paragraph.getIRuns()) {
      if (run instanceof XWPFRun plain) {
        // text() leaves out the text of drawings and text boxes: those come below, one line per paragraph
        text.append(plain.text());
      } else if (run instanceof XWPFSDT control) {
        text.append(control.getContent().getText());
      }
    }
    String content = text.toString();
    if (isHeading(paragraph) && !lines.isEmpty()) {
      lines.add("");
    }
    if (isListItem(paragraph) && !content.isBlank() && !startsWithBullet(content.stripLeading())) {
      content = BULLET + content.stripLeading();
    }
    lines.addAll(List.of(content.split("\n", -1)));
    textBoxes(paragraph.getCTP().getDomNode(), lines);
  }

  private static void table(XWPFTable table, List<String> lines) {
    for (XWPFTableRow row : table.getRows()) {
      List<List<String>> cells = new ArrayList<>();
      boolean layout = false;
      for (XWPFTableCell cell : row.getTableCells()) {
        List<String> cellLines = body(cell.getBodyElements()).stream().filter(l -> !l.isBlank()).toList();
        cells.add(cellLines);
        layout |= cellLines.size() > 1;
      }
      if (layout) {
        for (List<String> cell : cells) {
          lines.addAll(cell);
          lines.add("");
        }
      } else {
        lines.add(String.join("\t", cells.stream().map(c -> c.isEmpty() ? "" : c.get(0)).toList()).strip());
      }
    }
  }

  private static boolean isListItem(XWPFParagraph paragraph) {
    String style = paragraph.getStyleID();
    return paragraph.getNumID() != null
        || style != null && (style.startsWith("ListBullet") || style.startsWith("ListNumber"));
  }

  private static boolean isHeading(XWPFParagraph paragraph) {
    String style = paragraph.getStyleID();
    return style != null && (style.startsWith("Heading") || style.equals("Title"));
  }

  private static boolean startsWithBullet(String text) {
    return !text.isEmpty() && "•◦▪▫‣∙·●○■□-–*".indexOf(text.charAt(0)) >= 0;
  }

  /**
   * The paragraphs of text boxes anchored in this paragraph. Word writes each box twice (DrawingML and a VML
   * fallback inside {@code mc:Fallback}); the fallback is skipped.
   */
  private static void textBoxes(Node node, List<String> lines) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      String name = child.getLocalName();
      if (name == null || name.equals("Fallback")) {
        continue;
      }
      if (name.equals("txbxContent")) {
        boxParagraphs(child, lines);
      } else {
        textBoxes(child, lines);
      }
    }
  }

  private static void boxParagraphs(Node node, List<String> lines) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if ("p".equals(child.getLocalName())) {
        StringBuilder line = new StringBuilder();
        runText(child, line);
        lines.addAll(List.of(line.toString().split("\n", -1)));
      } else if (child.getLocalName() != null) {
        boxParagraphs(child, lines);
      }
    }
  }

  private static void runText(Node node, StringBuilder out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      String name = child.getLocalName();
      if (name == null) {
        continue;
      }
      switch (name) {
        case "t" -> characters(child, out);
        case "tab" -> out.append('\t');
        case "br", "cr" -> out.append('\n');
        case "pPr", "rPr", "Fallback" -> { }
        default -> runText(child, out);
      }
    }
  }

  // xmlbeans' DOM does not implement getTextContent (DOM level 3)
  private static void characters(Node element, StringBuilder out) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(child.getNodeValue());
      }
    }
  }
}
