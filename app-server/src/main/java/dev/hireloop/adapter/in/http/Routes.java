package dev.hireloop.adapter.in.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The route table: each entry is a method, a path template and how to get its handler from the handler groups.
 * The same table registers with Javalin and answers {@link HttpApi#routes()} (checked against
 * {@code openapi.yaml}) and the {@code Allow} header of a 405, so the three cannot drift apart.
 */
final class Routes {
  private record Entry(HandlerType method, String path, Pattern pattern, Function<Handlers, Handler> handler) {}

  private final List<Entry> entries = new ArrayList<>();

  Routes get(String path, Function<Handlers, Handler> handler) {
    return add(HandlerType.GET, path, handler);
  }

  Routes post(String path, Function<Handlers, Handler> handler) {
    return add(HandlerType.POST, path, handler);
  }

  Routes put(String path, Function<Handlers, Handler> handler) {
    return add(HandlerType.PUT, path, handler);
  }

  Routes patch(String path, Function<Handlers, Handler> handler) {
    return add(HandlerType.PATCH, path, handler);
  }

  Routes delete(String path, Function<Handlers, Handler> handler) {
    return add(HandlerType.DELETE, path, handler);
  }

  private Routes add(HandlerType method, String path, Function<Handlers, Handler> handler) {
    entries.add(new Entry(method, path, matcherFor(path), handler));
    return this;
  }

  /** {@code /api/jobs/{job_id}} matches {@code /api/jobs/} plus one segment; everything else literally. */
  private static Pattern matcherFor(String template) {
    StringBuilder regex = new StringBuilder("^");
    for (String segment : template.substring(1).split("/")) {
      regex.append('/').append(segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment));
    }
    return Pattern.compile(regex.append("/?$").toString());
  }

  void registerWith(RoutesConfig config, Handlers handlers) {
    for (Entry entry : entries) {
      config.addHttpHandler(entry.method(), entry.path(), entry.handler().apply(handlers));
    }
  }

  List<HttpApi.Route> list() {
    return entries.stream().map(entry -> new HttpApi.Route(entry.method().name(), entry.path())).toList();
  }

  /** The methods registered for a concrete request path, for a 405's {@code Allow} header. */
  List<String> methodsFor(String requestPath) {
    return entries.stream().filter(entry -> entry.pattern().matcher(requestPath).matches())
        .map(entry -> entry.method().name()).distinct().toList();
  }
}
