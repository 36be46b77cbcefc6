package dev.hireloop.adapter.out.jobboard;

import dev.hireloop.domain.shared.InvalidValueException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading pasted URLs by shape (no network), and building API URLs from validated parts. */
final class Urls {
  private Urls() {}

  /** The lower-case host without a trailing dot, if the URL is an absolute http(s) URL with a host. */
  static Optional<String> webHost(URI url) {
    if (url == null || !url.isAbsolute() || url.isOpaque() || url.getHost() == null) {
      return Optional.empty();
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Optional.empty();
    }
    String host = url.getHost().toLowerCase(Locale.ROOT);
    return Optional.of(host.endsWith(".") ? host.substring(0, host.length() - 1) : host);
  }

  /** The decoded, non-empty path segments. */
  static List<String> segments(URI url) {
    String path = url.getPath();
    if (path == null) {
      return List.of();
    }
    return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
  }

  /** The first value of a query parameter, decoded. */
  static Optional<String> query(URI url, String name) {
    String raw = url.getRawQuery();
    if (raw == null) {
      return Optional.empty();
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String key = decode(equals < 0 ? pair : pair.substring(0, equals));
      if (key.equals(name)) {
        return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1)).strip())
            .filter(value -> !value.isEmpty());
      }
    }
    return Optional.empty();
  }

  /** {@code base} + path built from segments that were validated to need no encoding. */
  static URI api(URI base, String pathAndQuery) {
    return URI.create(base.toString() + pathAndQuery);
  }

  static InvalidValueException notAPosting(String board) {
    return new InvalidValueException("url.not-a-posting",
        "this " + board + " link does not point to one job posting; paste the link of the job itself");
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
