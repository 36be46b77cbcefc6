package dev.hireloop.adapter.in.web;

import dev.hireloop.domain.shared.GoneException;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.NotFoundException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.router.Endpoint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendering and failure handling shared by every page. A page never answers problem+json and never shows a stack
 * trace: each handler is wrapped so that a failure the page did not handle itself becomes a friendly HTML page
 * (404 for an unknown or tampered link, 410 for an expired one, 500 with an error id for a bug).
 */
final class Pages {
  private static final Logger LOG = LoggerFactory.getLogger(Pages.class);
  static final String HTML = "text/html; charset=utf-8";

  private final Templates templates = new Templates();

  /** A page's handler; may throw, see {@link #handler}. */
  @FunctionalInterface
  interface PageHandler {
    void handle(Context ctx) throws Exception;
  }

  Handler handler(PageHandler page) {
    return ctx -> {
      try {
        page.handle(ctx);
      } catch (Exception e) {
        failed(ctx, e);
      }
    };
  }

  void render(Context ctx, int status, String template, Object model) {
    byte[] html = templates.render(template, model).getBytes(StandardCharsets.UTF_8);
    ctx.status(status).contentType(HTML).result(html);
  }

  void message(Context ctx, int status, MessagePage page) {
    render(ctx, status, "message", page);
  }

  /** 303 See Other: after a successful POST the browser GETs the result, so a reload does not post twice. */
  static void seeOther(Context ctx, String location) {
    ctx.status(303).header(Header.LOCATION, location).contentType(HTML).result("");
  }

  void notFound(Context ctx) {
    message(ctx, 404, new MessagePage("Page not found", "We could not find this page",
        List.of("The link may be mistyped, incomplete or no longer valid. Please use the link exactly as you "
            + "received it, or ask the recruiter for a new one."), null, null));
  }

  void gone(Context ctx) {
    message(ctx, 410, new MessagePage("Link expired", "This link has expired",
        List.of("For your security, scheduling links stop working after a while. Please ask the recruiter to "
            + "send you a new link."), null, null));
  }

  private void failed(Context ctx, Exception e) {
    if (e instanceof NotFoundException || isMalformedId(e)) {
      notFound(ctx);
    } else if (e instanceof GoneException gone && gone.code().equals("job.closed")) {
      message(ctx, 410, new MessagePage("Job closed", "This job is no longer taking interviews",
          List.of("The position has been closed. Thank you for your interest; please contact the recruiter if you "
              + "have questions."), null, null));
    } else if (e instanceof GoneException) {
      gone(ctx);
    } else if (e instanceof HireloopException known) {
      // a rule the page did not expect here: say it plainly, keep the code for support
      message(ctx, 422, new MessagePage("Not possible", "This cannot be done",
          List.of(known.getMessage(), "Reference: " + known.code()), null, null));
    } else {
      String errorId = UUID.randomUUID().toString();
      // the route template, never the path itself: a candidate's path carries their credential
      Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
      LOG.error("Unhandled page error {} on {} {}", errorId, ctx.method(), endpoint == null ? "-" : endpoint.path,
          e);
      message(ctx, 500, new MessagePage("Something went wrong", "Something went wrong on our side",
          List.of("Nothing was changed. Please try again in a moment.",
              "If it happens again, quote this reference: " + errorId), null, null));
    }
  }

  private static boolean isMalformedId(Exception e) {
    return e instanceof InvalidValueException invalid && invalid.code().equals("id.invalid");
  }

  static String formValue(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }
}
