package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.BookingRepository;
import dev.hireloop.port.out.persistence.BookingSearch;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bookings in memory. The conflict ledger's rule (no overlapping held ranges among one recruiter's active bookings)
 * is checked inside the store's transaction, which holds the store lock, so concurrent saves cannot both pass.
 * Thread-safe.
 */
final class InMemoryBookingRepository implements BookingRepository {
  private static final Comparator<Booking> BY_START = Comparator
      .comparing((Booking booking) -> booking.slot().orElseThrow().start())
      .thenComparing(booking -> booking.id().value(), MemoryStore.UUID_ORDER);

  private final MemoryStore store;
  private final TxMap<BookingId, Booking> byId;

  InMemoryBookingRepository(MemoryStore store) {
    this.store = store;
    this.byId = new TxMap<>(store, new ConcurrentHashMap<>());
  }

  @Override
  public Booking save(Booking booking) {
    Check.notNull(booking, "booking");
    Booking stored = Microseconds.truncate(booking).withVersion(booking.version().next());
    return store.inTransaction(() -> {
      Optional<Booking> current = byId.get(booking.id());
      boolean expected = booking.version().isInitial()
          ? current.isEmpty() : current.filter(found -> found.version().equals(booking.version())).isPresent();
      if (!expected) {
        throw new ConflictException("booking.stale", "booking " + booking.id()
            + " was changed by someone else (version " + booking.version().value() + " is not the stored one)");
      }
      if (stored.holdsRange()) {
        Interval held = stored.held().orElseThrow();
        boolean taken = byId.values().stream()
            .filter(other -> !other.id().equals(stored.id()))
            .filter(other -> other.recruiterId().equals(stored.recruiterId()))
            .anyMatch(other -> other.holdsRange() && other.held().orElseThrow().overlaps(held));
        if (taken) {
          throw new ConflictException("booking.slot-taken", "the interviewer already has a booking at that time");
        }
      }
      byId.put(booking.id(), stored);
      return stored;
    });
  }

  @Override
  public Optional<Booking> findById(BookingId id) {
    Check.notNull(id, "bookingId");
    return store.inTransaction(() -> byId.get(id));
  }

  @Override
  public List<Booking> findHolding(RecruiterId recruiterId, Instant from, Instant to) {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(from, "from");
    Check.notNull(to, "to");
    return store.inTransaction(() -> byId.values().stream()
        .filter(booking -> booking.recruiterId().equals(recruiterId) && booking.holdsRange())
        .filter(booking -> booking.held().orElseThrow().start().isBefore(to)
            && from.isBefore(booking.held().orElseThrow().end()))
        .sorted(BY_START)
        .toList());
  }

  @Override
  public Page<Booking> search(BookingSearch search, PageRequest page) {
    Check.notNull(search, "search");
    Check.notNull(page, "page");
    return store.inTransaction(() -> Queries.page(byId.values().stream()
        .filter(booking -> booking.recruiterId().equals(search.recruiterId()) && booking.slot().isPresent())
        .filter(booking -> matches(search, booking))
        .sorted(BY_START)
        .toList(), page));
  }

  private static boolean matches(BookingSearch search, Booking booking) {
    Interval slot = booking.slot().orElseThrow();
    boolean inBounds = search.startFrom().map(from -> !slot.start().isBefore(from)).orElse(true)
        && search.startBefore().map(slot.start()::isBefore).orElse(true)
        && search.endAfter().map(slot.end()::isAfter).orElse(true);
    if (!inBounds) {
      return false;
    }
    boolean pastConfirmed = search.confirmedEndedBy()
        .map(by -> booking.status() == BookingStatus.CONFIRMED && !slot.end().isAfter(by)).orElse(false);
    return search.statuses().contains(booking.status()) || pastConfirmed;
  }
}
