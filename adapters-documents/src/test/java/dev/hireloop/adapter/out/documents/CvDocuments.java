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
 * "• " is a bullet; a line holding a tab is a table row (cells split at tabs); a short line that is a known section
 * title ("Experience", "SKILLS:", …) starts a section.
 */
public final class CvDocuments {
  private static final float FONT_SIZE = 10;
  private static final float LEADING = 13;
  private static final float MARGIN = 50;
  private static final float COLUMN_GAP = 24;
  private static final float LEFT_COLUMN_SHARE = 0.34f;
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
      List<String> lines = wrap(font, lines(text), width);
      writeColumns(document, font, List.of(new Column(MARGIN, width, lines)));
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A two-column PDF: the header block and the sidebar sections (skills, languages, contact, links, …) on the left,
   * everything else (summary, experience, education, …) on the right.
   */
  public static byte[] twoColumnPdf(String text) {
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
      target.add(line);
    }
    return twoColumnPdf(String.join("\n", left), String.join("\n", right));
  }

  /** A two-column PDF with the given column texts; the left column is written first in the content stream. */
  public static byte[] twoColumnPdf(String left, String right) {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = helvetica();
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN - COLUMN_GAP;
      float leftWidth = width * LEFT_COLUMN_SHARE;
      float rightWidth = width - leftWidth;
      writeColumns(document, font, List.of(
          new Column(MARGIN, leftWidth, wrap(font, lines(left), leftWidth)),
          new Column(MARGIN + leftWidth + COLUMN_GAP, rightWidth, wrap(font, lines(right), rightWidth))));
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
          paragraph.createRun().setText(line);
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
    String paragraph = "<xml-fragment xmlns:w=\"" + W + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
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
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      workbook.createSheet("CV").createRow(0).createCell(0).setCellValue("Ada Lovelace");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An .xlsx workbook: a ZIP-based Office file that is not a Word document. */
  public static byte[] xlsx() {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
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

  private record Column(float x, float width, List<String> lines) {}

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
    int linesPerPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
    int pages = 1;
    for (Column column : columns) {
      pages = Math.max(pages, (column.lines().size() + linesPerPage - 1) / linesPerPage);
    }
    for (int p = 0; p < pages; p++) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        for (Column column : columns) {
          List<String> lines = column.lines();
          int from = Math.min(lines.size(), p * linesPerPage);
          int to = Math.min(lines.size(), from + linesPerPage);
          float y = PDRectangle.A4.getHeight() - MARGIN;
          for (String line : lines.subList(from, to)) {
            if (!line.isBlank()) {
              content.beginText();
              content.setFont(font, FONT_SIZE);
              content.newLineAtOffset(column.x(), y);
              content.showText(line);
              content.endText();
            }
            y -= LEADING;
          }
        }
      }
    }
  }

  /** Word-wraps at the column width, with text limited to what the standard Helvetica encoding (WinAnsi) holds. */
  private static List<String> wrap(PDType1Font font, List<String> lines, float width) throws IOException {
    List<String> wrapped = new ArrayList<>();
    for (String raw : lines) {
      String line = encodable(font, raw.replace("\t", "    "));
      while (widthOf(font, line) > width) {
        int cut = line.length();
        while (cut > 0 && widthOf(font, line.substring(0, cut)) > width) {
          cut = line.lastIndexOf(' ', cut - 1);
        }
        int indent = line.length() - line.stripLeading().length();
        if (cut <= indent) {
          cut = fittingPrefix(font, line, width);
        }
        wrapped.add(line.substring(0, cut).stripTrailing());
        line = line.substring(cut).strip();
      }
      wrapped.add(line);
    }
    return wrapped;
  }

  private static int fittingPrefix(PDType1Font font, String line, float width) throws IOException {
    int end = 1;
    while (end < line.length() && widthOf(font, line.substring(0, end + 1)) <= width) {
      end++;
    }
    return end;
  }

  private static float widthOf(PDType1Font font, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * FONT_SIZE;
  }

  /** Replaces what WinAnsi cannot encode: accents are dropped (Ł → L is beyond NFD, so it becomes "?"). */
  private static String encodable(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      String c = String.valueOf(text.charAt(i));
      if (canEncode(font, c)) {
        out.append(c);
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
