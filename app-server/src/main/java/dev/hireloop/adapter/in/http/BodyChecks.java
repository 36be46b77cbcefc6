package dev.hireloop.adapter.in.http;

import dev.hireloop.adapter.in.web.WebPages;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;

/**
 * Refuses bodies before anyone reads them: over {@code maxRequestBytes} by their declared length (413; a chunked
 * body without a length is cut off by Javalin's own limit while it is read), or, on POST/PUT/PATCH, a body that
 * is not JSON (415), except on the web pages, which take forms. A request without a body needs no content type
 * (e.g. {@code POST /api/jobs/{id}/open}).
 */
final class BodyChecks {
  /** What a multipart body may add to the document it carries: boundaries, part headers, a short file name. */
  static final long MULTIPART_OVERHEAD = 64 * 1024;

  private final long maxRequestBytes;
  private final long maxUploadBytes;

  BodyChecks(long maxRequestBytes, long maxUploadBytes) {
    this.maxRequestBytes = maxRequestBytes;
    this.maxUploadBytes = maxUploadBytes;
  }

  void check(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (CvHandlers.INTAKE_PATH.equals(AccessLog.pathTemplate(ctx))) {
      checkUpload(ctx, declared);
      return;
    }
    if (declared > maxRequestBytes) {
      // the same exception Javalin throws for an undeclared body that grows too large: one 413 problem for both
      throw new ContentTooLargeResponse("the request body exceeds " + maxRequestBytes + " bytes");
    }
    HandlerType method = ctx.method();
    boolean mayCarryJson = method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH;
    // the pages take HTML form bodies; they read only the fields they expect
    if (mayCarryJson && hasBody(ctx, declared) && !WebPages.isPagePath(ctx.path()) && !isJson(ctx.contentType())) {
      throw new RequestRejectedException(415, "media-type.unsupported", null,
          "the request body must be application/json");
    }
  }

  /**
   * The CV upload takes multipart/form-data only (415 otherwise) and may be as large as the upload cap plus the
   * multipart framing; a declared length over that is refused before a byte is read (413).
   */
  private void checkUpload(Context ctx, long declared) {
    if (declared > maxUploadBytes + MULTIPART_OVERHEAD) {
      throw new RequestRejectedException(413, "document.too-large", CvHandlers.FILE_PART,
          "the document is larger than " + maxUploadBytes + " bytes");
    }
    if (!isMultipart(ctx.contentType())) {
      throw new RequestRejectedException(415, "media-type.unsupported", null,
          "the request body must be multipart/form-data with the CV in the part " + CvHandlers.FILE_PART);
    }
  }

  static boolean isMultipart(String contentType) {
    return contentType != null
        && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("multipart/form-data");
  }

  private static boolean hasBody(Context ctx, long declared) {
    return declared > 0 || ctx.header("Transfer-Encoding") != null;
  }

  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json") || (mediaType.startsWith("application/")
        && mediaType.endsWith("+json"));
  }
}
