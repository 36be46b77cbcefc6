package dev.hireloop.adapter.in.http;

import io.javalin.http.Context;
import io.javalin.http.Header;

/**
 * Headers every response carries; API answers are personal data, so no cache may keep them. A booking link's
 * path carries its token, the candidate's credential, so those answers also tell browsers not to send the URL on
 * as a referrer.
 */
final class SecurityHeaders {
  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
    String path = ctx.path();
    boolean link = BookingLinkHandlers.isLinkPath(path);
    if (Authentication.isProtected(path) || link) {
      ctx.header(Header.CACHE_CONTROL, "no-store");
    }
    if (link) {
      ctx.header("Referrer-Policy", "no-referrer");
    }
  }
}
