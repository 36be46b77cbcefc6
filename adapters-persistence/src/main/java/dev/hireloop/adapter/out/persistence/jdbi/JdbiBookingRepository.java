package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.internal.Microseconds;
import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.out.persistence.BookingRepository;
import dev.hireloop.port.out.persistence.BookingSearch;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;

/**
 * Bookings in {@code <schema>.bookings}: the conflict ledger. No two bookings of one recruiter that hold their
 * range may have overlapping held ranges:
 *
 * <ul>
 *   <li>On PostgreSQL the exclusion constraint {@code bookings_held_range_ex} guarantees it, whatever writes the
 *       row; its violation (SQLState 23P01) is reported as {@code booking.slot-taken}.
 *   <li>On H2 a save of a booking that holds its range first locks its recruiter's row in
 *       {@code booking_ledger_locks}, then writes, then looks for another holding booking of the recruiter whose
 *       held range overlaps, in the same transaction. The lock makes those steps one at a time per recruiter, and
 *       H2's default READ COMMITTED isolation lets each check see every booking committed before it got the lock.
 *       The check relies on that isolation level; a host that configures another one for H2 is on its own.
 * </ul>
 *
 * <p>PostgreSQL takes the same lock, not to decide anything (the constraint does) but to queue the savers of one
 * recruiter: conflicting inserts running at the same moment otherwise wait on each other inside the constraint's
 * check, can deadlock, and then wait for the deadlock detector. A save that cannot get the lock within the
 * database's lock timeout is {@code booking.busy}. Writing first and checking second means a stale version is
 * reported before a taken range, as the other stores do. Thread-safe.
 */
final class JdbiBookingRepository implements BookingRepository {
  private static final String INSERT = "INSERT INTO <schema>.bookings (" + BookingRow.COLUMNS + """
      )
      VALUES (:id, :recruiterId, :profileId, :jobId, :eventTypeId, :provider, :durationMinutes, :candidateTimeZone,
          :status, :slotStart, :slotEnd, :heldStart, :heldEnd, :reschedules, :cancellationReason, :externalId,
          :expiresAt, :createdAt, :updatedAt, :version)""";
  private static final String UPDATE = """
      UPDATE <schema>.bookings
      SET recruiter_id = :recruiterId, profile_id = :profileId, job_id = :jobId, event_type_id = :eventTypeId,
          provider = :provider, duration_minutes = :durationMinutes, candidate_time_zone = :candidateTimeZone,
          status = :status, slot_start = :slotStart, slot_end = :slotEnd, held_start = :heldStart,
          held_end = :heldEnd, reschedules = :reschedules, cancellation_reason = :cancellationReason,
          external_id = :externalId, expires_at = :expiresAt, created_at = :createdAt, updated_at = :updatedAt,
          version = :version
      WHERE id = :id AND version = :expected""";
  private static final String SELECT = "SELECT " + BookingRow.COLUMNS + " FROM <schema>.bookings b ";
  /** Holding bookings: the statuses of {@link BookingStatus#holdsSlot()} with a held range. */
  private static final String HOLDING = "b.status IN ('PENDING', 'CONFIRMED') AND b.held_start IS NOT NULL";
  private static final String BY_START = " ORDER BY b.slot_start, b.id";

  private static final String LOCK = """
      SELECT recruiter_id FROM <schema>.booking_ledger_locks WHERE recruiter_id = :recruiterId FOR UPDATE""";
  /** Waits for a concurrent insert of the same row and then does nothing, so it never fails on a duplicate. */
  private static final String CREATE_LOCK_POSTGRESQL = """
      INSERT INTO <schema>.booking_ledger_locks (recruiter_id) VALUES (:recruiterId)
      ON CONFLICT (recruiter_id) DO NOTHING""";
  /** H2's MERGE waits for a concurrent insert of the same key too, and then updates instead of failing. */
  private static final String CREATE_LOCK_STANDARD = """
      MERGE INTO <schema>.booking_ledger_locks (recruiter_id) KEY (recruiter_id) VALUES (:recruiterId)""";
  private static final String OVERLAPPING = "SELECT COUNT(*) FROM <schema>.bookings b WHERE b.recruiter_id = "
      + ":recruiterId AND b.id <> :id AND " + HOLDING + " AND b.held_start < :heldEnd AND b.held_end > :heldStart";

  static final String EXCLUSION_VIOLATION = "23P01";
  /** PostgreSQL's lock_not_available (lock_timeout) and H2's lock timeout. */
  private static final List<String> LOCK_TIMEOUTS = List.of("55P03", "HYT00");

  private final Database database;

  JdbiBookingRepository(Database database) {
    this.database = database;
  }

  @Override
  public Booking save(Booking booking) {
    Check.notNull(booking, "booking");
    Booking stored = Microseconds.truncate(booking).withVersion(booking.version().next());
    BookingRow row = BookingRow.from(stored);
    database.write(handle -> {
      try {
        Dialect dialect = database.dialect(handle);
        if (stored.holdsRange()) {
          lockLedger(handle, dialect, row.recruiterId());
        }
        int changed = booking.version().isInitial()
            ? row.bind(handle.createUpdate(INSERT)).execute()
            : row.bind(handle.createUpdate(UPDATE)).bind("expected", booking.version().value()).execute();
        if (changed != 1) {
          throw stale(booking);
        }
        if (stored.holdsRange() && dialect != Dialect.POSTGRESQL && overlapsAnother(handle, row)) {
          throw slotTaken();
        }
        return null;
      } catch (JdbiException e) {
        String state = SqlErrors.sqlState(e);
        if (EXCLUSION_VIOLATION.equals(state)) {
          throw slotTaken();
        }
        if (LOCK_TIMEOUTS.contains(state)) {
          throw new ConflictException("booking.busy",
              "the interviewer's calendar is busy with other bookings; try again");
        }
        throw e;
      }
    }, message -> stale(booking));
    return stored;
  }

