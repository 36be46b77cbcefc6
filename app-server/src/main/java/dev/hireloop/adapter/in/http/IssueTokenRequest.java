package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.recruiter.IssueApiTokenCommand;
import java.time.Instant;
import java.util.Optional;

record IssueTokenRequest(String label, Instant expiresAt) {
  IssueApiTokenCommand toCommand(RecruiterId recruiterId) {
    return new IssueApiTokenCommand(recruiterId, Check.notNull(label, "label"), Optional.ofNullable(expiresAt));
  }
}
