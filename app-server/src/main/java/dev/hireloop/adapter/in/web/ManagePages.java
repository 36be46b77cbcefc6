package dev.hireloop.adapter.in.web;

import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.scheduling.SlotUnavailableException;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.in.candidate.CalendarFileView;
import dev.hireloop.port.in.candidate.CancelManagedBookingCommand;
import dev.hireloop.port.in.candidate.CancelManagedBookingUseCase;
import dev.hireloop.port.in.candidate.CandidateBooking;
import dev.hireloop.port.in.candidate.DownloadCalendarFileUseCase;
import dev.hireloop.port.in.candidate.ListManagedSlotsQuery;
import dev.hireloop.port.in.candidate.ListManagedSlotsUseCase;
import dev.hireloop.port.in.candidate.ReadManagedBookingUseCase;
import dev.hireloop.port.in.candidate.RescheduleManagedBookingCommand;
import dev.hireloop.port.in.candidate.RescheduleManagedBookingUseCase;
import dev.hireloop.port.in.scheduling.BookingLinkDetails;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code /interviews/{manageToken}}: the confirmation page every booking lands on, with the calendar file,
 * reschedule ({@code GET/POST …/reschedule}, which answers with a new token and so a new page) and cancel
 * ({@code POST …/cancel}). The token is the credential; no account is needed.
 */
final class ManagePages {
  static final String PREFIX = "/interviews/";

  private final ReadManagedBookingUseCase read;
  private final ListManagedSlotsUseCase listSlots;
  private final RescheduleManagedBookingUseCase reschedule;
  private final CancelManagedBookingUseCase cancel;
  private final DownloadCalendarFileUseCase calendarFile;
  private final Clock clock;
  private final Pages pages;

  ManagePages(ReadManagedBookingUseCase read, ListManagedSlotsUseCase listSlots,
      RescheduleManagedBookingUseCase reschedule, CancelManagedBookingUseCase cancel,
      DownloadCalendarFileUseCase calendarFile, Clock clock, Pages pages) {
    this.read = read;
    this.listSlots = listSlots;
    this.reschedule = reschedule;
    this.cancel = cancel;
    this.calendarFile = calendarFile;
    this.clock = clock;
    this.pages = pages;
  }

  static String path(String manageToken) {
    return PREFIX + manageToken;
  }

  void show(Context ctx) {
    pages.render(ctx, 200, "manage", ManagePage.of(read.read(token(ctx)), List.of(), null));
  }

  void calendar(Context ctx) {
    CalendarFileView file = calendarFile.calendarFile(token(ctx));
    ctx.contentType(file.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .result(file.content());
  }

  void cancel(Context ctx) {
    String token = token(ctx);
    String reason = ctx.formParam("reason");
    try {
      cancel.cancel(new CancelManagedBookingCommand(token, Optional.ofNullable(reason)));
    } catch (InvalidValueException e) {
      String message = "Please keep the reason under 500 characters.";
      pages.render(ctx, 422, "manage", ManagePage.of(read.read(token), List.of(FormError.field("reason", message)),
          message));
      return;
    } catch (RuleViolationException e) {
      String message = e.code().equals("booking.started")
          ? "This interview has already started, so it can no longer be cancelled here." : e.getMessage();
      pages.render(ctx, 422, "manage", ManagePage.of(read.read(token), List.of(new FormError("#reason", message)),
          null));
      return;
    }
    Pages.seeOther(ctx, path(token));
  }

  void showReschedule(Context ctx) {
    String token = token(ctx);
    CandidateBooking booking = read.read(token);
    if (booking.details().status() != BookingStatus.CONFIRMED) {
      Pages.seeOther(ctx, path(token));
      return;
    }
    ZoneChoice zone = ZoneChoice.of(ctx.queryParam("zone"), booking.details().candidateTimeZone());
    renderPicker(ctx, 200, token, booking, zone, SlotWindow.date(ctx.queryParam("date")), List.of(), null,
        zone.notice());
  }

  void reschedule(Context ctx) {
    String token = token(ctx);
    CandidateBooking booking = read.read(token);
    ZoneChoice zone = ZoneChoice.of(ctx.formParam("zone"), booking.details().candidateTimeZone());
    Optional<Instant> start = SlotWindow.start(ctx.formParam("start"));
    if (start.isEmpty()) {
      String message = "Choose a new time for your interview.";
      renderPicker(ctx, 422, token, booking, zone, Optional.empty(), List.of(FormError.field("start", message)),
          message, null);
      return;
    }
    CandidateBooking moved;
    try {
      moved = reschedule.reschedule(new RescheduleManagedBookingCommand(token, start.get(), zone.asOptional()));
    } catch (SlotUnavailableException e) {
      String message = "Sorry, that time was just taken. Here are the times that are free now.";
      renderPicker(ctx, 409, token, booking, zone, Optional.of(start.get().atZone(zone.zone()).toLocalDate()),
          List.of(FormError.field("start", message)), message, null);
      return;
    } catch (RuleViolationException e) {
      String message = switch (e.code()) {
        case "booking.slot-in-past" -> "That time has already passed. Please choose another one.";
        case "booking.started" -> "This interview has already started, so it can no longer be moved.";
        case "booking.not-confirmed" -> "This interview can no longer be moved.";
        default -> e.getMessage();
      };
      if (!e.code().equals("booking.slot-in-past")) {
        pages.render(ctx, 422, "manage", ManagePage.of(booking, List.of(new FormError("#reschedule", message)),
            null));
        return;
      }
      renderPicker(ctx, 422, token, booking, zone, Optional.empty(), List.of(FormError.field("start", message)),
          message, null);
      return;
    }
    Pages.seeOther(ctx, path(moved.manageToken()));
  }

  private void renderPicker(Context ctx, int status, String token, CandidateBooking booking, ZoneChoice zone,
      Optional<LocalDate> date, List<FormError> errors, String slotError, String notice) {
    var slots = listSlots.slots(new ListManagedSlotsQuery(token, SlotWindow.first(clock, zone.zone()),
        SlotWindow.last(clock, zone.zone()), zone.asOptional()));
    String path = path(token) + "/reschedule";
    BookingLinkDetails details = booking.details();
    SlotPicker picker = SlotPicker.of(slots, path, date, Optional.empty(), clock.instant());
    List<PickPage.Fact> facts = List.of(
        new PickPage.Fact("Interview", details.title()),
        new PickPage.Fact("With", details.interviewerName()),
        new PickPage.Fact("Booked now", details.slot()
            .map(slot -> TimeText.interval(slot, zone.zone()) + " (" + TimeText.zone(zone.zone(), slot.start()) + ")")
            .orElse("-")));
    pages.render(ctx, status, "pick", new PickPage("Reschedule your interview", "Pick a new time", facts, notice,
        errors, path, path, !zone.chosen(), picker, false, null, null, slotError, "Move my interview", path(token),
        "Keep the current time"));
  }

  private static String token(Context ctx) {
    return ctx.pathParam("token");
  }
}
