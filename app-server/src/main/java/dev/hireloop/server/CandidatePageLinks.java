package dev.hireloop.server;

import dev.hireloop.port.out.notification.CandidateLinks;
import java.net.URI;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The candidate's pages on this server: {@code <base URL>/interviews/<token>}. The base URL is asked for on every
 * link, because without a configured one it is known only once the server listens. Thread-safe.
 */
final class CandidatePageLinks implements CandidateLinks {
  private final Supplier<URI> baseUrl;

  CandidatePageLinks(Supplier<URI> baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
  }

  @Override
  public URI managePage(String manageToken) {
    // a manage token is base64url and one dot: nothing in it needs escaping in a path
    return URI.create(baseUrl.get() + "/interviews/" + manageToken);
  }
}
