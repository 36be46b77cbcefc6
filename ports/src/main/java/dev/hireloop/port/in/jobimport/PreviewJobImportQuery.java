package dev.hireloop.port.in.jobimport;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.net.URI;

/** Fetch and analyse the posting at {@code url} without saving anything. */
public record PreviewJobImportQuery(RecruiterId recruiterId, URI url) {
  public PreviewJobImportQuery {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(url, "url");
  }
}
