package dev.hireloop.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hireloop.adapter.in.web.WebPages;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.scheduling.SlotUnavailableException;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.GoneException;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.IllegalTransitionException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.domain.shared.UnauthorizedException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The one place that turns every failure into an RFC 9457 {@code application/problem+json} body:
 * {@code {type, title, status, detail, instance, code, request_id}} plus extensions ({@code errors} per field,
 * {@code from}/{@code to} for refused transitions, {@code alternatives} for a slot that cannot be booked,
 * {@code error_id} for 500s). {@code type} is
 * {@code https://hireloop.dev/problems/<code>}. Javalin picks the handler of the closest superclass, so the
 * {@link HireloopException} handler covers the core's whole hierarchy and {@link Exception} catches the rest.
 */
final class ProblemMapping {
  static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPE_BASE = "https://hireloop.dev/problems/";
  private static final String DOCUMENT_TOO_LARGE = "document.too-large";
  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapping.class);

  private final Routes routes;
  private final long maxRequestBytes;
  private final Consumer<Context> pageNotFound;

  /** @param pageNotFound answers a wrong address or method under a web page's path with the page's 404 */
  ProblemMapping(Routes routes, long maxRequestBytes, Consumer<Context> pageNotFound) {
    this.routes = routes;
    this.maxRequestBytes = maxRequestBytes;
    this.pageNotFound = pageNotFound;
  }

  void register(RoutesConfig config) {
    config.exception(HireloopException.class, this::hireloop);
    config.exception(HttpResponseException.class, this::framework);
    config.exception(ValidationException.class, (e, ctx) -> send(ctx, 400, "request.invalid",
        "the request is not valid: " + String.join(", ", e.getErrors().keySet()), Map.of()));
    config.exception(Exception.class, this::unexpected);
  }

  private void hireloop(HireloopException e, Context ctx) {
    if (e instanceof RequestRejectedException rejected) {
      Map<String, Object> extensions = rejected.field()
          .<Map<String, Object>>map(field -> Map.of("errors", List.of(fieldError(field, e.code(), e.getMessage()))))
          .orElse(Map.of());
      send(ctx, rejected.status(), e.code(), e.getMessage(), extensions);
    } else if (e instanceof InvalidValueException) {
      FieldNames.Named named = FieldNames.fromMessage(e.getMessage());
      Map<String, Object> extensions = named.field()
          .<Map<String, Object>>map(field -> Map.of("errors", List.of(fieldError(field, e.code(), named.detail()))))
          .orElse(Map.of());
      send(ctx, 400, e.code(), named.detail(), extensions);
    } else if (e instanceof UnauthorizedException) {
      ctx.header(Header.WWW_AUTHENTICATE, Authentication.challenge(e.code()));
      send(ctx, 401, e.code(), e.getMessage(), Map.of());
    } else if (e instanceof NotFoundException) {
      send(ctx, 404, e.code(), e.getMessage(), Map.of());
    } else if (e instanceof GoneException) {
      send(ctx, 410, e.code(), e.getMessage(), Map.of());
    } else if (e instanceof SlotUnavailableException unavailable) {
      Optional<ZoneId> zone = Optional.ofNullable(ctx.attribute(SlotResponse.DISPLAY_ZONE));
      send(ctx, 409, e.code(), e.getMessage(), Map.of("alternatives", unavailable.alternatives().stream()
          .map(slot -> SlotResponse.alternative(slot, zone)).toList()));
    } else if (e instanceof ConflictException) {
      send(ctx, 409, e.code(), e.getMessage(), Map.of());
    } else if (e instanceof IllegalTransitionException transition) {
      send(ctx, 422, e.code(), e.getMessage(), Map.of("from", transition.from(), "to", transition.to()));
    } else if (e instanceof RuleViolationException && e.code().equals(DOCUMENT_TOO_LARGE)) {
      // the reader's own cap (it may be lower than the server's upload limit): the same 413 as at the door
      send(ctx, 413, e.code(), e.getMessage(), Map.of());
    } else if (e instanceof RuleViolationException) {
      send(ctx, 422, e.code(), e.getMessage(), Map.of());
    } else if (e instanceof ExternalServiceException external) {
      // expected operational failure: one line, with the cause's class for the operator, no stack
      LOG.warn("Dependency failed ({}, {}) on {} {}: {}", e.code(), external.failure(), ctx.method(),
          AccessLog.pathTemplate(ctx), e.getCause() == null ? "-" : e.getCause().getClass().getName());
      int status = switch (external.failure()) {
        case BAD_RESPONSE -> 502;
        case TIMEOUT -> 504;
        case UNAVAILABLE -> 503;
      };
      send(ctx, status, e.code(), e.getMessage(), Map.of());
    } else {
      unexpected(e, ctx);
    }
  }

  private void framework(HttpResponseException e, Context ctx) {
    // a person's browser on a page path gets the friendly page, not JSON, for a wrong address or method
    if ((e.getStatus() == 404 || e.getStatus() == 405) && WebPages.isPagePath(ctx.path())) {
      pageNotFound.accept(ctx);
      return;
    }
    switch (e.getStatus()) {
      case 404 -> send(ctx, 404, "route.not-found", "no route matches " + ctx.method() + " " + ctx.path(),
          Map.of());
      case 405 -> {
        List<String> allowed = routes.methodsFor(ctx.path());
        ctx.header(Header.ALLOW, String.join(", ", allowed));
        send(ctx, 405, "method.not-allowed", ctx.method() + " is not allowed here; allowed: "
            + String.join(", ", allowed), Map.of("allowed", allowed));
      }
      case 413 -> send(ctx, 413, "request.too-large", "the request body exceeds " + maxRequestBytes + " bytes",
          Map.of("max_bytes", maxRequestBytes));
      default -> send(ctx, e.getStatus(), "http." + e.getStatus(), e.getMessage(), Map.of());
    }
  }

  private void unexpected(Exception e, Context ctx) {
    String errorId = UUID.randomUUID().toString();
    LOG.error("Unhandled error {} on {} {}", errorId, ctx.method(), AccessLog.pathTemplate(ctx), e);
    send(ctx, 500, "internal", "an unexpected error occurred; quote error id " + errorId + " when reporting it",
        Map.of("error_id", errorId));
  }

  /**
   * A {@link Error} (stack overflow, assertion, linkage) never reaches the exception handlers; Javalin hands it
   * here with the bare servlet response. Same 500 problem, with the request id from the MDC.
   */
  void fatal(HttpServletResponse response, Error error) {
    String errorId = UUID.randomUUID().toString();
    LOG.error("Unhandled error {} ({})", errorId, error.getClass().getName(), error);
    if (response.isCommitted()) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_BASE + "internal");
    body.put("title", title(500));
    body.put("status", 500);
    body.put("detail", "an unexpected error occurred; quote error id " + errorId + " when reporting it");
    body.put("code", "internal");
    Optional.ofNullable(MDC.get(RequestIds.MDC_KEY)).ifPresent(id -> body.put("request_id", id));
    body.put("error_id", errorId);
    try {
      response.resetBuffer();
      response.setStatus(500);
      response.setContentType(MEDIA_TYPE);
      response.getOutputStream().write(Json.objectMapper().writeValueAsBytes(body));
    } catch (IOException e) {
      LOG.warn("Could not write the problem for error {}: {}", errorId, e.getClass().getName());
    }
  }

  private static Map<String, Object> fieldError(String field, String code, String detail) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("code", code);
    error.put("detail", detail);
    return error;
  }

  static void send(Context ctx, int status, String code, String detail, Map<String, ?> extensions) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_BASE + code);
    body.put("title", title(status));
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", ctx.path());
    body.put("code", code);
    Optional.ofNullable(RequestIds.current(ctx)).ifPresent(id -> body.put("request_id", id));
    body.putAll(extensions);
    String json;
    try {
      json = Json.objectMapper().writeValueAsString(body);
    } catch (JsonProcessingException impossible) {
      // a map of strings, numbers and lists always serialises; keep the status even if it did not
      json = "{\"status\":" + status + "}";
    }
    ctx.status(status);
    ctx.removeHeader(Header.ETAG);
    ctx.removeHeader(Header.LOCATION);
    ctx.result(json.getBytes(StandardCharsets.UTF_8));
    ctx.contentType(MEDIA_TYPE);
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 412 -> "Precondition Failed";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> status >= 500 ? "Server Error" : "Client Error";
    };
  }
}
