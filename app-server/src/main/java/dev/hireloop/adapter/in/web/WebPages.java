package dev.hireloop.adapter.in.web;

import dev.hireloop.application.Hireloop;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The candidate's and the recruiter's web pages: server-rendered HTML (Mustache, auto-escaped), one stylesheet
 * and one small script, no front-end build. Registered by {@code HttpApi} next to the JSON routes, in the same app;
 * the pages call the same use cases and answer HTML, never problem+json.
 *
 * <ul>
 *   <li>{@code /schedule-interview/{jobId}}: seed 000's public scheduling page of a job;
 *   <li>{@code /book/{token}}: seed 001's booking link;
 *   <li>{@code /interviews/{manageToken}}: confirmation and manage page (calendar file, reschedule, cancel);
 *   <li>{@code /recruiter…}: sign-in with an API token and the read-only interview pages.
 * </ul>
 */
public final class WebPages {
  private static final List<String> PREFIXES = List.of(JobPages.PREFIX, LinkPages.PREFIX, ManagePages.PREFIX,
      RecruiterPages.PREFIX + "/", "/assets/");

  /** A registered page route, as the README lists them. */
  public record PageRoute(String method, String path) {}

  private final Pages pages = new Pages();
  private final List<Entry> entries = new ArrayList<>();
  private final Optional<String> publicAuthority;

  private record Entry(HandlerType method, String path, Handler handler) {}

  private WebPages(Optional<URI> baseUrl) {
    this.publicAuthority = baseUrl.map(URI::getRawAuthority);
  }

  /**
   * @param baseUrl the public address; when it is https, the recruiter's cookie is marked {@code Secure}
   */
  public static WebPages create(Hireloop hireloop, Optional<URI> baseUrl) {
    Objects.requireNonNull(hireloop, "hireloop");
    Objects.requireNonNull(baseUrl, "baseUrl");
    WebPages web = new WebPages(baseUrl);
    Pages pages = web.pages;
    Assets assets = new Assets();
    JobPages job = new JobPages(hireloop.readJobScheduling(), hireloop.listJobSlots(),
        hireloop.scheduleJobInterview(), hireloop.clock(), pages);
    LinkPages link = new LinkPages(hireloop.readBookingLink(), hireloop.listLinkSlots(), hireloop.bookLinkSlot(),
        hireloop.manageBookedLink(), hireloop.clock(), pages);
    ManagePages manage = new ManagePages(hireloop.readManagedBooking(), hireloop.listManagedSlots(),
        hireloop.rescheduleManagedBooking(), hireloop.cancelManagedBooking(), hireloop.downloadCalendarFile(),
        hireloop.clock(), pages);
    boolean secure = baseUrl.map(URI::getScheme).map(scheme -> scheme.toLowerCase(Locale.ROOT).equals("https"))
        .orElse(false);
    RecruiterPages recruiter = new RecruiterPages(hireloop.authenticateRecruiter(), hireloop.getRecruiter(),
        hireloop.listInterviews(), hireloop.getInterview(), secure, hireloop.clock(), pages);
    web.get("/assets/hireloop.css", assets::css)
        .get("/assets/hireloop.js", assets::js)
        .get(JobPages.PREFIX + "{jobId}", job::show)
        .post(JobPages.PREFIX + "{jobId}", job::book)
        .get(LinkPages.PREFIX + "{token}", link::show)
        .post(LinkPages.PREFIX + "{token}", link::book)
        .get(ManagePages.PREFIX + "{token}", manage::show)
        .get(ManagePages.PREFIX + "{token}/calendar.ics", manage::calendar)
        .get(ManagePages.PREFIX + "{token}/reschedule", manage::showReschedule)
        .post(ManagePages.PREFIX + "{token}/reschedule", manage::reschedule)
        .post(ManagePages.PREFIX + "{token}/cancel", manage::cancel)
        .get(RecruiterPages.PREFIX, recruiter::signInPage)
        .post(RecruiterPages.PREFIX + "/sign-in", recruiter::signIn)
        .post(RecruiterPages.PREFIX + "/sign-out", recruiter::signOut)
        .get(RecruiterPages.PREFIX + "/interviews", recruiter::interviews)
        .get(RecruiterPages.PREFIX + "/interviews/{id}", recruiter::interview);
    return web;
  }

  /** Whether {@code path} belongs to the pages (HTML answers, form bodies) rather than to the JSON API. */
  public static boolean isPagePath(String path) {
    return path.equals(RecruiterPages.PREFIX) || PREFIXES.stream().anyMatch(path::startsWith);
  }

  /** Every page route, in registration order. */
  public List<PageRoute> routes() {
    return entries.stream().map(entry -> new PageRoute(entry.method().name(), entry.path())).toList();
  }

  /**
   * Registers the routes, and a before-handler that gives every page its headers and refuses a form posted from
   * another site (a browser always sends {@code Origin} with a cross-site POST).
   */
  public void register(RoutesConfig routes) {
    routes.before(ctx -> {
      if (isPagePath(ctx.path())) {
        PageHeaders.apply(ctx);
      }
    });
    for (Entry entry : entries) {
      routes.addHttpHandler(entry.method(), entry.path(), entry.method() == HandlerType.POST
          ? sameOrigin(entry.handler()) : entry.handler());
    }
  }

  /** The friendly 404 page, for a page path that matches no route (an unknown sub-page, a wrong method). */
  public void notFound(Context ctx) {
    PageHeaders.apply(ctx);
    pages.notFound(ctx);
  }

  private Handler sameOrigin(Handler handler) {
    return ctx -> {
      String origin = ctx.header("Origin");
      String host = ctx.header("Host");
      if (origin != null && !origin.equals("null") && !sameHost(origin, host)
          && publicAuthority.filter(authority -> sameHost(origin, authority)).isEmpty()) {
        pages.message(ctx, 403, new MessagePage("Not allowed", "This form was sent from another site",
            "For your safety, forms on this site can only be sent from its own pages. Nothing was changed."));
        return;
      }
      handler.handle(ctx);
    };
  }

  /** Behind a proxy the Host header may be the internal one; the configured base URL's host counts too. */
  private static boolean sameHost(String origin, String host) {
    if (host == null) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      String authority = uri.getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private WebPages get(String path, Pages.PageHandler handler) {
    entries.add(new Entry(HandlerType.GET, path, pages.handler(handler)));
    return this;
  }

  private WebPages post(String path, Pages.PageHandler handler) {
    entries.add(new Entry(HandlerType.POST, path, pages.handler(handler)));
    return this;
  }
}
