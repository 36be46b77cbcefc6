package dev.hireloop.testing;

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
import java.util.Objects;

/**
 * A store that hands every repository of {@code store} through unchanged; a test overrides the one it wants to
 * misbehave (a look-up that misses, a write that fails) and keeps the real transactions for the rest.
 */
public abstract class ForwardingPersistence implements Persistence {
  protected final Persistence store;

  protected ForwardingPersistence(Persistence store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Transactions transactions() {
    return store.transactions();
  }

  @Override
  public RecruiterRepository recruiters() {
    return store.recruiters();
  }

  @Override
  public ApiTokenRepository apiTokens() {
    return store.apiTokens();
  }

  @Override
  public JobRepository jobs() {
    return store.jobs();
  }

  @Override
  public ProfileRepository profiles() {
    return store.profiles();
  }

  @Override
  public BookingRepository bookings() {
    return store.bookings();
  }

  @Override
  public AvailabilityRepository availabilities() {
    return store.availabilities();
  }

  @Override
  public EventTypeRepository eventTypes() {
    return store.eventTypes();
  }

  @Override
  public EmailRepository emails() {
    return store.emails();
  }

  @Override
  public CvRepository cvs() {
    return store.cvs();
  }

  @Override
  public MatchRepository matches() {
    return store.matches();
  }

  @Override
  public AuditLog auditLog() {
    return store.auditLog();
  }

  @Override
  public EventOutbox eventOutbox() {
    return store.eventOutbox();
  }

  @Override
  public EventDeliveries eventDeliveries() {
    return store.eventDeliveries();
  }
}
