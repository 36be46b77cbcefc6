package dev.hireloop.adapter.in.http;

import io.javalin.http.Context;
import io.javalin.http.Header;

/** Headers every response carries; API answers are personal data, so no cache may keep them. */
final class SecurityHeaders {
  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
    if (Authentication.isProtected(ctx.path())) {
      ctx.header(Header.CACHE_CONTROL, "no-store");
    }
  }
}
