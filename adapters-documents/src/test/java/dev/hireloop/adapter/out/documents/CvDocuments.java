package dev.hireloop.adapter.out.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Renders CV text as real documents for tests, here and in other modules (published in this module's test-jar):
 * one- and two-column PDFs with PDFBox's standard Helvetica, DOCX files with a page header, bullet lists and a
 * table, and the awkward files an intake must refuse (password-protected, scanned, damaged, ZIP bombs, legacy
 * Office, images). Everything is generated, deterministic and small.
 *
 * <p>Text conventions, shared by {@link #onePdf}, {@link #twoColumnPdf(String)} and {@link #docx}: a CV is lines;
 * its first block (up to the first empty line) is the name and contact header; a line starting with "- ", "* " or
 * "• " is a bullet; a line holding a tab is a table row (cells split at tabs) in a DOCX; three or more spaces are a
 * layout gap (a tab stop: right-aligned dates, or text that was already in two columns); a short line that is a
 * known section title ("Experience", "SKILLS:", …) starts a section.
 */
public final class CvDocuments {
  private static final float FONT_SIZE = 10;
  // sidebars use a smaller type so that an e-mail address fits the narrow column
  private static final float SIDEBAR_FONT_SIZE = 8;
  private static final float LINE_SPACING = 1.3f;
  private static final float MARGIN = 50;
  private static final float COLUMN_GAP = 24;
  private static final float LEFT_COLUMN_SHARE = 0.32f;
  // a run of spaces that lays text out rather than separating words
  private static final Pattern GAP = Pattern.compile(" {3,}");
  private static final Pattern CONTACT_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+|\\s{3,}");
  private static final Pattern SIDEBAR_SECTION = Pattern.compile(
      "(?i)(skills|technical skills|core skills|key skills|tech stack|technologies|tools|languages|contact"
      + "|links|profiles|certifications|interests)\\s*:?");
  private static final Pattern SECTION = Pattern.compile(
      "(?i)(summary|profile|about me|about|objective|experience|work experience|professional experience"
      + "|employment|employment history|work history|career|education|projects|publications|skills"
      + "|technical skills|core skills|key skills|tech stack|technologies|tools|languages|contact|links|profiles"
      + "|certifications|interests|references|volunteering)\\s*:?");

  private CvDocuments() {}

  /** The text as a one-column A4 PDF, wrapped at the margin, on as many pages as it needs. */
  public static byte[] onePdf(String text) {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = helvetica();
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      List<List<Piece>> lines = wrap(font, FONT_SIZE, lines(text), width);
      writeColumns(document, font, List.of(new Column(MARGIN, width, FONT_SIZE, lines)));
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A two-column PDF: the header block (one contact item a line) and the sidebar sections (skills, languages,
   * contact, links, …) on the left in a smaller type, everything else (summary, experience, education, …) on the
   * right.
   */
  public static byte[] twoColumnPdf(String text) {
    String[] columns = sidebarAndMain(text);
    return twoColumnPdf(columns[0], columns[1]);
  }

  /**
   * A CV's text cut into a sidebar and a main column the way two-column templates lay it out: the header block (one
   * contact item a line) and the sidebar sections (skills, languages, contact, links, …) go left, everything else
   * (summary, experience, education, …) right.
   *
   * @return the left and the right column's text
   */
  public static String[] sidebarAndMain(String text) {
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    List<String> target = left;
    boolean header = true;
    for (String line : lines(text)) {
      if (header && line.isBlank()) {
        header = false;
        target = right;
      } else if (!header && isSection(line)) {
        target = SIDEBAR_SECTION.matcher(line.strip()).matches() ? left : right;
      }
      if (header) {
        // a sidebar stacks the contact items that a one-column header strings together
        left.addAll(List.of(CONTACT_SEPARATOR.split(line.strip())));
      } else {
        target.add(line);
      }
    }
    return new String[] {String.join("\n", left), String.join("\n", right)};
  }

  /**
   * A two-column DOCX as Word templates build it: one table row of two cells, the sidebar (see
   * {@link #sidebarAndMain}) in the left cell and the main column in the right, one paragraph a line.
   */
  public static byte[] twoColumnDocx(String text) {
    String[] columns = sidebarAndMain(text);
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFTable table = document.createTable(1, 2);
      for (int c = 0; c < 2; c++) {
        org.apache.poi.xwpf.usermodel.XWPFTableCell cell = table.getRow(0).getCell(c);
        List<String> lines = lines(columns[c]);
        cell.getParagraphs().get(0).createRun().setText(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
          cell.addParagraph().createRun().setText(line);
        }
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A two-column PDF with the given column texts; the left column is written first in the content stream. */
  public static byte[] twoColumnPdf(String left, String right) {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = helvetica();
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN - COLUMN_GAP;
      float leftWidth = width * LEFT_COLUMN_SHARE;
      float rightWidth = width - leftWidth;
      writeColumns(document, font, List.of(
          new Column(MARGIN, leftWidth, SIDEBAR_FONT_SIZE, wrap(font, SIDEBAR_FONT_SIZE, lines(left), leftWidth)),
          new Column(MARGIN + leftWidth + COLUMN_GAP, rightWidth, FONT_SIZE,
              wrap(font, FONT_SIZE, lines(right), rightWidth))));
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text as a DOCX: the header block in the page header, bullets as a real bulleted list (Word numbering with
   * a bullet format), tab-separated lines as a table, section titles as Heading 1, the rest as paragraphs.
   */
  public static byte[] docx(String text) {
    try (XWPFDocument document = new XWPFDocument()) {
      List<String> lines = lines(text);
      int firstBlank = lines.indexOf("");
      List<String> headerLines = firstBlank < 0 ? List.of() : lines.subList(0, firstBlank);
      if (!headerLines.isEmpty()) {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        for (String line : headerLines) {
          header.createParagraph().createRun().setText(line);
        }
      }
      BigInteger bullets = bulletNumbering(document);
      List<String> body = firstBlank < 0 ? lines : lines.subList(firstBlank + 1, lines.size());
      List<String[]> tableRows = new ArrayList<>();
      for (String line : body) {
        if (line.contains("\t")) {
          tableRows.add(line.split("\t", -1));
          continue;
        }
        addTable(document, tableRows);
        XWPFParagraph paragraph = document.createParagraph();
        String bullet = bulletText(line);
        if (bullet != null) {
          paragraph.setNumID(bullets);
          paragraph.createRun().setText(bullet);
        } else {
          if (isSection(line)) {
            paragraph.setStyle("Heading1");
          }
          // wide gaps become tabs, as in a Word CV with dates at a right tab stop
          String[] pieces = GAP.split(line.strip(), -1);
          for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
              paragraph.createRun().addTab();
            }
            paragraph.createRun().setText(pieces[i]);
          }
        }
      }
      addTable(document, tableRows);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A DOCX with one paragraph of body text and, anchored in it, a text box holding the given lines, written the way
   * Word writes it: DrawingML for current readers plus a VML copy in {@code mc:Fallback} for old ones.
   */
  public static byte[] docxWithTextBox(String bodyText, List<String> boxLines) {
    StringBuilder box = new StringBuilder("<w:txbxContent>");
    for (String line : boxLines) {
      box.append("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:t>")
          .append(escapeXml(line)).append("</w:t></w:r></w:p>");
    }
    box.append("</w:txbxContent>");
    String paragraph = "<xml-fragment xmlns:w=\"" + W + "\""
        + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
        + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
        + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
        + " xmlns:v=\"urn:schemas-microsoft-com:vml\">"
        + "<w:r><w:t xml:space=\"preserve\">" + escapeXml(bodyText) + "</w:t></w:r>"
        + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
        + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp>"
        + "<wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        + "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict>"
        + "</mc:Fallback></mc:AlternateContent></w:r></xml-fragment>";
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().getCTP().set(
          org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP.Factory.parse(paragraph));
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.apache.xmlbeans.XmlException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String escapeXml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The DOCX of {@link #docx}, encrypted with a password (agile encryption, as Word 2010+ does): an OLE2 file. */
  public static byte[] encryptedDocx(String text, String password) {
    try (POIFSFileSystem container = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword(password);
      try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(docx(text)));
          OutputStream encrypted = encryptor.getDataStream(container)) {
        docx.save(encrypted);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      container.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A one-column PDF that opens only with the user password (AES-256). */
  public static byte[] userPasswordPdf(String text, String userPassword) {
    return protectedPdf(text, "owner-" + userPassword, userPassword, AccessPermission.getOwnerAccessPermission());
  }

  /** A one-column PDF that opens without a password but whose owner password forbids copying and printing. */
  public static byte[] ownerPasswordOnlyPdf(String text, String ownerPassword) {
    AccessPermission permissions = new AccessPermission();
    permissions.setCanExtractContent(false);
    permissions.setCanPrint(false);
    permissions.setCanModify(false);
    return protectedPdf(text, ownerPassword, "", permissions);
  }

  /** A scanned page: one image drawn on the page and no text at all. */
  public static byte[] imageOnlyPdf() {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDImageXObject image = LosslessFactory.createFromImage(document, scan());
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(image, MARGIN, MARGIN, 400, 560);
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF of blank pages: no text, no images. */
  public static byte[] blankPdf(int pages) {
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage(PDRectangle.A4));
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A grey PNG image (what a phone photo of a CV looks like to a byte sniffer). */
  public static byte[] png() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(scan(), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A legacy binary Office file (an .xls workbook; the same OLE2 container as a .doc), not encrypted. */
  public static byte[] legacyOfficeFile() {
    return workbook(new HSSFWorkbook());
  }

  /** An .xlsx workbook: a ZIP-based Office file that is not a Word document. */
  public static byte[] xlsx() {
    return workbook(new XSSFWorkbook());
  }

  /** {@code workbook} with one sheet holding a name, written out and closed. */
  private static byte[] workbook(Workbook workbook) {
    try (workbook) {
      workbook.createSheet("CV").createRow(0).createCell(0).setCellValue("Ada Lovelace");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A DOCX-shaped ZIP whose {@code word/document.xml} inflates to {@code inflatedBytes} of XML whitespace: a few
   * hundred kilobytes on disk, a memory exhaustion attack once opened.
   */
  public static byte[] zipBombDocx(long inflatedBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(RELS.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>")
          .getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (long written = 0; written < inflatedBytes; written += spaces.length) {
        zip.write(spaces, 0, (int) Math.min(spaces.length, inflatedBytes - written));
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A plain ZIP archive with one text entry (neither DOCX nor any other office format). */
  public static byte[] zipOf(String entryName, String content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entryName));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Whether the line is a section title of the kind {@link #twoColumnPdf(String)} and {@link #docx} recognise. */
  public static boolean isSection(String line) {
    return SECTION.matcher(line.strip()).matches();
  }

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" ContentType=\""
      + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";

  private record Column(float x, float width, float fontSize, List<List<Piece>> lines) {}

  /** A run of text at a horizontal offset from the column's left edge. */
  private record Piece(float x, String text) {}

  private static PDType1Font helvetica() {
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  }

  private static List<String> lines(String text) {
    return List.of(text.replace("\r\n", "\n").split("\n", -1));
  }

  private static String bulletText(String line) {
    String stripped = line.stripLeading();
    for (String marker : List.of("- ", "* ", "• ")) {
      if (stripped.startsWith(marker)) {
        return stripped.substring(marker.length()).strip();
      }
    }
    return null;
  }

  /** Columns are written one after the other on each page: the content stream holds the left column first. */
  private static void writeColumns(PDDocument document, PDType1Font font, List<Column> columns) throws IOException {
    float height = PDRectangle.A4.getHeight() - 2 * MARGIN;
    int pages = 1;
    for (Column column : columns) {
      int perPage = (int) (height / (column.fontSize() * LINE_SPACING));
      pages = Math.max(pages, (column.lines().size() + perPage - 1) / perPage);
    }
    for (int p = 0; p < pages; p++) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        for (Column column : columns) {
          float leading = column.fontSize() * LINE_SPACING;
          int perPage = (int) (height / leading);
          List<List<Piece>> lines = column.lines();
          int from = Math.min(lines.size(), p * perPage);
          int to = Math.min(lines.size(), from + perPage);
          float y = PDRectangle.A4.getHeight() - MARGIN;
          for (List<Piece> line : lines.subList(from, to)) {
            for (Piece piece : line) {
              content.beginText();
              content.setFont(font, column.fontSize());
              content.newLineAtOffset(column.x() + piece.x(), y);
              content.showText(piece.text());
              content.endText();
            }
            y -= leading;
          }
        }
      }
    }
  }

  /**
   * Lays the lines out in the column. A line with wide gaps (three spaces or a tab), such as a title with its dates
   * pushed to the right or a line of text that was already two columns, keeps its pieces where a monospaced
   * reading puts them, as a word processor's tab stops would; other lines, and gapped lines that do not fit, are
   * word-wrapped at the column width. Text is limited to what standard Helvetica's WinAnsi encoding holds.
   */
  private static List<List<Piece>> wrap(PDType1Font font, float size, List<String> lines, float width)
      throws IOException {
    float charWidth = widthOf(font, size, "abcdefghijklmnopqrstuvwxyz") / 26;
    List<List<Piece>> wrapped = new ArrayList<>();
    for (String raw : lines) {
      String line = encodable(font, raw.replace("\t", "    ").stripTrailing());
      if (line.isBlank()) {
        wrapped.add(List.of());
        continue;
      }
      List<Piece> gapped = gapped(font, size, line, width, charWidth);
      if (gapped != null) {
        wrapped.add(gapped);
        continue;
      }
      line = GAP.matcher(line.strip()).replaceAll(" ");
      while (widthOf(font, size, line) > width) {
        int cut = line.length();
        while (cut > 0 && widthOf(font, size, line.substring(0, cut)) > width) {
          cut = line.lastIndexOf(' ', cut - 1);
        }
        if (cut <= 0) {
          cut = fittingPrefix(font, size, line, width);
        }
        wrapped.add(List.of(new Piece(0, line.substring(0, cut).stripTrailing())));
        line = line.substring(cut).strip();
      }
      wrapped.add(List.of(new Piece(0, line)));
    }
    return wrapped;
  }

  /** The pieces of a line with wide gaps, or null when it has none or they do not fit the column. */
  private static List<Piece> gapped(PDType1Font font, float size, String line, float width, float charWidth)
      throws IOException {
    java.util.regex.Matcher gaps = GAP.matcher(line);
    List<Piece> pieces = new ArrayList<>();
    int start = line.length() - line.stripLeading().length();
    // an indented line's leading spaces are indentation, not a gap between pieces
    gaps.region(start, line.length());
    float end = 0;
    while (true) {
      boolean more = gaps.find();
      int stop = more ? gaps.start() : line.length();
      String text = line.substring(start, stop);
      float x = Math.max(start * charWidth, pieces.isEmpty() ? 0 : end + 2 * charWidth);
      pieces.add(new Piece(x, text));
      end = x + widthOf(font, size, text);
      if (!more) {
        break;
      }
      start = gaps.end();
    }
    if (pieces.size() < 2) {
      return null;
    }
    if (end > width) {
      Piece last = pieces.get(pieces.size() - 1);
      Piece before = pieces.get(pieces.size() - 2);
      float lastWidth = widthOf(font, size, last.text());
      float shifted = width - lastWidth;
      if (shifted < before.x() + widthOf(font, size, before.text()) + 2 * charWidth) {
        return null;
      }
      pieces.set(pieces.size() - 1, new Piece(shifted, last.text()));
    }
    return pieces;
  }

  private static int fittingPrefix(PDType1Font font, float size, String line, float width) throws IOException {
    int end = 1;
    while (end < line.length() && widthOf(font, size, line.substring(0, end + 1)) <= width) {
      end++;
    }
    return end;
  }

  private static float widthOf(PDType1Font font, float size, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /**
   * Replaces what WinAnsi cannot encode, the way a PDF with an embedded font would still read: bullet-like symbols
   * (▪, ➢, ●, …) become "•", arrows "->", accented letters lose the accent; anything else becomes "?".
   */
  private static String encodable(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      String c = String.valueOf(ch);
      if (canEncode(font, c)) {
        out.append(c);
        continue;
      }
      if (ch >= '\u25A0' && ch <= '\u25FF' || ch >= '\u2700' && ch <= '\u27BF' || ch == '\u2043'
          || ch == '\u2219') {
        out.append('\u2022');
        continue;
      }
      if (ch >= '\u2190' && ch <= '\u21FF') {
        out.append("->");
        continue;
      }
      String base = Normalizer.normalize(c, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      out.append(!base.isEmpty() && canEncode(font, base) ? base : "?");
    }
    return out.toString();
  }

  private static boolean canEncode(PDType1Font font, String c) {
    try {
      font.encode(c);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  private static byte[] protectedPdf(String text, String ownerPassword, String userPassword,
      AccessPermission permissions) {
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(onePdf(text))) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
      policy.setEncryptionKeyLength(256);
      document.protect(policy);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BigInteger bulletNumbering(XWPFDocument document) {
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    abstractNum.setAbstractNumId(BigInteger.ONE);
    CTLvl level = abstractNum.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewNumFmt().setVal(STNumberFormat.BULLET);
    level.addNewLvlText().setVal("•");
    XWPFNumbering numbering = document.createNumbering();
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
    return numbering.addNum(abstractId);
  }

  private static void addTable(XWPFDocument document, List<String[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
    XWPFTable table = document.createTable(rows.size(), columns);
    for (int r = 0; r < rows.size(); r++) {
      String[] cells = rows.get(r);
      for (int c = 0; c < cells.length; c++) {
        table.getRow(r).getCell(c).setText(cells[c].strip());
      }
    }
    rows.clear();
  }

  private static BufferedImage scan() {
    BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, 120, 160);
    graphics.setColor(Color.DARK_GRAY);
    for (int y = 20; y < 150; y += 12) {
      graphics.fillRect(10, y, 60 + (y * 7) % 40, 4);
    }
    graphics.dispose();
    return image;
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  private static byte[] save(XWPFDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.write(out);
    return out.toByteArray();
  }

  /** Lower-cased and without surplus whitespace, for comparing texts that went through a document and back. */
  public static String comparable(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
