package dev.hireloop.port.in.recruiter;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.Optional;

public record IssueApiTokenCommand(RecruiterId recruiterId, String label, Optional<Instant> expiresAt) {
  public IssueApiTokenCommand {
    Check.notNull(recruiterId, "recruiterId");
    label = Check.text(label, "label", 100);
    Check.notNull(expiresAt, "expiresAt");
  }
}
