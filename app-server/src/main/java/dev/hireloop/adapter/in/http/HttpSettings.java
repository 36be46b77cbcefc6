package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.InvalidValueException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What the HTTP layer needs from the composition root.
 *
 * @param databaseReady answers {@code GET /health/ready}; should be cheap and must not throw for "down"
 * @param maxRequestBytes largest request body accepted; larger bodies are answered with 413
 * @param onStopped runs once after the server has stopped (e.g. closes the connection pool)
 * @param baseUrl the public URL that links sent to people start with (no trailing slash); when empty,
 *     {@code http://localhost:<the port the request came in on>}
 * @param maxUploadBytes largest document accepted by an upload ({@code POST /api/profiles/cv}); a larger one is
 *     answered with 413 while it streams in, before it is all received
 */
public record HttpSettings(BooleanSupplier databaseReady, long maxRequestBytes, Runnable onStopped,
    Optional<URI> baseUrl, long maxUploadBytes) {
  /** The upload cap unless configured: 10 MiB, the CV reader's own default. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

  public HttpSettings {
    Objects.requireNonNull(databaseReady, "databaseReady");
    Objects.requireNonNull(onStopped, "onStopped");
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (maxRequestBytes < 1) {
      throw new InvalidValueException("http.max-request-bytes", "maxRequestBytes must be positive");
    }
    if (maxUploadBytes < 1) {
      throw new InvalidValueException("http.max-upload-bytes", "maxUploadBytes must be positive");
    }
  }

  /** Settings with the default upload cap. */
  public HttpSettings(BooleanSupplier databaseReady, long maxRequestBytes, Runnable onStopped,
      Optional<URI> baseUrl) {
    this(databaseReady, maxRequestBytes, onStopped, baseUrl, DEFAULT_MAX_UPLOAD_BYTES);
  }

  /** Settings whose links point at {@code http://localhost:<port>}. */
  public HttpSettings(BooleanSupplier databaseReady, long maxRequestBytes, Runnable onStopped) {
    this(databaseReady, maxRequestBytes, onStopped, Optional.empty(), DEFAULT_MAX_UPLOAD_BYTES);
  }
}
