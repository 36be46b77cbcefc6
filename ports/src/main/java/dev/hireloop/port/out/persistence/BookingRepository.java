package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores bookings and is the conflict ledger: <b>no two bookings of one recruiter (the interviewer) that
 * {@linkplain Booking#holdsRange() hold their range} may have overlapping held ranges</b>, whatever the number of
 * concurrent transactions, threads or server nodes. {@code save} of a booking that would break this throws
 * {@code ConflictException("booking.slot-taken")}; on PostgreSQL an exclusion constraint enforces it (so even a
 * second server instance cannot get round it), on H2 saves are serialised per recruiter, in memory by the store
 * lock. Ranges are half-open: a booking held until 10:00 and one held from 10:00 do not overlap.
 *
 * <p>Same save/versioning contract as {@link RecruiterRepository} ({@code booking.stale}).
 */
public interface BookingRepository {
  Booking save(Booking booking);

  Optional<Booking> findById(BookingId id);

  /**
   * The recruiter's bookings that hold their range and whose held range overlaps {@code [from, to)}, sorted by slot
   * start then id. What the slot engine needs to know about existing bookings.
   */
  List<Booking> findHolding(RecruiterId recruiterId, Instant from, Instant to);

  /** Bookings with a slot matching {@code search}, ordered by slot start ascending, ties by id. */
  Page<Booking> search(BookingSearch search, PageRequest page);
}
