package dev.hireloop.adapter.in.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.hireloop.domain.shared.Ids;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.PageRequest;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reading what a request carries, with every failure a 400 that names the field, header or parameter. */
final class Requests {
  static final int DEFAULT_LIMIT = 50;
  private static final Pattern STRONG_ETAG = Pattern.compile("^\"(\\d{1,18})\"$");

  private Requests() {}

  /**
   * The JSON body as {@code type}. Jackson's own messages are not passed on: they quote the input, and the
   * client should see its field names, not our Java types.
   */
  static <T> T body(Context ctx, Class<T> type) {
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length == 0) {
      throw RequestRejectedException.badRequest("body.required", null, "a JSON body is required");
    }
    try {
      T value = Json.objectMapper().readValue(bytes, type);
      if (value == null) {
        throw RequestRejectedException.badRequest("body.not-an-object", null, "the body must be a JSON object");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      String field = path(e);
      throw RequestRejectedException.badRequest("body.unknown-field", field, "unknown field " + field);
    } catch (StreamReadException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw RequestRejectedException.badRequest("body.malformed", null, "the body is not valid JSON" + where);
    } catch (MismatchedInputException e) {
      String field = path(e);
      if (field.isEmpty()) {
        throw wholeBodyProblem(bytes);
      }
      throw RequestRejectedException.badRequest("body.wrong-type", field,
          field + " must be " + describe(e.getTargetType()));
    } catch (JsonMappingException e) {
      String field = path(e);
      throw RequestRejectedException.badRequest("body.invalid", field.isEmpty() ? null : field,
          field.isEmpty() ? "the body is not valid" : field + " is not valid");
    } catch (JacksonException e) {
      throw RequestRejectedException.badRequest("body.malformed", null, "the body is not valid JSON");
    } catch (IOException e) {
      throw RequestRejectedException.badRequest("body.unreadable", null, "the body could not be read");
    }
  }

  /**
   * A mismatch at the top level is either trailing content after the object (malformed) or a body that is not an
   * object at all; only on this error path is the body parsed a second time to tell which.
   */
  private static RequestRejectedException wholeBodyProblem(byte[] bytes) {
    try {
      if (Json.objectMapper().readTree(bytes).isObject()) {
        return RequestRejectedException.badRequest("body.invalid", null, "the body is not valid");
      }
      return RequestRejectedException.badRequest("body.not-an-object", null, "the body must be a JSON object");
    } catch (IOException e) {
      return RequestRejectedException.badRequest("body.malformed", null, "the body is not valid JSON");
    }
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == BigInteger.class) {
      return "an integer";
    }
    if (type == BigDecimal.class || type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 date-time with an offset, e.g. 2026-03-01T09:30:00Z";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  /** A path segment that must be a UUID; {@code name} is the template's own name ({@code job_id}). */
  static UUID pathId(Context ctx, String name) {
    String raw = ctx.pathParam(name);
    try {
      return Ids.parse(raw, name);
    } catch (InvalidValueException e) {
      throw RequestRejectedException.badRequest("id.invalid", name, name + " is not a valid id");
    }
  }

  /** An id in a JSON body ({@code profile_id}); absent is {@code value.required}, malformed {@code id.invalid}. */
  static UUID bodyId(String raw, String field) {
    if (raw == null) {
      throw RequestRejectedException.badRequest("value.required", field, field + " is required");
    }
    try {
      return Ids.parse(raw, field);
    } catch (InvalidValueException e) {
      throw RequestRejectedException.badRequest("id.invalid", field, field + " is not a valid id");
    }
  }

  /** An optional id in the query string ({@code template_id}). */
  static Optional<UUID> queryId(Context ctx, String name) {
    return query(ctx, name).map(raw -> bodyId(raw, name));
  }

  /** The JSON body as {@code type} when the request has one; a bodiless request (a plain POST) is empty. */
  static <T> Optional<T> optionalBody(Context ctx, Class<T> type) {
    if (ctx.bodyAsBytes().length == 0) {
      return Optional.empty();
    }
    return Optional.of(body(ctx, type));
  }

  static Optional<String> query(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** All values of a repeatable parameter, each also split on commas ({@code status=a,b&status=c}). */
  static List<String> queryList(Context ctx, String name) {
    return ctx.queryParams(name).stream()
        .flatMap(value -> List.of(value.split(",")).stream())
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toList());
  }

  /** {@code offset} (default 0) and {@code limit} (default 50, at most 200). */
  static PageRequest page(Context ctx) {
    int offset = intQuery(ctx, "offset", 0);
    int limit = intQuery(ctx, "limit", DEFAULT_LIMIT);
    return new PageRequest(offset, limit);
  }

  private static int intQuery(Context ctx, String name, int fallback) {
    Optional<String> raw = query(ctx, name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.get());
    } catch (NumberFormatException e) {
      throw RequestRejectedException.badRequest("query.wrong-type", name, name + " must be an integer");
    }
  }

  /**
   * {@code If-Match: "<version>"} as the expected version. {@code *} (any current version) and no header mean
   * "no check". Weak or several tags are refused: only one strong tag can name one version.
   */
  static Optional<Long> ifMatch(Context ctx) {
    String raw = ctx.header(Header.IF_MATCH);
    if (raw == null || raw.isBlank() || raw.strip().equals("*")) {
      return Optional.empty();
    }
    Matcher matcher = STRONG_ETAG.matcher(raw.strip());
    if (!matcher.matches()) {
      throw RequestRejectedException.badRequest("if-match.invalid", Header.IF_MATCH,
          "If-Match must be one strong entity tag such as \"3\"");
    }
    return Optional.of(Long.parseLong(matcher.group(1)));
  }

  static void etag(Context ctx, long version) {
    ctx.header(Header.ETAG, "\"" + version + "\"");
  }

  static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }

  static <T> List<T> listOrEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }
}
