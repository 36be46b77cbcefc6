package dev.hireloop.domain.cv;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.net.URI;
import java.util.Locale;

/** A link found on a CV, normalised to an absolute {@code https}/{@code http} URL. */
public record CvLink(LinkKind kind, URI url) {
  public CvLink {
    Check.notNull(kind, "kind");
    Check.notNull(url, "url");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null
        || url.toString().length() > 500) {
      throw new InvalidValueException("cv.link-invalid", "a CV link must be an absolute http(s) URL");
    }
  }
}