  @Override
  public Optional<Booking> findById(BookingId id) {
    Check.notNull(id, "bookingId");
    return database.read(handle -> handle.createQuery(SELECT + "WHERE b.id = :id")
        .bind("id", id.value())
        .map((resultSet, context) -> BookingRow.map(resultSet))
        .findOne()
        .map(BookingRow::toDomain));
  }

  @Override
  public List<Booking> findHolding(RecruiterId recruiterId, Instant from, Instant to) {
    Check.notNull(recruiterId, "recruiterId");
    Check.notNull(from, "from");
    Check.notNull(to, "to");
    return database.read(handle -> handle.createQuery(SELECT + "WHERE b.recruiter_id = :recruiterId AND " + HOLDING
            + " AND b.held_start < :to AND b.held_end > :from" + BY_START)
        .bind("recruiterId", recruiterId.value())
        .bindByType("from", from, Instant.class)
        .bindByType("to", to, Instant.class)
        .map((resultSet, context) -> BookingRow.map(resultSet))
        .list())
        .stream().map(BookingRow::toDomain).toList();
  }

  @Override
  public Page<Booking> search(BookingSearch search, PageRequest page) {
    Check.notNull(search, "search");
    Check.notNull(page, "page");
    List<BookingStatus> statuses = search.statuses().stream().sorted().toList();
    StringBuilder where = new StringBuilder(" WHERE b.recruiter_id = :recruiterId AND b.slot_start IS NOT NULL");
    search.startFrom().ifPresent(from -> where.append(" AND b.slot_start >= :startFrom"));
    search.startBefore().ifPresent(before -> where.append(" AND b.slot_start < :startBefore"));
    search.endAfter().ifPresent(after -> where.append(" AND b.slot_end > :endAfter"));
    StringBuilder status = new StringBuilder();
    if (statuses.isEmpty()) {
      status.append("1 = 0");
    } else {
      status.append("b.status IN (");
      for (int i = 0; i < statuses.size(); i++) {
        status.append(i == 0 ? "" : ", ").append(":status").append(i);
      }
      status.append(")");
    }
    search.confirmedEndedBy().ifPresent(by -> status.append(" OR (b.status = '")
        .append(BookingStatus.CONFIRMED.name()).append("' AND b.slot_end <= :confirmedEndedBy)"));
    where.append(" AND (").append(status).append(")");
    return database.read(handle -> {
      long total = bindSearch(handle.createQuery("SELECT COUNT(*) FROM <schema>.bookings b" + where), search,
          statuses).mapTo(Long.class).one();
      List<Booking> bookings = total == 0 ? List.of() : bindSearch(handle.createQuery(
          SELECT + where + BY_START + " LIMIT :limit OFFSET :offset"), search, statuses)
          .bind("limit", page.limit())
          .bind("offset", page.offset())
          .map((resultSet, context) -> BookingRow.map(resultSet))
          .list()
          .stream().map(BookingRow::toDomain).toList();
      return new Page<>(bookings, page.offset(), page.limit(), total);
    });
  }

  private static Query bindSearch(Query query, BookingSearch search, List<BookingStatus> statuses) {
    query.bind("recruiterId", search.recruiterId().value());
    for (int i = 0; i < statuses.size(); i++) {
      query.bind("status" + i, statuses.get(i).name());
    }
    search.startFrom().ifPresent(from -> query.bindByType("startFrom", from, Instant.class));
    search.startBefore().ifPresent(before -> query.bindByType("startBefore", before, Instant.class));
    search.endAfter().ifPresent(after -> query.bindByType("endAfter", after, Instant.class));
    search.confirmedEndedBy().ifPresent(by -> query.bindByType("confirmedEndedBy", by, Instant.class));
    return query;
  }

  /**
   * Locks the recruiter's ledger row until the transaction ends, creating it first if this is the recruiter's
   * first holding booking. Usually the row exists and this is one statement.
   */
  private static void lockLedger(Handle handle, Dialect dialect, UUID recruiterId) {
    if (lock(handle, recruiterId)) {
      return;
    }
    handle.createUpdate(dialect == Dialect.POSTGRESQL ? CREATE_LOCK_POSTGRESQL : CREATE_LOCK_STANDARD)
        .bind("recruiterId", recruiterId)
        .execute();
    if (!lock(handle, recruiterId)) {
      throw new ExternalServiceException("database.error",
          "the ledger row of recruiter " + recruiterId + " vanished");
    }
  }

  private static boolean lock(Handle handle, UUID recruiterId) {
    return handle.createQuery(LOCK).bind("recruiterId", recruiterId).mapTo(UUID.class).findOne().isPresent();
  }

  private static boolean overlapsAnother(Handle handle, BookingRow row) {
    return handle.createQuery(OVERLAPPING)
        .bind("recruiterId", row.recruiterId())
        .bind("id", row.id())
        .bindByType("heldStart", row.heldStart(), Instant.class)
        .bindByType("heldEnd", row.heldEnd(), Instant.class)
        .mapTo(Long.class)
        .one() > 0;
  }

  private static ConflictException slotTaken() {
    return new ConflictException("booking.slot-taken", "the interviewer already has a booking at that time");
  }

  private static ConflictException stale(Booking booking) {
    return new ConflictException("booking.stale", "booking " + booking.id()
        + " was changed by someone else (version " + booking.version().value() + " is not the stored one)");
  }
}
