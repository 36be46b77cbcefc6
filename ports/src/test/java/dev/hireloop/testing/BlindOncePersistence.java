package dev.hireloop.testing;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.BookingRepository;
import dev.hireloop.port.out.persistence.BookingSearch;
import dev.hireloop.port.out.persistence.Persistence;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The same store, except that the next look-up of a recruiter's holding bookings comes back empty: the slot check
 * of the next booking misses what is there, as when a concurrent request commits between the check and the write,
 * so only the conflict ledger stands in the way.
 */
public final class BlindOncePersistence extends ForwardingPersistence {
  private final AtomicBoolean blind = new AtomicBoolean();

  public BlindOncePersistence(Persistence store) {
    super(store);
  }

  public void blindNextLookup() {
    blind.set(true);
  }

  @Override
  public BookingRepository bookings() {
    BookingRepository bookings = store.bookings();
    return new BookingRepository() {
      @Override
      public Booking save(Booking booking) {
        return bookings.save(booking);
      }

      @Override
      public Optional<Booking> findById(BookingId id) {
        return bookings.findById(id);
      }

      @Override
      public List<Booking> findHolding(RecruiterId recruiterId, Instant from, Instant to) {
        return blind.getAndSet(false) ? List.of() : bookings.findHolding(recruiterId, from, to);
      }

      @Override
      public Page<Booking> search(BookingSearch search, PageRequest page) {
        return bookings.search(search, page);
      }
    };
  }
}
