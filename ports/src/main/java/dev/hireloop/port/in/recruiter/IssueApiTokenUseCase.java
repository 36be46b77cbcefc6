package dev.hireloop.port.in.recruiter;

/** Issues a 256-bit API token; the plaintext is returned once and only its hash is stored. */
public interface IssueApiTokenUseCase {
  IssuedApiToken issue(IssueApiTokenCommand command);
}
