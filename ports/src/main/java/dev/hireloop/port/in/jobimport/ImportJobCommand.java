package dev.hireloop.port.in.jobimport;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.net.URI;

/** Import the posting at {@code url} as a draft job of the recruiter. */
public record ImportJobCommand(RecruiterId recruiterId, URI url) {
  public ImportJobCommand {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(url, "url");
  }
}
