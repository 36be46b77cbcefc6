package dev.hireloop.domain.profile;

/** How a profile entered the system. */
public enum ProfileSource {
  MANUAL,
  CV,
  LINKEDIN,
  IMPORT,
  BOOKING_PAGE
}
