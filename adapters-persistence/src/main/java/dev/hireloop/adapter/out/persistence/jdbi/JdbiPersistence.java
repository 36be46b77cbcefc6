package dev.hireloop.adapter.out.persistence.jdbi;

import dev.hireloop.adapter.out.persistence.internal.EventJson;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.port.out.events.EventDeliveries;
import dev.hireloop.port.out.events.EventOutbox;
import dev.hireloop.port.out.persistence.ApiTokenRepository;
import dev.hireloop.port.out.persistence.AuditLog;
import dev.hireloop.port.out.persistence.AvailabilityRepository;
import dev.hireloop.port.out.persistence.BookingRepository;
import dev.hireloop.port.out.persistence.CvRepository;
import dev.hireloop.port.out.persistence.EmailRepository;
import dev.hireloop.port.out.persistence.EventTypeRepository;
import dev.hireloop.port.out.persistence.JobRepository;
import dev.hireloop.port.out.persistence.MatchRepository;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.port.out.persistence.ProfileRepository;
import dev.hireloop.port.out.persistence.RecruiterRepository;
import dev.hireloop.port.out.persistence.Transactions;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Hireloop's storage on a relational database through Jdbi: H2 (in PostgreSQL mode, the embedded default) or
 * PostgreSQL. The host owns the {@link DataSource} (and its pool) and runs {@link HireloopSchema#migrate} first;
 * nothing here migrates, reads configuration or opens a connection until it is used.
 *
 * <p>Every statement names its tables as {@code <schema>.table}, so the host's {@code search_path} never matters.
 * All repositories share one {@link Jdbi} and one {@link Transactions}: calls made inside
 * {@code transactions().inTransaction(…)} on the same thread run in that transaction. A write that fails inside a
 * transaction (for example a {@code ConflictException}) is undone on its own through a savepoint, leaving the
 * transaction usable. Failures reach callers only as Hireloop exceptions: {@code ConflictException} for stale
 * versions, duplicates and concurrent changes, {@code ExternalServiceException} ({@code database.unavailable},
 * {@code database.error}) for the rest. Thread-safe.
 *
 * <p>The bookings table is the scheduling conflict ledger (see {@code BookingRepository}): on PostgreSQL an
 * exclusion constraint refuses overlapping held ranges, on H2 the saves of one recruiter's holding bookings take
 * turns on a row lock and check for overlaps. H2 relies on its default READ COMMITTED isolation for that check,
 * and on a lock timeout long enough for the savers queued behind one recruiter (the server sets
 * {@code LOCK_TIMEOUT=10000} in its H2 URL; a save that times out is {@code booking.busy}).
 */
public final class JdbiPersistence implements Persistence {
  private final DataSource dataSource;
  private final Database database;
  private final Transactions transactions;
  private final RecruiterRepository recruiters;
  private final ApiTokenRepository apiTokens;
  private final JobRepository jobs;
  private final ProfileRepository profiles;
  private final BookingRepository bookings;
  private final AvailabilityRepository availabilities;
  private final EventTypeRepository eventTypes;
  private final EmailRepository emails;
  private final CvRepository cvs;
  private final MatchRepository matches;
  private final AuditLog auditLog;
  private final EventOutbox eventOutbox;
  private final EventDeliveries eventDeliveries;

  private JdbiPersistence(DataSource dataSource, String schema) {
    this.dataSource = dataSource;
    this.database = new Database(Database.configure(Jdbi.create(dataSource), schema), schema);
    EventJson json = EventJson.create();
    this.transactions = new JdbiTransactions(database.jdbi());
    this.recruiters = new JdbiRecruiterRepository(database);
    this.apiTokens = new JdbiApiTokenRepository(database);
    this.jobs = new JdbiJobRepository(database);
    this.profiles = new JdbiProfileRepository(database);
    this.bookings = new JdbiBookingRepository(database);
    this.availabilities = new JdbiAvailabilityRepository(database);
    this.eventTypes = new JdbiEventTypeRepository(database);
    this.emails = new JdbiEmailRepository(database);
    this.cvs = new JdbiCvRepository(database);
    this.matches = new JdbiMatchRepository(database);
    this.auditLog = new JdbiAuditLog(database, json);
    this.eventOutbox = new JdbiEventOutbox(database, json);
    this.eventDeliveries = new JdbiEventDeliveries(database);
  }

  /** Storage in the default schema ({@value HireloopSchema#DEFAULT_SCHEMA}). */
  public static JdbiPersistence create(DataSource dataSource) {
    return create(dataSource, HireloopSchema.DEFAULT_SCHEMA);
  }

  /** Storage in {@code schema}, a plain lower-case identifier that {@link HireloopSchema#migrate} has set up. */
  public static JdbiPersistence create(DataSource dataSource, String schema) {
    Check.notNull(dataSource, "dataSource");
    return new JdbiPersistence(dataSource, HireloopSchema.checkName(schema));
  }

  /**
   * The configured Jdbi (with the {@code schema} define and UTC instant mapping), for components that share the
   * transactions, such as the event dispatcher.
   */
  public Jdbi jdbi() {
    return database.jdbi();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public String schema() {
    return database.schema();
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public RecruiterRepository recruiters() {
    return recruiters;
  }

  @Override
  public ApiTokenRepository apiTokens() {
    return apiTokens;
  }

  @Override
  public JobRepository jobs() {
    return jobs;
  }

  @Override
  public ProfileRepository profiles() {
    return profiles;
  }

  @Override
  public BookingRepository bookings() {
    return bookings;
  }

  @Override
  public AvailabilityRepository availabilities() {
    return availabilities;
  }

  @Override
  public EventTypeRepository eventTypes() {
    return eventTypes;
  }

  @Override
  public EmailRepository emails() {
    return emails;
  }

  @Override
  public CvRepository cvs() {
    return cvs;
  }

  @Override
  public MatchRepository matches() {
    return matches;
  }

  @Override
  public AuditLog auditLog() {
    return auditLog;
  }

  @Override
  public EventOutbox eventOutbox() {
    return eventOutbox;
  }

  @Override
  public EventDeliveries eventDeliveries() {
    return eventDeliveries;
  }

  @Override
  public String toString() {
    return "JdbiPersistence[schema=" + database.schema() + "]";
  }
}
