package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.scheduling.BookLinkSlotCommand;
import dev.hireloop.port.in.scheduling.BookLinkSlotUseCase;
import dev.hireloop.port.in.scheduling.ListLinkSlotsQuery;
import dev.hireloop.port.in.scheduling.ListLinkSlotsUseCase;
import dev.hireloop.port.in.scheduling.ReadBookingLinkUseCase;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * {@code /scheduling/links/{token}}: the JSON API behind a booking link's page. No bearer token: the signed link
 * token is the credential, so a tampered or unknown one is 404, an expired one 410, a used one 422.
 */
final class BookingLinkHandlers {
  static final String PATH_PREFIX = "/scheduling/links/";
  /** Without {@code from}/{@code to}, two weeks from today on the candidate's clock. */
  static final int DEFAULT_DAYS = 14;

  private final ReadBookingLinkUseCase readLink;
  private final ListLinkSlotsUseCase listSlots;
  private final BookLinkSlotUseCase bookSlot;
  private final Clock clock;

  BookingLinkHandlers(ReadBookingLinkUseCase readLink, ListLinkSlotsUseCase listSlots, BookLinkSlotUseCase bookSlot,
      Clock clock) {
    this.readLink = readLink;
    this.listSlots = listSlots;
    this.bookSlot = bookSlot;
    this.clock = clock;
  }

  static boolean isLinkPath(String path) {
    return path.startsWith(PATH_PREFIX);
  }

  void details(Context ctx) {
    ctx.json(BookingLinkResponse.from(readLink.read(token(ctx))));
  }

  /**
   * {@code timezone} defaults to the link's zone, {@code from} to today there and {@code to} to 13 days after
   * {@code from}; the link is read first only when a default needs its zone.
   */
  void slots(Context ctx) {
    String token = token(ctx);
    Optional<ZoneId> zone = TimeValues.zoneQuery(ctx, "timezone");
    Optional<LocalDate> from = TimeValues.dateQuery(ctx, "from");
    Optional<LocalDate> to = TimeValues.dateQuery(ctx, "to");
    LocalDate first = from.orElseGet(() -> TimeValues.today(clock,
        zone.orElseGet(() -> readLink.read(token).candidateTimeZone())));
    LocalDate last = to.orElse(first.plusDays(DEFAULT_DAYS - 1L));
    TimeValues.checkRange(first, last);
    ctx.json(SlotsResponse.from(listSlots.slots(new ListLinkSlotsQuery(token, first, last, zone))));
  }

  void book(Context ctx) {
    String token = token(ctx);
    BookLinkSlotRequest request = Requests.body(ctx, BookLinkSlotRequest.class);
    Instant start = TimeValues.instant(request.start(), "start");
    Optional<ZoneId> zone = TimeValues.optionalZone(request.timezone(), "timezone");
    zone.ifPresent(shown -> ctx.attribute(SlotResponse.DISPLAY_ZONE, shown));
    ctx.status(201).json(BookingLinkResponse.from(bookSlot.book(new BookLinkSlotCommand(token, start, zone))));
  }

  private static String token(Context ctx) {
    return ctx.pathParam("token");
  }
}
