package dev.hireloop.adapter.in.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One line per request: method, path template, status, duration. Never the raw path (ids are fine but the
 * template groups better), the query string or a body, which may carry personal data.
 */
final class AccessLog {
  private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);
  static final String UNMATCHED = "(unmatched)";

  private AccessLog() {}

  static void log(Context ctx, Float millis) {
    try {
      LOG.info("{} {} {} {}ms", ctx.method(), pathTemplate(ctx), ctx.statusCode(),
          millis == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", millis));
    } finally {
      MDC.remove(RequestIds.MDC_KEY);
    }
  }

  /** The route template that matched ({@code /api/jobs/{job_id}}), or {@value #UNMATCHED}. */
  static String pathTemplate(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    return endpoint == null ? UNMATCHED : endpoint.path;
  }
}
