package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.scheduling.BookSlotCommand;
import dev.hireloop.port.in.scheduling.BookSlotUseCase;
import dev.hireloop.port.in.scheduling.BookingView;
import dev.hireloop.port.in.scheduling.CancelBookingCommand;
import dev.hireloop.port.in.scheduling.CancelBookingUseCase;
import dev.hireloop.port.in.scheduling.CompleteBookingUseCase;
import dev.hireloop.port.in.scheduling.GetAvailabilityUseCase;
import dev.hireloop.port.in.scheduling.GetBookingUseCase;
import dev.hireloop.port.in.scheduling.ListSlotsQuery;
import dev.hireloop.port.in.scheduling.ListSlotsUseCase;
import dev.hireloop.port.in.scheduling.RescheduleBookingCommand;
import dev.hireloop.port.in.scheduling.RescheduleBookingUseCase;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * {@code /api/slots} and {@code /api/bookings}: the recruiter's bookable slots, and bookings made, moved, cancelled
 * and closed by the recruiter. Another recruiter's booking is 404.
 */
final class BookingHandlers {
  private final ListSlotsUseCase listSlots;
  private final GetAvailabilityUseCase getAvailability;
  private final BookSlotUseCase bookSlot;
  private final GetBookingUseCase getBooking;
  private final RescheduleBookingUseCase rescheduleBooking;
  private final CancelBookingUseCase cancelBooking;
  private final CompleteBookingUseCase completeBooking;
  private final CandidateZones zones;

  BookingHandlers(ListSlotsUseCase listSlots, GetAvailabilityUseCase getAvailability, BookSlotUseCase bookSlot,
      GetBookingUseCase getBooking, RescheduleBookingUseCase rescheduleBooking, CancelBookingUseCase cancelBooking,
      CompleteBookingUseCase completeBooking, CandidateZones zones) {
    this.listSlots = listSlots;
    this.getAvailability = getAvailability;
    this.bookSlot = bookSlot;
    this.getBooking = getBooking;
    this.rescheduleBooking = rescheduleBooking;
    this.cancelBooking = cancelBooking;
    this.completeBooking = completeBooking;
    this.zones = zones;
  }

  /**
   * {@code from} and {@code to} are required dates read in {@code timezone} (the candidate's), which defaults to
   * the recruiter's availability zone; {@code template_id} to the original template.
   */
  void slots(Context ctx) {
    RecruiterId caller = caller(ctx);
    Optional<EventTypeId> template = Requests.queryId(ctx, "template_id").map(EventTypeId::new);
    LocalDate from = TimeValues.dateQuery(ctx, "from").orElseThrow(() -> required("from"));
    LocalDate to = TimeValues.dateQuery(ctx, "to").orElseThrow(() -> required("to"));
    Optional<ZoneId> requested = TimeValues.zoneQuery(ctx, "timezone");
    TimeValues.checkRange(from, to);
    ZoneId zone = requested.orElseGet(() -> getAvailability.get(caller).availability().zone());
    ctx.json(SlotsResponse.from(listSlots.list(new ListSlotsQuery(caller, template, from, to, zone))));
  }

  void create(Context ctx) {
    BookSlotRequest request = Requests.body(ctx, BookSlotRequest.class);
    RecruiterId caller = caller(ctx);
    ProfileId profileId = new ProfileId(Requests.bodyId(request.profileId(), "profile_id"));
    Optional<EventTypeId> template = Optional.ofNullable(request.templateId())
        .map(raw -> new EventTypeId(Requests.bodyId(raw, "template_id")));
    Instant start = TimeValues.instant(request.start(), "start");
    Optional<ZoneId> requested = TimeValues.optionalZone(request.timezone(), "timezone");
    ZoneId zone = zones.resolve(caller, profileId, requested);
    ctx.attribute(SlotResponse.DISPLAY_ZONE, zone);
    BookingView booked = bookSlot.book(new BookSlotCommand(caller, profileId, template, start, zone));
    ctx.status(201).header(Header.LOCATION, "/api/bookings/" + booked.id());
    respond(ctx, booked);
  }

  void get(Context ctx) {
    respond(ctx, getBooking.get(caller(ctx), bookingId(ctx), Optional.empty()));
  }

  void reschedule(Context ctx) {
    BookingId bookingId = bookingId(ctx);
    RescheduleBookingRequest request = Requests.body(ctx, RescheduleBookingRequest.class);
    Instant start = TimeValues.instant(request.start(), "start");
    respond(ctx, rescheduleBooking.reschedule(new RescheduleBookingCommand(caller(ctx), bookingId, start,
        Optional.ofNullable(request.reason()))));
  }

  void cancel(Context ctx) {
    BookingId bookingId = bookingId(ctx);
    Optional<String> reason = Requests.optionalBody(ctx, CancelBookingRequest.class)
        .map(CancelBookingRequest::reason);
    respond(ctx, cancelBooking.cancel(new CancelBookingCommand(caller(ctx), bookingId, Optional.empty(), reason)));
  }

  void complete(Context ctx) {
    respond(ctx, completeBooking.complete(caller(ctx), bookingId(ctx)));
  }

  void noShow(Context ctx) {
    respond(ctx, completeBooking.markNoShow(caller(ctx), bookingId(ctx)));
  }

  private static RequestRejectedException required(String name) {
    return RequestRejectedException.badRequest("value.required", name, name + " is required");
  }

  private static BookingId bookingId(Context ctx) {
    return new BookingId(Requests.pathId(ctx, "booking_id"));
  }

  private static RecruiterId caller(Context ctx) {
    return Authentication.principal(ctx).recruiterId();
  }

  private static void respond(Context ctx, BookingView view) {
    Requests.etag(ctx, view.version());
    ctx.json(BookingResponse.from(view));
  }
}
