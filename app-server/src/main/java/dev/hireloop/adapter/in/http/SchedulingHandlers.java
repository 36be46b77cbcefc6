package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.scheduling.BookingLinkView;
import dev.hireloop.port.in.scheduling.CancelBookingCommand;
import dev.hireloop.port.in.scheduling.CancelBookingUseCase;
import dev.hireloop.port.in.scheduling.CreateBookingLinkCommand;
import dev.hireloop.port.in.scheduling.CreateBookingLinkUseCase;
import dev.hireloop.port.in.scheduling.GetBookingUseCase;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/**
 * Seed 001's scheduling routes, with its exact paths and snake_case shapes: {@code POST /scheduling/book} creates a
 * booking link, {@code GET /scheduling/booking/{booking_id}/status} and {@code POST …/cancel} follow it. The
 * optional {@code provider} query parameter must name the booking's provider.
 */
final class SchedulingHandlers {
  private final CreateBookingLinkUseCase createLink;
  private final GetBookingUseCase getBooking;
  private final CancelBookingUseCase cancelBooking;
  private final CandidateZones zones;
  private final Function<Context, URI> baseUrl;

  SchedulingHandlers(CreateBookingLinkUseCase createLink, GetBookingUseCase getBooking,
      CancelBookingUseCase cancelBooking, CandidateZones zones, Function<Context, URI> baseUrl) {
    this.createLink = createLink;
    this.getBooking = getBooking;
    this.cancelBooking = cancelBooking;
    this.zones = zones;
    this.baseUrl = baseUrl;
  }

  void book(Context ctx) {
    CreateBookingLinkRequest request = Requests.body(ctx, CreateBookingLinkRequest.class);
    RecruiterId caller = caller(ctx);
    // everything the body says is checked before the profile is looked up for its zone
    ProfileId profileId = request.profile();
    Optional<ZoneId> requested = request.zone();
    Optional<EventTypeId> template = request.template();
    String provider = request.providerOrDefault();
    ZoneId zone = zones.resolve(caller, profileId, requested);
    BookingLinkView link = createLink.create(new CreateBookingLinkCommand(caller, profileId,
        Optional.ofNullable(request.durationMinutes()), provider, zone, template));
    ctx.status(201).header(Header.LOCATION, "/api/bookings/" + link.booking().id());
    ctx.json(BookingLinkCreatedResponse.from(link, baseUrl.apply(ctx)));
  }

  void status(Context ctx) {
    ctx.json(BookingStatusResponse.from(getBooking.get(caller(ctx), bookingId(ctx), provider(ctx))));
  }

  void cancel(Context ctx) {
    BookingId bookingId = bookingId(ctx);
    Optional<String> reason = Requests.optionalBody(ctx, CancelBookingRequest.class)
        .map(CancelBookingRequest::reason);
    ctx.json(BookingStatusResponse.from(cancelBooking.cancel(
        new CancelBookingCommand(caller(ctx), bookingId, provider(ctx), reason))));
  }

  private static Optional<String> provider(Context ctx) {
    return Requests.query(ctx, "provider");
  }

  private static BookingId bookingId(Context ctx) {
    return new BookingId(Requests.pathId(ctx, "booking_id"));
  }

  private static RecruiterId caller(Context ctx) {
    return Authentication.principal(ctx).recruiterId();
  }
}
