package dev.hireloop.port.out.persistence;

import dev.hireloop.port.out.events.EventDeliveries;
import dev.hireloop.port.out.events.EventOutbox;

/**
 * One storage technology's set of driven ports, sharing one transaction manager: what {@code Hireloop.builder()
 * .persistence(…)} takes. Adapters: {@code InMemoryPersistence} and {@code JdbiPersistence} (H2, PostgreSQL).
 */
public interface Persistence {
  Transactions transactions();

  RecruiterRepository recruiters();

  ApiTokenRepository apiTokens();

  JobRepository jobs();

  ProfileRepository profiles();

  BookingRepository bookings();

  AvailabilityRepository availabilities();

  EventTypeRepository eventTypes();

  EmailRepository emails();

  /** CVs received for profiles: original documents and their parsed readings. */
  CvRepository cvs();

  MatchRepository matches();

  AuditLog auditLog();

  EventOutbox eventOutbox();

  EventDeliveries eventDeliveries();
}
