package dev.hireloop.adapter.in.web;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.Ids;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.UnauthorizedException;
import dev.hireloop.port.in.recruiter.AuthenticateRecruiterUseCase;
import dev.hireloop.port.in.recruiter.GetRecruiterUseCase;
import dev.hireloop.port.in.recruiter.Principal;
import dev.hireloop.port.in.recruiter.RecruiterView;
import dev.hireloop.port.in.scheduling.GetInterviewUseCase;
import dev.hireloop.port.in.scheduling.InterviewFilter;
import dev.hireloop.port.in.scheduling.InterviewView;
import dev.hireloop.port.in.scheduling.ListInterviewsQuery;
import dev.hireloop.port.in.scheduling.ListInterviewsUseCase;
import dev.hireloop.domain.shared.Page;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The recruiter's read-only pages: sign in by pasting an API token (kept in an HttpOnly, SameSite=Strict cookie
 * scoped to {@code /recruiter}), the interviews with seed 000's filters, one interview with its join link, and
 * sign out. A missing, revoked or expired token leads back to the sign-in page.
 */
final class RecruiterPages {
  static final String PREFIX = "/recruiter";
  static final String COOKIE = "hireloop_recruiter";
  static final int LISTED = 100;
  // far longer than any token we issue; refuse before hashing arbitrary input
  private static final int MAX_TOKEN_LENGTH = 512;

  private final AuthenticateRecruiterUseCase authenticate;
  private final GetRecruiterUseCase getRecruiter;
  private final ListInterviewsUseCase listInterviews;
  private final GetInterviewUseCase getInterview;
  private final boolean secureCookie;
  private final Clock clock;
  private final Pages pages;

  RecruiterPages(AuthenticateRecruiterUseCase authenticate, GetRecruiterUseCase getRecruiter,
      ListInterviewsUseCase listInterviews, GetInterviewUseCase getInterview, boolean secureCookie, Clock clock,
      Pages pages) {
    this.authenticate = authenticate;
    this.getRecruiter = getRecruiter;
    this.listInterviews = listInterviews;
    this.getInterview = getInterview;
    this.secureCookie = secureCookie;
    this.clock = clock;
    this.pages = pages;
  }

  void signInPage(Context ctx) {
    if (principal(ctx).isPresent()) {
      Pages.seeOther(ctx, PREFIX + "/interviews");
      return;
    }
    pages.render(ctx, 200, "signin", SignInPage.blank());
  }

  void signIn(Context ctx) {
    String token = Pages.formValue(ctx, "token").strip();
    if (token.isEmpty()) {
      pages.render(ctx, 422, "signin", SignInPage.error("Paste your API token."));
      return;
    }
    try {
      if (token.length() > MAX_TOKEN_LENGTH) {
        throw new UnauthorizedException("auth.invalid", "the token is not valid");
      }
      authenticate.authenticate(token);
    } catch (UnauthorizedException e) {
      pages.render(ctx, 401, "signin", SignInPage.error(
          "That token is not valid. It may be mistyped, revoked or expired."));
      return;
    }
    ctx.header("Set-Cookie", cookie(token, false));
    Pages.seeOther(ctx, PREFIX + "/interviews");
  }

  void signOut(Context ctx) {
    ctx.header("Set-Cookie", cookie("", true));
    Pages.seeOther(ctx, PREFIX);
  }

  void interviews(Context ctx) {
    Optional<Principal> principal = principal(ctx);
    if (principal.isEmpty()) {
      signInAgain(ctx);
      return;
    }
    InterviewFilter filter = filter(ctx.queryParam("filter"));
    RecruiterView recruiter = getRecruiter.get(principal.get().recruiterId());
    Page<InterviewView> page = listInterviews.list(new ListInterviewsQuery(principal.get().recruiterId(), filter,
        PageRequest.first(LISTED)));
    pages.render(ctx, 200, "interviews", InterviewsPage.of(recruiter, filter, page, clock.instant()));
  }

  void interview(Context ctx) {
    Optional<Principal> principal = principal(ctx);
    if (principal.isEmpty()) {
      signInAgain(ctx);
      return;
    }
    BookingId id = new BookingId(Ids.parse(ctx.pathParam("id"), "id"));
    RecruiterView recruiter = getRecruiter.get(principal.get().recruiterId());
    InterviewView interview = getInterview.get(principal.get().recruiterId(), id);
    pages.render(ctx, 200, "interview", InterviewPage.of(recruiter, interview));
  }

  static InterviewFilter filter(String raw) {
    if (raw != null) {
      for (InterviewFilter filter : InterviewFilter.values()) {
        if (filter.name().toLowerCase(Locale.ROOT).equals(raw.strip().toLowerCase(Locale.ROOT))) {
          return filter;
        }
      }
    }
    return InterviewFilter.UPCOMING;
  }

  private Optional<Principal> principal(Context ctx) {
    String token = ctx.cookie(COOKIE);
    if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    try {
      return Optional.of(authenticate.authenticate(token));
    } catch (UnauthorizedException e) {
      return Optional.empty();
    }
  }

  /** An expired or revoked cookie is dropped, so the browser does not keep sending it. */
  private void signInAgain(Context ctx) {
    if (ctx.cookie(COOKIE) != null) {
      ctx.header("Set-Cookie", cookie("", true));
    }
    Pages.seeOther(ctx, PREFIX);
  }

  String cookie(String value, boolean expire) {
    return COOKIE + "=" + value + "; Path=" + PREFIX + "; HttpOnly; SameSite=Strict"
        + (secureCookie ? "; Secure" : "") + (expire ? "; Max-Age=0" : "");
  }
}
