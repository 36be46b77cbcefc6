package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.profile.DocumentId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.cv.CvIntakeView;
import dev.hireloop.port.in.cv.DocumentFile;
import dev.hireloop.port.in.cv.DownloadProfileDocumentUseCase;
import dev.hireloop.port.in.cv.EraseProfileDocumentCommand;
import dev.hireloop.port.in.cv.EraseProfileDocumentUseCase;
import dev.hireloop.port.in.cv.IntakeCvCommand;
import dev.hireloop.port.in.cv.IntakeCvUseCase;
import dev.hireloop.port.in.cv.ListProfileDocumentsUseCase;
import dev.hireloop.port.out.documents.DocumentUpload;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/profiles/cv} (multipart/form-data, the document in the part {@code file}) and a profile's stored
 * documents. Jetty's multipart limits (set in {@link HttpApi}) refuse a part over the cap while it streams in, and
 * keep large parts in a temporary file rather than in memory; this handler turns that refusal into the same 413 as
 * a declared length over the cap.
 */
final class CvHandlers {
  static final String INTAKE_PATH = "/api/profiles/cv";
  static final String FILE_PART = "file";
  private static final String DEFAULT_FILE_NAME = "cv";

  private final IntakeCvUseCase intake;
  private final ListProfileDocumentsUseCase listDocuments;
  private final DownloadProfileDocumentUseCase download;
  private final EraseProfileDocumentUseCase erase;
  private final long maxUploadBytes;

  CvHandlers(IntakeCvUseCase intake, ListProfileDocumentsUseCase listDocuments,
      DownloadProfileDocumentUseCase download, EraseProfileDocumentUseCase erase, long maxUploadBytes) {
    this.intake = intake;
    this.listDocuments = listDocuments;
    this.download = download;
    this.erase = erase;
    this.maxUploadBytes = maxUploadBytes;
  }

  void intake(Context ctx) {
    UploadedFile file = uploadedFile(ctx);
    if (file == null) {
      throw RequestRejectedException.badRequest("file.required", FILE_PART,
          "the multipart body needs a part named " + FILE_PART + " with the CV");
    }
    if (file.size() > maxUploadBytes) {
      throw tooLarge();
    }
    byte[] content;
    try (InputStream in = file.content()) {
      content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUploadBytes + 1));
    } catch (IOException e) {
      throw RequestRejectedException.badRequest("body.unreadable", FILE_PART, "the uploaded file could not be read");
    }
    if (content.length > maxUploadBytes) {
      throw tooLarge();
    }
    String fileName = Optional.ofNullable(file.filename()).map(String::strip).filter(name -> !name.isEmpty())
        .map(CvHandlers::lastSegment).orElse(DEFAULT_FILE_NAME);
    DocumentUpload upload = new DocumentUpload(fileName, Optional.ofNullable(file.contentType()), content);
    CvIntakeView view = intake.intake(new IntakeCvCommand(caller(ctx), upload));
    if (view.created()) {
      ctx.status(201).header(Header.LOCATION, "/api/profiles/" + view.profile().id());
    }
    Requests.etag(ctx, view.profile().version());
    ctx.json(CvIntakeResponse.from(view));
  }

  void list(Context ctx) {
    ctx.json(Map.of("items", listDocuments.list(caller(ctx), profileId(ctx)).stream()
        .map(DocumentResponse::from).toList()));
  }

  void download(Context ctx) {
    DocumentFile file = download.download(caller(ctx), profileId(ctx), documentId(ctx));
    ctx.header(Header.CONTENT_DISPOSITION, contentDisposition(file.fileName()));
    ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
    ctx.contentType(file.mediaType());
    ctx.result(file.content());
  }

  void erase(Context ctx) {
    erase.erase(new EraseProfileDocumentCommand(caller(ctx), profileId(ctx), documentId(ctx)));
    ctx.status(204);
  }

  /**
   * The part named {@code file}, or null. Jetty reads the parts when they are first asked for and refuses a part
   * or body over the configured limits then ({@code IllegalStateException: max file size exceeded}, wrapped in a
   * {@code BadMessageException} and a {@code ServletException}); that failure is the upload's 413, and any other
   * failure to parse the body a 400.
   */
  private UploadedFile uploadedFile(Context ctx) {
    try {
      return ctx.uploadedFile(FILE_PART);
    } catch (Exception e) {
      // Javalin passes on the servlet API's checked IOException and ServletException unchanged
      if (isSizeLimit(e)) {
        throw tooLarge();
      }
      throw RequestRejectedException.badRequest("multipart.malformed", null,
          "the body is not valid multipart/form-data");
    }
  }

  private static boolean isSizeLimit(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("max") && (message.contains("size") || message.contains("length")
          || message.contains("exceed"))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private RequestRejectedException tooLarge() {
    return new RequestRejectedException(413, "document.too-large", FILE_PART,
        "the document is larger than " + maxUploadBytes + " bytes");
  }

  /** The file's own name: browsers on Windows may send a whole path. */
  private static String lastSegment(String name) {
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    String cut = last.length() > 255 ? last.substring(last.length() - 255) : last;
    return cut.isEmpty() ? DEFAULT_FILE_NAME : cut;
  }

  /**
   * {@code attachment} with an ASCII fallback name and the exact name in RFC 5987 form, so that no byte of the
   * stored name can break out of the header.
   */
  static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  private static ProfileId profileId(Context ctx) {
    return new ProfileId(Requests.pathId(ctx, "profile_id"));
  }

  private static DocumentId documentId(Context ctx) {
    return new DocumentId(Requests.pathId(ctx, "document_id"));
  }

  private static RecruiterId caller(Context ctx) {
    return Authentication.principal(ctx).recruiterId();
  }
}
