package dev.hireloop.adapter.in.http;

import dev.hireloop.application.Hireloop;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP API: every route is registered here, in {@link #table()}. {@link #create} returns the app unstarted so
 * the caller (the server's {@code Main}, or a test on port 0) decides where it listens.
 *
 * <p>Per request, in order: a request id ({@link RequestIds}) and security headers for every request; then, for a
 * route that exists, bearer authentication under {@code /api/} ({@link Authentication}) and body size and media
 * type checks ({@link BodyChecks}); then the handler. Every failure becomes a problem ({@link ProblemMapping}),
 * and every request one access-log line ({@link AccessLog}).
 */
public final class HttpApi {
  private HttpApi() {}

  /** A registered route: HTTP method and Javalin path template, e.g. {@code GET /api/jobs/{job_id}}. */
  public record Route(String method, String path) {
    public Route {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
    }
  }

  /** Every route {@link #create} registers, in registration order. */
  public static List<Route> routes() {
    return table().list();
  }

  /** Builds the unstarted Javalin app with every route registered in this one place. */
  public static Javalin create(Hireloop hireloop, HttpSettings settings) {
    Objects.requireNonNull(hireloop, "hireloop");
    Objects.requireNonNull(settings, "settings");
    Handlers handlers = new Handlers(
        new OperationsHandlers(settings.databaseReady()),
        new RecruiterHandlers(hireloop.getRecruiter(), hireloop.updateRecruiter(), hireloop.listApiTokens(),
            hireloop.issueApiToken(), hireloop.revokeApiToken()),
        new JobHandlers(hireloop.createJob(), hireloop.updateJob(), hireloop.openJob(), hireloop.closeJob(),
            hireloop.getJob(), hireloop.listJobs()),
        new JobImportHandlers(hireloop.previewJobImport(), hireloop.importJob(), hireloop.extractJob()),
        new ProfileHandlers(hireloop.createProfile(), hireloop.updateProfile(), hireloop.changeProfileStatus(),
            hireloop.getProfile(), hireloop.listProfiles()),
        new DeadLetterHandlers(hireloop.listDeadLetters(), hireloop.replayDeadLetter()));
    Routes routes = table();
    Authentication authentication = new Authentication(hireloop.authenticateRecruiter());
    BodyChecks bodyChecks = new BodyChecks(settings.maxRequestBytes());
    ProblemMapping problems = new ProblemMapping(routes, settings.maxRequestBytes());

    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(Json.objectMapper(), false));
      config.http.maxRequestSize = settings.maxRequestBytes();
      config.http.prefer405over404 = true;
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.events.serverStopped(settings.onStopped()::run);
      config.requestLogger.http(AccessLog::log);
      config.router.javaLangErrorHandler(problems::fatal);

      config.routes.before(ctx -> {
        RequestIds.assign(ctx);
        SecurityHeaders.apply(ctx);
      });
      config.routes.beforeMatched(ctx -> {
        authentication.authenticate(ctx);
        bodyChecks.check(ctx);
      });
      routes.registerWith(config.routes, handlers);
      problems.register(config.routes);
    });
  }

  /** The route table: one line per route, grouped by resource. */
  private static Routes table() {
    return new Routes()
        .get("/health/live", h -> h.operations()::live)
        .get("/health/ready", h -> h.operations()::ready)
        .get("/openapi.yaml", h -> h.operations()::openApi)

        .get("/api/me", h -> h.recruiters()::me)
        .patch("/api/me", h -> h.recruiters()::updateMe)
        .get("/api/tokens", h -> h.recruiters()::listTokens)
        .post("/api/tokens", h -> h.recruiters()::issueToken)
        .delete("/api/tokens/{token_id}", h -> h.recruiters()::revokeToken)

        .get("/api/convert_from_json", h -> h.jobImport()::convertFromJson)
        .post("/api/jobs/import", h -> h.jobImport()::importJob)
        .post("/api/jobs/extract", h -> h.jobImport()::extract)
        .post("/api/jobs", h -> h.jobs()::create)
        .get("/api/jobs", h -> h.jobs()::list)
        .get("/api/jobs/{job_id}", h -> h.jobs()::get)
        .put("/api/jobs/{job_id}", h -> h.jobs()::update)
        .post("/api/jobs/{job_id}/open", h -> h.jobs()::open)
        .post("/api/jobs/{job_id}/close", h -> h.jobs()::close)

        .post("/api/profiles", h -> h.profiles()::create)
        .get("/api/profiles", h -> h.profiles()::list)
        .get("/api/profiles/{profile_id}", h -> h.profiles()::get)
        .put("/api/profiles/{profile_id}", h -> h.profiles()::update)
        .post("/api/profiles/{profile_id}/status", h -> h.profiles()::changeStatus)

        .get("/api/events/dead-letters", h -> h.deadLetters()::list)
        .post("/api/events/dead-letters/{event_id}/{handler}/replay", h -> h.deadLetters()::replay);
  }
}
