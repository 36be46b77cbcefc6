package dev.hireloop.application;

import dev.hireloop.domain.audit.Actor;
import dev.hireloop.domain.recruiter.ApiToken;
import dev.hireloop.domain.recruiter.ApiTokenId;
import dev.hireloop.domain.recruiter.ApiTokenIssued;
import dev.hireloop.domain.recruiter.ApiTokenRevoked;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.recruiter.TokenHash;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.domain.shared.UnauthorizedException;
import dev.hireloop.port.in.recruiter.ApiTokenView;
import dev.hireloop.port.in.recruiter.AuthenticateRecruiterUseCase;
import dev.hireloop.port.in.recruiter.BootstrapFirstRecruiterUseCase;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.recruiter.CreateRecruiterWithTokenUseCase;
import dev.hireloop.port.in.recruiter.IssueApiTokenCommand;
import dev.hireloop.port.in.recruiter.IssueApiTokenUseCase;
import dev.hireloop.port.in.recruiter.IssuedApiToken;
import dev.hireloop.port.in.recruiter.ListApiTokensUseCase;
import dev.hireloop.port.in.recruiter.Principal;
import dev.hireloop.port.in.recruiter.RecruiterView;
import dev.hireloop.port.in.recruiter.RecruiterWithToken;
import dev.hireloop.port.in.recruiter.RevokeApiTokenCommand;
import dev.hireloop.port.in.recruiter.RevokeApiTokenUseCase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** API tokens: issuing (shown once, stored hashed), listing, revoking, authenticating. Thread-safe. */
final class ApiTokenService implements IssueApiTokenUseCase, ListApiTokensUseCase, RevokeApiTokenUseCase,
    AuthenticateRecruiterUseCase, CreateRecruiterWithTokenUseCase, BootstrapFirstRecruiterUseCase {

  /** Recording every use would write on every request; once a minute is enough to show "last used". */
  private static final Duration USE_RECORDING_GRANULARITY = Duration.ofMinutes(1);
  private static final int MAX_TOKEN_LENGTH = 200;

  private final ServiceContext context;
  private final RecruiterService recruiters;

  ApiTokenService(ServiceContext context, RecruiterService recruiters) {
    this.context = context;
    this.recruiters = recruiters;
  }

  @Override
  public IssuedApiToken issue(IssueApiTokenCommand command) {
    return context.inTransaction(() -> {
      Recruiter recruiter = context.persistence().recruiters().findById(command.recruiterId())
          .orElseThrow(() -> new NotFoundException("recruiter.not-found", "no recruiter " + command.recruiterId()));
      return issueInTransaction(recruiter.id(), command.label(), command.expiresAt(), Actor.recruiter(recruiter.id()));
    });
  }

  private IssuedApiToken issueInTransaction(RecruiterId recruiterId, String label, Optional<Instant> expiresAt,
      Actor actor) {
    Instant now = context.now();
    if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
      throw new RuleViolationException("token.expiry-in-past", "expires_at must be in the future");
    }
    String plaintext = context.tokens().newToken();
    requireTokenShape(plaintext);
    ApiToken token = context.persistence().apiTokens().save(ApiToken.issue(new ApiTokenId(context.newId()),
        recruiterId, label, plaintext, expiresAt, now));
    context.publish(new ApiTokenIssued(context.newId(), now, recruiterId, token.id()));
    context.audit(recruiterId, actor, "token.issued", "api_token", token.id(), now, Map.of());
    return new IssuedApiToken(ApiTokenView.from(token), plaintext);
  }

  @Override
  public List<ApiTokenView> list(RecruiterId recruiterId) {
    return context.persistence().apiTokens().listByRecruiter(recruiterId).stream().map(ApiTokenView::from).toList();
  }

  @Override
  public ApiTokenView revoke(RevokeApiTokenCommand command) {
    return context.inTransaction(() -> {
      var tokens = context.persistence().apiTokens();
      ApiToken token = tokens.findById(command.tokenId())
          .filter(found -> found.recruiterId().equals(command.recruiterId()))
          .orElseThrow(() -> new NotFoundException("token.not-found", "no token " + command.tokenId()));
      Instant now = context.now();
      ApiToken revoked = tokens.save(token.revoke(now));
      context.publish(new ApiTokenRevoked(context.newId(), now, revoked.recruiterId(), revoked.id()));
      context.audit(revoked.recruiterId(), Actor.recruiter(command.recruiterId()), "token.revoked", "api_token",
          revoked.id(), now, Map.of());
      return ApiTokenView.from(revoked);
    });
  }

  @Override
  public Principal authenticate(String bearerToken) {
    if (bearerToken == null || bearerToken.isBlank() || bearerToken.length() > MAX_TOKEN_LENGTH) {
      throw new UnauthorizedException("auth.token-invalid", "a valid API token is required");
    }
    Instant now = context.now();
    ApiToken token = context.persistence().apiTokens().findByHash(TokenHash.of(bearerToken.strip()))
        .orElseThrow(() -> new UnauthorizedException("auth.token-invalid", "a valid API token is required"));
    if (!token.isUsableAt(now)) {
      throw new UnauthorizedException("auth.token-invalid", "the API token is revoked or expired");
    }
    boolean active = context.persistence().recruiters().findById(token.recruiterId())
        .map(Recruiter::isActive).orElse(false);
    if (!active) {
      throw new UnauthorizedException("auth.token-invalid", "the recruiter of this API token is disabled");
    }
    boolean stale = token.lastUsedAt().map(last -> last.plus(USE_RECORDING_GRANULARITY).isBefore(now)).orElse(true);
    if (stale) {
      context.persistence().apiTokens().recordUse(token.id(), now);
    }
    return new Principal(token.recruiterId(), token.id());
  }

  @Override
  public RecruiterWithToken create(CreateRecruiterCommand command, String tokenLabel) {
    return context.inTransaction(() -> {
      Recruiter recruiter = recruiters.createInTransaction(command, Actor.operator());
      IssuedApiToken token = issueInTransaction(recruiter.id(), tokenLabel, Optional.empty(), Actor.operator());
      return new RecruiterWithToken(RecruiterView.from(recruiter), token);
    });
  }

  @Override
  public Optional<RecruiterWithToken> bootstrap(CreateRecruiterCommand command) {
    try {
      return context.inTransaction(() -> {
        if (context.persistence().recruiters().count() > 0) {
          return Optional.<RecruiterWithToken>empty();
        }
        Recruiter recruiter = recruiters.createInTransaction(command, Actor.system());
        IssuedApiToken token = issueInTransaction(recruiter.id(), "bootstrap", Optional.empty(), Actor.system());
        return Optional.of(new RecruiterWithToken(RecruiterView.from(recruiter), token));
      });
    } catch (ConflictException raced) {
      // another node bootstrapped the same first recruiter at the same moment: there is one now, which is the goal
      return Optional.empty();
    }
  }

  static void requireTokenShape(String plaintext) {
    if (plaintext == null || plaintext.length() < 32) {
      throw new InvalidValueException("token.too-short", "generated tokens must carry at least 256 bits");
    }
  }
}
