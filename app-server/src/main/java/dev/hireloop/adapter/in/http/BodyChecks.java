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
  private final long maxRequestBytes;

  BodyChecks(long maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  void check(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
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
