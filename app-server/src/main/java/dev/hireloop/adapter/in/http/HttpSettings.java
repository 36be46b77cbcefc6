package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What the HTTP layer needs from the composition root.
 *
 * @param databaseReady answers {@code GET /health/ready}; should be cheap and must not throw for "down"
 * @param maxRequestBytes largest request body accepted; larger bodies are answered with 413
 * @param onStopped runs once after the server has stopped (e.g. closes the connection pool)
 */
public record HttpSettings(BooleanSupplier databaseReady, long maxRequestBytes, Runnable onStopped) {
  public HttpSettings {
    Objects.requireNonNull(databaseReady, "databaseReady");
    Objects.requireNonNull(onStopped, "onStopped");
    if (maxRequestBytes < 1) {
      throw new InvalidValueException("http.max-request-bytes", "maxRequestBytes must be positive");
    }
  }
}
