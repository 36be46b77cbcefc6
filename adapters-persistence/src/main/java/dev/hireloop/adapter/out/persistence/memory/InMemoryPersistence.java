package dev.hireloop.adapter.out.persistence.memory;

import dev.hireloop.adapter.out.persistence.internal.EventJson;
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

/**
 * Hireloop's storage in memory: for tests, demos and embedders who persist nothing. It passes the same port
 * contracts as the database adapters: versions, uniqueness, ordering, microsecond instants, and real transactions
 * (all-or-nothing, nested calls join, nobody sees uncommitted changes).
 *
 * <p>Transactions are serialised by one lock over the whole store, held from start to end; every call outside a
 * transaction is a short transaction of its own. That is simple and safe, but a long transaction makes every other
 * thread wait, so keep slow work (network calls) outside {@code inTransaction}. Data is lost when the JVM exits.
 * Thread-safe.
 */
public final class InMemoryPersistence implements Persistence {
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

  private InMemoryPersistence() {
    MemoryStore store = new MemoryStore();
    EventJson json = EventJson.create();
    this.transactions = new InMemoryTransactions(store);
    this.recruiters = new InMemoryRecruiterRepository(store);
    this.apiTokens = new InMemoryApiTokenRepository(store);
    this.jobs = new InMemoryJobRepository(store);
    this.profiles = new InMemoryProfileRepository(store);
    this.bookings = new InMemoryBookingRepository(store);
    this.availabilities = new InMemoryAvailabilityRepository(store);
    this.eventTypes = new InMemoryEventTypeRepository(store);
    this.emails = new InMemoryEmailRepository(store);
    this.cvs = new InMemoryCvRepository(store);
    this.matches = new InMemoryMatchRepository(store);
    this.auditLog = new InMemoryAuditLog(store);
    this.eventOutbox = new InMemoryEventOutbox(store, json);
    this.eventDeliveries = new InMemoryEventDeliveries(store);
  }

  /** A new, empty store. */
  public static InMemoryPersistence create() {
    return new InMemoryPersistence();
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
}
