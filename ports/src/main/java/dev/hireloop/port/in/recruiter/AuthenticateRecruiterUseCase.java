package dev.hireloop.port.in.recruiter;

/** Resolves a bearer token to its recruiter. @throws dev.hireloop.domain.shared.UnauthorizedException when the token is unknown, revoked or expired, or its recruiter is disabled */
public interface AuthenticateRecruiterUseCase {
  Principal authenticate(String bearerToken);
}
