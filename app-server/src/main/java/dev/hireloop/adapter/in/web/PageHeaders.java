package dev.hireloop.adapter.in.web;

import io.javalin.http.Context;
import io.javalin.http.Header;

/**
 * Headers of every page and asset. The CSP allows only our own stylesheet and script (no inline code), forms
 * that post back to us, and no framing. Candidate pages carry their credential in the URL, so no page is cached
 * or sent on as a referrer; the recruiter pages show personal data, so the same holds for them.
 */
final class PageHeaders {
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; "
      + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private PageHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header(Header.CACHE_CONTROL, "no-store");
    ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
    ctx.header("X-Frame-Options", "DENY");
  }
}
