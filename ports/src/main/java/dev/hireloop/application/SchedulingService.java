package dev.hireloop.application;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.scheduling.BookLinkSlotCommand;
import dev.hireloop.port.in.scheduling.BookLinkSlotUseCase;
import dev.hireloop.port.in.scheduling.BookSlotCommand;
import dev.hireloop.port.in.scheduling.BookSlotUseCase;
import dev.hireloop.port.in.scheduling.BookingLinkDetails;
import dev.hireloop.port.in.scheduling.BookingLinkView;
import dev.hireloop.port.in.scheduling.BookingView;
import dev.hireloop.port.in.scheduling.CancelBookingCommand;
import dev.hireloop.port.in.scheduling.CancelBookingUseCase;
import dev.hireloop.port.in.scheduling.CompleteBookingUseCase;
import dev.hireloop.port.in.scheduling.CreateBookingLinkCommand;
import dev.hireloop.port.in.scheduling.CreateBookingLinkUseCase;
import dev.hireloop.port.in.scheduling.GetBookingUseCase;
import dev.hireloop.port.in.scheduling.ListLinkSlotsQuery;
import dev.hireloop.port.in.scheduling.ListLinkSlotsUseCase;
import dev.hireloop.port.in.scheduling.ListSlotsQuery;
import dev.hireloop.port.in.scheduling.ListSlotsUseCase;
import dev.hireloop.port.in.scheduling.ReadBookingLinkUseCase;
import dev.hireloop.port.in.scheduling.RescheduleBookingCommand;
import dev.hireloop.port.in.scheduling.RescheduleBookingUseCase;
import dev.hireloop.port.in.scheduling.SlotsView;
import dev.hireloop.port.out.security.LinkSigner;
import java.time.Duration;
import java.util.Optional;

/** Slots, bookings and booking links over the conflict ledger. Stateless and thread-safe. */
final class SchedulingService implements ListSlotsUseCase, CreateBookingLinkUseCase, GetBookingUseCase,
    CancelBookingUseCase, BookSlotUseCase, RescheduleBookingUseCase, CompleteBookingUseCase, ReadBookingLinkUseCase,
    ListLinkSlotsUseCase, BookLinkSlotUseCase {
  private final ServiceContext context;
  private final LinkSigner links;
  private final Duration linkLifetime;

  SchedulingService(ServiceContext context, LinkSigner links, Duration linkLifetime) {
    this.context = context;
    this.links = links;
    this.linkLifetime = linkLifetime;
  }

  @Override
  public SlotsView list(ListSlotsQuery query) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public BookingLinkView create(CreateBookingLinkCommand command) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public BookingView get(RecruiterId recruiterId, BookingId bookingId, Optional<String> provider) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public BookingView cancel(CancelBookingCommand command) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public BookingView book(BookSlotCommand command) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public BookingView reschedule(RescheduleBookingCommand command) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public BookingView complete(RecruiterId recruiterId, BookingId bookingId) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public BookingView markNoShow(RecruiterId recruiterId, BookingId bookingId) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public BookingLinkDetails read(String token) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public SlotsView slots(ListLinkSlotsQuery query) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }

  @Override
  public BookingLinkDetails book(BookLinkSlotCommand command) {
    throw new UnsupportedOperationException("scheduling services are being written");
  }
}
