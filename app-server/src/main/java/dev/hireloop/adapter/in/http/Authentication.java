package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.shared.UnauthorizedException;
import dev.hireloop.port.in.recruiter.AuthenticateRecruiterUseCase;
import dev.hireloop.port.in.recruiter.Principal;
import io.javalin.http.Context;
import io.javalin.http.Header;

/**
 * Bearer-token authentication for everything under {@code /api/} and seed 001's {@code /scheduling/} routes, except
 * the booking-link routes under {@code /scheduling/links/}, whose signed token is the candidate's credential. The
 * recruiter id used by every handler comes from here, never from the request body or path.
 */
final class Authentication {
  static final String MISSING = "auth.missing";
  private static final String ATTRIBUTE = "hireloop.principal";
  private static final String SCHEME = "Bearer ";
  // Far longer than any token we issue; refuse before hashing arbitrary amounts of input.
  private static final int MAX_TOKEN_LENGTH = 512;

  private final AuthenticateRecruiterUseCase authenticate;

  Authentication(AuthenticateRecruiterUseCase authenticate) {
    this.authenticate = authenticate;
  }

  static boolean isProtected(String path) {
    if (path.equals("/api") || path.startsWith("/api/")) {
      return true;
    }
    return (path.equals("/scheduling") || path.startsWith("/scheduling/")) && !BookingLinkHandlers.isLinkPath(path);
  }

  void authenticate(Context ctx) {
    if (!isProtected(ctx.path())) {
      return;
    }
    String header = ctx.header(Header.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      throw new UnauthorizedException(MISSING, "an Authorization: Bearer <token> header is required");
    }
    if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new UnauthorizedException("auth.scheme", "only Bearer tokens are accepted");
    }
    String token = header.substring(SCHEME.length()).strip();
    if (token.isEmpty()) {
      throw new UnauthorizedException(MISSING, "an Authorization: Bearer <token> header is required");
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw new UnauthorizedException("auth.invalid", "the token is not valid");
    }
    ctx.attribute(ATTRIBUTE, authenticate.authenticate(token));
  }

  static Principal principal(Context ctx) {
    Principal principal = ctx.attribute(ATTRIBUTE);
    if (principal == null) {
      // a route under /api/ always passes through authenticate(); reaching here is a wiring bug
      throw new IllegalStateException("no authenticated principal on " + ctx.path());
    }
    return principal;
  }

  /** RFC 6750 challenge: a bare one when no credentials were sent, {@code invalid_token} otherwise. */
  static String challenge(String code) {
    return MISSING.equals(code) ? "Bearer realm=\"hireloop\"" : "Bearer realm=\"hireloop\", error=\"invalid_token\"";
  }
}
