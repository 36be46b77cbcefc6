package dev.hireloop.port.in.scheduling;

/**
 * Seed 000's interview-management filters. {@code UPCOMING}: confirmed and not yet ended. {@code TODAY}: starting
 * on the recruiter's current date in the recruiter's zone, not cancelled. {@code COMPLETED}: marked completed or
 * no-show, or confirmed and already ended. {@code ALL}: every booking with a slot, cancelled ones included.
 */
public enum InterviewFilter {
  UPCOMING,
  TODAY,
  COMPLETED,
  ALL
}
