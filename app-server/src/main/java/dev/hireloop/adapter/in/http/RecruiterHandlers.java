package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.recruiter.ApiTokenId;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.recruiter.ApiTokenView;
import dev.hireloop.port.in.recruiter.GetRecruiterUseCase;
import dev.hireloop.port.in.recruiter.IssueApiTokenUseCase;
import dev.hireloop.port.in.recruiter.IssuedApiToken;
import dev.hireloop.port.in.recruiter.ListApiTokensUseCase;
import dev.hireloop.port.in.recruiter.RecruiterView;
import dev.hireloop.port.in.recruiter.RevokeApiTokenCommand;
import dev.hireloop.port.in.recruiter.RevokeApiTokenUseCase;
import dev.hireloop.port.in.recruiter.UpdateRecruiterUseCase;
import io.javalin.http.Context;
import java.util.List;

/** The calling recruiter ({@code /api/me}) and their API tokens ({@code /api/tokens}). */
final class RecruiterHandlers {
  private final GetRecruiterUseCase getRecruiter;
  private final UpdateRecruiterUseCase updateRecruiter;
  private final ListApiTokensUseCase listTokens;
  private final IssueApiTokenUseCase issueToken;
  private final RevokeApiTokenUseCase revokeToken;

  RecruiterHandlers(GetRecruiterUseCase getRecruiter, UpdateRecruiterUseCase updateRecruiter,
      ListApiTokensUseCase listTokens, IssueApiTokenUseCase issueToken, RevokeApiTokenUseCase revokeToken) {
    this.getRecruiter = getRecruiter;
    this.updateRecruiter = updateRecruiter;
    this.listTokens = listTokens;
    this.issueToken = issueToken;
    this.revokeToken = revokeToken;
  }

  void me(Context ctx) {
    respond(ctx, getRecruiter.get(caller(ctx)));
  }

  void updateMe(Context ctx) {
    UpdateRecruiterRequest request = Requests.body(ctx, UpdateRecruiterRequest.class);
    respond(ctx, updateRecruiter.update(request.toCommand(caller(ctx), Requests.ifMatch(ctx))));
  }

  /** Oldest first; the use case returns them all, so the page is cut here. */
  void listTokens(Context ctx) {
    PageRequest page = Requests.page(ctx);
    List<ApiTokenView> all = listTokens.list(caller(ctx));
    List<TokenResponse> items = all.stream().skip(page.offset()).limit(page.limit()).map(TokenResponse::from)
        .toList();
    ctx.json(new PageResponse<>(items, page.offset(), page.limit(), all.size()));
  }

  void issueToken(Context ctx) {
    IssueTokenRequest request = Requests.body(ctx, IssueTokenRequest.class);
    IssuedApiToken issued = issueToken.issue(request.toCommand(caller(ctx)));
    ctx.status(201).json(IssuedTokenResponse.from(issued));
  }

  void revokeToken(Context ctx) {
    ApiTokenId tokenId = new ApiTokenId(Requests.pathId(ctx, "token_id"));
    ctx.json(TokenResponse.from(revokeToken.revoke(new RevokeApiTokenCommand(caller(ctx), tokenId))));
  }

  private static RecruiterId caller(Context ctx) {
    return Authentication.principal(ctx).recruiterId();
  }

  private static void respond(Context ctx, RecruiterView view) {
    Requests.etag(ctx, view.version());
    ctx.json(RecruiterResponse.from(view));
  }
}
