package dev.hireloop.adapter.out.documents;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.out.documents.DocumentTextExtractor;
import dev.hireloop.port.out.documents.DocumentType;
import dev.hireloop.port.out.documents.DocumentUpload;
import dev.hireloop.port.out.documents.ExtractedDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DocumentTextExtractor}: PDF with PDFBox, DOCX with Apache POI, plain text and Markdown. The format is
 * recognised from the bytes:
 *
 * <ul>
 *   <li>{@code %PDF-} in the first kilobyte → PDF;
 *   <li>a ZIP whose directory holds {@code word/document.xml} → DOCX; any other ZIP (xlsx, odt, …) is unsupported;
 *   <li>an OLE2 compound file holding {@code EncryptionInfo} is a password-protected Office file → encrypted; any
 *       other OLE2 file (legacy .doc, .xls) is unsupported;
 *   <li>text: UTF-8 or UTF-16 with a byte-order mark, or, without one and without NUL bytes, valid UTF-8, else
 *       windows-1252 (see {@link PlainText}); Markdown when the file name ends in {@code .md}/{@code .markdown} or
 *       the declared type is {@code text/markdown}, plain text otherwise;
 *   <li>anything else (images, executables, random bytes) → unsupported.
 * </ul>
 *
 * <p>The text is lightly normalised (line breaks, no-break spaces, ligatures, soft hyphens; see
 * {@link TextNormalizer}) and never longer than {@link DocumentLimits#maxCharacters()}. Refusals are
 * {@link RuleViolationException}s with the port's codes and carry neither document text nor library exceptions.
 * Logs hold sizes and codes only. Thread-safe.
 *
 * <p>Loading this class tightens Apache POI's JVM-wide ZIP limits (see {@link DocxText}).
 */
public final class StandardDocumentTextExtractor implements DocumentTextExtractor {
  private static final Logger LOG = LoggerFactory.getLogger(StandardDocumentTextExtractor.class);
  private static final String DOCX_MAIN_PART = "word/document.xml";

  private final DocumentLimits limits;

  /** With {@link DocumentLimits#defaults()}: 10 MiB, 100 pages, 1,000,000 characters. */
  public StandardDocumentTextExtractor() {
    this(DocumentLimits.defaults());
  }

  public StandardDocumentTextExtractor(DocumentLimits limits) {
    this.limits = Check.notNull(limits, "limits");
  }

  @Override
  public ExtractedDocument extract(DocumentUpload upload) {
    Check.notNull(upload, "upload");
    try {
      ExtractedDocument document = read(upload);
      LOG.debug("Read a {} of {} bytes: {} pages, {} characters", document.type(), upload.size(),
          document.pages(), document.text().length());
      return document;
    } catch (RuleViolationException e) {
      LOG.debug("Refused a document of {} bytes: {}", upload.size(), e.code());
      throw e;
    }
  }

  @Override
  public long maxBytes() {
    return limits.maxBytes();
  }

  public DocumentLimits limits() {
    return limits;
  }

  private ExtractedDocument read(DocumentUpload upload) {
    if (upload.size() > limits.maxBytes()) {
      throw Refusals.tooLarge(limits.maxBytes());
    }
    byte[] bytes = upload.content();
    return switch (Signature.of(bytes)) {
      case PDF -> PdfText.read(bytes, limits);
      case ZIP -> readZip(bytes);
      case OLE2 -> throw isEncryptedOffice(bytes) ? Refusals.encrypted() : Refusals.unsupportedType();
      case OTHER -> readText(upload, bytes);
    };
  }

  private ExtractedDocument readZip(byte[] bytes) {
    List<String> names = ZipDirectory.names(bytes).orElseThrow(Refusals::corrupt);
    boolean docx = names.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).equals(DOCX_MAIN_PART));
    if (!docx) {
      throw Refusals.unsupportedType();
    }
    return DocxText.read(bytes, limits);
  }

  /** Password-protected OOXML files are OLE2 containers with the encrypted package next to its EncryptionInfo. */
  private static boolean isEncryptedOffice(byte[] bytes) {
    try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return container.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      throw Refusals.corrupt();
    }
  }

  private ExtractedDocument readText(DocumentUpload upload, byte[] bytes) {
    String decoded = PlainText.decode(bytes).orElseThrow(Refusals::unsupportedType);
    String text = TextNormalizer.normalize(new TextBudget(limits.maxCharacters()).add(decoded).text());
    if (text.isEmpty()) {
      throw Refusals.empty();
    }
    DocumentType type = PlainText.isMarkdown(upload.fileName(), upload.declaredMediaType())
        ? DocumentType.MARKDOWN
        : DocumentType.PLAIN_TEXT;
    return new ExtractedDocument(type, text, 1);
  }
}
