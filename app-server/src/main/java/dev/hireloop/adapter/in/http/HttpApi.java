package dev.hireloop.adapter.in.http;

import dev.hireloop.adapter.in.web.WebPages;
import dev.hireloop.application.Hireloop;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP API: every route is registered here, in {@link #table()}. {@link #create} returns the app unstarted so
 * the caller (the server's {@code Main}, or a test on port 0) decides where it listens.
 *
 * <p>Per request, in order: a request id ({@link RequestIds}) and security headers for every request; then, for a
 * route that exists, bearer authentication under {@code /api/} and {@code /scheduling/} except the booking-link
 * routes ({@link Authentication}) and body size and media
 * type checks ({@link BodyChecks}); then the handler. Every failure becomes a problem ({@link ProblemMapping}),
 * and every request one access-log line ({@link AccessLog}). The web pages ({@link WebPages}) are registered in the
 * same app; they answer HTML, take form bodies, and are not part of {@link #routes()} (the JSON API that
 * {@code openapi.yaml} describes).
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
    CandidateZones zones = new CandidateZones(hireloop.getProfile(), hireloop.getRecruiter());
    Handlers handlers = new Handlers(
        new OperationsHandlers(settings.databaseReady()),
        new RecruiterHandlers(hireloop.getRecruiter(), hireloop.updateRecruiter(), hireloop.listApiTokens(),
            hireloop.issueApiToken(), hireloop.revokeApiToken()),
        new JobHandlers(hireloop.createJob(), hireloop.updateJob(), hireloop.openJob(), hireloop.closeJob(),
            hireloop.getJob(), hireloop.listJobs()),
        new JobImportHandlers(hireloop.previewJobImport(), hireloop.importJob(), hireloop.extractJob()),
        new ProfileHandlers(hireloop.createProfile(), hireloop.updateProfile(), hireloop.changeProfileStatus(),
            hireloop.getProfile(), hireloop.listProfiles()),
        new DeadLetterHandlers(hireloop.listDeadLetters(), hireloop.replayDeadLetter()),
        new SchedulingHandlers(hireloop.createBookingLink(), hireloop.getBooking(), hireloop.cancelBooking(), zones,
            ctx -> settings.baseUrl().orElseGet(() -> URI.create("http://localhost:" + ctx.req().getLocalPort()))),
        new BookingLinkHandlers(hireloop.readBookingLink(), hireloop.listLinkSlots(), hireloop.bookLinkSlot(),
            hireloop.clock()),
        new AvailabilityHandlers(hireloop.getAvailability(), hireloop.updateAvailability(),
            hireloop.putDateOverride(), hireloop.removeDateOverride()),
        new InterviewTemplateHandlers(hireloop.createEventType(), hireloop.updateEventType(),
            hireloop.deleteEventType(), hireloop.getEventType(), hireloop.listEventTypes()),
        new BookingHandlers(hireloop.listSlots(), hireloop.getAvailability(), hireloop.bookSlot(),
            hireloop.getBooking(), hireloop.rescheduleBooking(), hireloop.cancelBooking(),
            hireloop.completeBooking(), zones),
        new InterviewHandlers(hireloop.listInterviews(), hireloop.getInterview()),
        new OutboxHandlers(hireloop.listStoredEmails()),
        new CvHandlers(hireloop.intakeCv(), hireloop.listProfileDocuments(), hireloop.downloadProfileDocument(),
            hireloop.eraseProfileDocument(), settings.maxUploadBytes()),
        new MatchHandlers(hireloop.matchProfile(), hireloop.matchJob(), hireloop.listProfileMatches(),
            hireloop.listJobMatches()));
    Routes routes = table();
    Authentication authentication = new Authentication(hireloop.authenticateRecruiter());
    BodyChecks bodyChecks = new BodyChecks(settings.maxRequestBytes(), settings.maxUploadBytes());
    WebPages pages = WebPages.create(hireloop, settings.baseUrl());
    ProblemMapping problems = new ProblemMapping(routes, settings.maxRequestBytes(), pages::notFound);

    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(Json.objectMapper(), false));
      config.http.maxRequestSize = settings.maxRequestBytes();
      config.http.prefer405over404 = true;
      // CV uploads: Jetty refuses a part over the cap while it streams in, and keeps parts over 1 MiB in a
      // temporary file instead of memory, so a huge upload is never buffered whole
      config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes() + BodyChecks.MULTIPART_OVERHEAD,
          SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
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
      pages.register(config.routes);
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
        .get("/api/jobs/{job_id}/matches", h -> h.matches()::listForJob)
        .post("/api/jobs/{job_id}/matches/run", h -> h.matches()::runForJob)

        .post("/api/profiles/cv", h -> h.cvs()::intake)
        .post("/api/profiles", h -> h.profiles()::create)
        .get("/api/profiles", h -> h.profiles()::list)
        .get("/api/profiles/{profile_id}", h -> h.profiles()::get)
        .put("/api/profiles/{profile_id}", h -> h.profiles()::update)
        .post("/api/profiles/{profile_id}/status", h -> h.profiles()::changeStatus)
        .get("/api/profiles/{profile_id}/documents", h -> h.cvs()::list)
        .get("/api/profiles/{profile_id}/documents/{document_id}", h -> h.cvs()::download)
        .delete("/api/profiles/{profile_id}/documents/{document_id}", h -> h.cvs()::erase)
        .get("/api/profiles/{profile_id}/matches", h -> h.matches()::listForProfile)
        .post("/api/profiles/{profile_id}/matches/run", h -> h.matches()::runForProfile)

        .get("/api/events/dead-letters", h -> h.deadLetters()::list)
        .post("/api/events/dead-letters/{event_id}/{handler}/replay", h -> h.deadLetters()::replay)

        .get("/api/outbox/emails", h -> h.outbox()::listEmails)

        .get("/api/availability", h -> h.availability()::get)
        .put("/api/availability", h -> h.availability()::update)
        .get("/api/availability/overrides", h -> h.availability()::listOverrides)
        .put("/api/availability/overrides/{date}", h -> h.availability()::putOverride)
        .delete("/api/availability/overrides/{date}", h -> h.availability()::removeOverride)

        .get("/api/interview-templates", h -> h.templates()::list)
        .post("/api/interview-templates", h -> h.templates()::create)
        .get("/api/interview-templates/{template_id}", h -> h.templates()::get)
        .put("/api/interview-templates/{template_id}", h -> h.templates()::update)
        .delete("/api/interview-templates/{template_id}", h -> h.templates()::delete)

        .get("/api/slots", h -> h.bookings()::slots)
        .post("/api/bookings", h -> h.bookings()::create)
        .get("/api/bookings/{booking_id}", h -> h.bookings()::get)
        .post("/api/bookings/{booking_id}/reschedule", h -> h.bookings()::reschedule)
        .post("/api/bookings/{booking_id}/cancel", h -> h.bookings()::cancel)
        .post("/api/bookings/{booking_id}/complete", h -> h.bookings()::complete)
        .post("/api/bookings/{booking_id}/no-show", h -> h.bookings()::noShow)

        .get("/api/recruiter/interviews", h -> h.interviews()::list)
        .get("/api/interviews/{interview_id}", h -> h.interviews()::get)

        .post("/scheduling/book", h -> h.scheduling()::book)
        .get("/scheduling/booking/{booking_id}/status", h -> h.scheduling()::status)
        .post("/scheduling/booking/{booking_id}/cancel", h -> h.scheduling()::cancel)

        .get("/scheduling/links/{token}", h -> h.bookingLinks()::details)
        .get("/scheduling/links/{token}/slots", h -> h.bookingLinks()::slots)
        .post("/scheduling/links/{token}/book", h -> h.bookingLinks()::book);
  }
}
