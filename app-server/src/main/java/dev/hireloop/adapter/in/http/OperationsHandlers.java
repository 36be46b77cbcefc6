package dev.hireloop.adapter.in.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Unauthenticated operator endpoints: liveness, readiness, and the OpenAPI document. */
final class OperationsHandlers {
  static final String OPENAPI_RESOURCE = "/openapi.yaml";
  private static final Logger LOG = LoggerFactory.getLogger(OperationsHandlers.class);

  private final BooleanSupplier databaseReady;
  private final byte[] openApi;

  OperationsHandlers(BooleanSupplier databaseReady) {
    this.databaseReady = databaseReady;
    this.openApi = loadOpenApi();
  }

  void live(Context ctx) {
    ctx.json(Map.of("status", "UP"));
  }

  /** 503 DOWN when the database does not answer; a failing probe counts as down, it is not an error. */
  void ready(Context ctx) {
    boolean ready;
    try {
      ready = databaseReady.getAsBoolean();
    } catch (RuntimeException e) {
      LOG.warn("Readiness probe failed: {}", e.getClass().getName());
      ready = false;
    }
    ctx.status(ready ? 200 : 503).json(Map.of("status", ready ? "UP" : "DOWN"));
  }

  void openApi(Context ctx) {
    ctx.contentType("application/yaml").result(openApi);
  }

  private static byte[] loadOpenApi() {
    try (InputStream in = OperationsHandlers.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
