package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.scheduling.DateOverride;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.scheduling.AvailabilityView;
import dev.hireloop.port.in.scheduling.GetAvailabilityUseCase;
import dev.hireloop.port.in.scheduling.PutDateOverrideUseCase;
import dev.hireloop.port.in.scheduling.RemoveDateOverrideUseCase;
import dev.hireloop.port.in.scheduling.UpdateAvailabilityCommand;
import dev.hireloop.port.in.scheduling.UpdateAvailabilityUseCase;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@code /api/availability}: when the calling recruiter can be booked, and the dates that differ. */
final class AvailabilityHandlers {
  private final GetAvailabilityUseCase getAvailability;
  private final UpdateAvailabilityUseCase updateAvailability;
  private final PutDateOverrideUseCase putOverride;
  private final RemoveDateOverrideUseCase removeOverride;

  AvailabilityHandlers(GetAvailabilityUseCase getAvailability, UpdateAvailabilityUseCase updateAvailability,
      PutDateOverrideUseCase putOverride, RemoveDateOverrideUseCase removeOverride) {
    this.getAvailability = getAvailability;
    this.updateAvailability = updateAvailability;
    this.putOverride = putOverride;
    this.removeOverride = removeOverride;
  }

  void get(Context ctx) {
    respond(ctx, getAvailability.get(caller(ctx)));
  }

  void update(Context ctx) {
    AvailabilityRequest request = Requests.body(ctx, AvailabilityRequest.class);
    Optional<Long> expected = expectedVersion(Requests.ifMatch(ctx), Optional.ofNullable(request.version()));
    respond(ctx, updateAvailability.update(new UpdateAvailabilityCommand(caller(ctx), request.toSettings(),
        expected)));
  }

  /** Sorted by date; the use case returns them all, so the page is cut here. */
  void listOverrides(Context ctx) {
    PageRequest page = Requests.page(ctx);
    List<DateOverride> all = getAvailability.get(caller(ctx)).availability().overrides();
    List<DateOverrideResponse> items = all.stream().skip(page.offset()).limit(page.limit())
        .map(DateOverrideResponse::from).toList();
    ctx.json(new PageResponse<>(items, page.offset(), page.limit(), all.size()));
  }

  void putOverride(Context ctx) {
    LocalDate date = TimeValues.pathDate(ctx, "date");
    DateOverride override = Requests.body(ctx, DateOverrideRequest.class).toDomain(date);
    AvailabilityView saved = putOverride.put(caller(ctx), override);
    DateOverride stored = saved.availability().overrides().stream()
        .filter(candidate -> candidate.date().equals(date)).findFirst().orElse(override);
    ctx.json(DateOverrideResponse.from(stored));
  }

  void removeOverride(Context ctx) {
    LocalDate date = TimeValues.pathDate(ctx, "date");
    removeOverride.remove(caller(ctx), date);
    ctx.status(204);
  }

  /** {@code If-Match} and a body {@code version} may both be sent, but must then agree. */
  private static Optional<Long> expectedVersion(Optional<Long> header, Optional<Long> body) {
    if (header.isPresent() && body.isPresent() && !header.equals(body)) {
      throw RequestRejectedException.badRequest("version.conflicting", "version",
          "version and If-Match name different versions");
    }
    return header.or(() -> body);
  }

  private static RecruiterId caller(Context ctx) {
    return Authentication.principal(ctx).recruiterId();
  }

  private static void respond(Context ctx, AvailabilityView view) {
    Requests.etag(ctx, view.version());
    ctx.json(AvailabilityResponse.from(view));
  }
}
