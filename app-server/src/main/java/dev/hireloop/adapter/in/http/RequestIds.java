package dev.hireloop.adapter.in.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: a sane incoming {@code X-Request-Id} (so a caller or a proxy can correlate), or a
 * new UUID. The id is echoed in the response header and in problems, and sits in the SLF4J MDC under
 * {@code request_id} while the request runs (removed by {@link AccessLog} after the access line).
 */
final class RequestIds {
  static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = "request_id";
  private static final String ATTRIBUTE = "hireloop.request-id";
  // Only what is safe to echo into a header and a log line; anything else is replaced, not rejected.
  private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$");

  private RequestIds() {}

  static void assign(Context ctx) {
    String incoming = ctx.header(HEADER);
    String id = incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
    MDC.put(MDC_KEY, id);
  }

  static String current(Context ctx) {
    return ctx.attribute(ATTRIBUTE);
  }
}
