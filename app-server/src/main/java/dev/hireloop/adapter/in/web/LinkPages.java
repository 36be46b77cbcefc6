package dev.hireloop.adapter.in.web;

import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.scheduling.SlotUnavailableException;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.in.candidate.ManageBookedLinkUseCase;
import dev.hireloop.port.in.scheduling.BookLinkSlotCommand;
import dev.hireloop.port.in.scheduling.BookLinkSlotUseCase;
import dev.hireloop.port.in.scheduling.BookingLinkDetails;
import dev.hireloop.port.in.scheduling.ListLinkSlotsQuery;
import dev.hireloop.port.in.scheduling.ListLinkSlotsUseCase;
import dev.hireloop.port.in.scheduling.ReadBookingLinkUseCase;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /book/{token}}, seed 001's {@code booking_link}: the invited candidate picks a time (no name or e-mail,
 * the link already knows them). A used link leads to the booking's manage page; an expired one to a 410 page, a
 * tampered or unknown one to a 404 page.
 */
final class LinkPages {
  static final String PREFIX = "/book/";

  private final ReadBookingLinkUseCase readLink;
  private final ListLinkSlotsUseCase listSlots;
  private final BookLinkSlotUseCase bookSlot;
  private final ManageBookedLinkUseCase manageBooked;
  private final Clock clock;
  private final Pages pages;

  LinkPages(ReadBookingLinkUseCase readLink, ListLinkSlotsUseCase listSlots, BookLinkSlotUseCase bookSlot,
      ManageBookedLinkUseCase manageBooked, Clock clock, Pages pages) {
    this.readLink = readLink;
    this.listSlots = listSlots;
    this.bookSlot = bookSlot;
    this.manageBooked = manageBooked;
    this.clock = clock;
    this.pages = pages;
  }

  void show(Context ctx) {
    String token = ctx.pathParam("token");
    BookingLinkDetails link = readLink.read(token);
    if (!answeredAsPending(ctx, token, link)) {
      return;
    }
    ZoneChoice zone = ZoneChoice.of(ctx.queryParam("zone"), link.candidateTimeZone());
    render(ctx, 200, token, link, zone, SlotWindow.date(ctx.queryParam("date")), Optional.empty(), List.of(), null,
        zone.notice());
  }

  void book(Context ctx) {
    String token = ctx.pathParam("token");
    BookingLinkDetails link = readLink.read(token);
    if (!answeredAsPending(ctx, token, link)) {
      return;
    }
    ZoneChoice zone = ZoneChoice.of(ctx.formParam("zone"), link.candidateTimeZone());
    Optional<Instant> start = SlotWindow.start(ctx.formParam("start"));
    if (start.isEmpty()) {
      String message = "Choose a time for your interview.";
      render(ctx, 422, token, link, zone, Optional.empty(), Optional.empty(),
          List.of(FormError.field("start", message)), message, null);
      return;
    }
    try {
      bookSlot.book(new BookLinkSlotCommand(token, start.get(), zone.asOptional()));
    } catch (SlotUnavailableException e) {
      String message = "Sorry, that time was just taken. Here are the times that are free now.";
      render(ctx, 409, token, link, zone, Optional.of(start.get().atZone(zone.zone()).toLocalDate()),
          Optional.empty(), List.of(FormError.field("start", message)), message, null);
      return;
    } catch (RuleViolationException e) {
      if (e.code().equals("booking-link.used")) {
        Pages.seeOther(ctx, ManagePages.path(manageBooked.manage(token).manageToken()));
        return;
      }
      String message = e.code().equals("booking.slot-in-past")
          ? "That time has already passed. Please choose another one." : e.getMessage();
      render(ctx, 422, token, link, zone, Optional.empty(), Optional.empty(),
          List.of(FormError.field("start", message)), message, null);
      return;
    }
    Pages.seeOther(ctx, ManagePages.path(manageBooked.manage(token).manageToken()));
  }

  /** A booked link goes to its manage page, a cancelled one says so; only a pending link shows the picker. */
  private boolean answeredAsPending(Context ctx, String token, BookingLinkDetails link) {
    if (link.status() == BookingStatus.PENDING) {
      return true;
    }
    if (link.status() == BookingStatus.CANCELLED) {
      pages.message(ctx, 410, new MessagePage("Interview cancelled", "This interview was cancelled",
          List.of("The recruiter cancelled this interview invitation. If you think this is a mistake, please "
              + "reply to the recruiter."), null, null));
      return false;
    }
    Pages.seeOther(ctx, ManagePages.path(manageBooked.manage(token).manageToken()));
    return false;
  }

  private void render(Context ctx, int status, String token, BookingLinkDetails link, ZoneChoice zone,
      Optional<LocalDate> date, Optional<Instant> chosen, List<FormError> errors, String slotError, String notice) {
    var slots = listSlots.slots(new ListLinkSlotsQuery(token, SlotWindow.first(clock, zone.zone()),
        SlotWindow.last(clock, zone.zone()), zone.asOptional()));
    String path = PREFIX + token;
    SlotPicker picker = SlotPicker.of(slots, path, date, chosen, clock.instant());
    List<PickPage.Fact> facts = new ArrayList<>();
    facts.add(new PickPage.Fact("Interview", link.title()));
    facts.add(new PickPage.Fact("Length", link.durationMinutes() + " minutes"));
    facts.add(new PickPage.Fact("With", link.interviewerName()));
    facts.add(new PickPage.Fact("Where", Where.kind(link.locationKind())));
    pages.render(ctx, status, "pick", new PickPage("Schedule your interview", "Schedule your interview", facts,
        notice, errors, path, path, !zone.chosen(), picker, false, null, null, slotError, "Schedule Interview",
        null, null));
  }
}
