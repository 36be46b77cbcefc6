package dev.hireloop.port.in.recruiter;

/** Revokes one of the recruiter's own tokens; another recruiter's token is not found. */
public interface RevokeApiTokenUseCase {
  ApiTokenView revoke(RevokeApiTokenCommand command);
}
