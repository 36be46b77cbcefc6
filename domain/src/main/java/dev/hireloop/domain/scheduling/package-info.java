/**
 * Scheduling values (an interviewer's availability, interview templates) and the stateless slot engine that turns
 * them, with busy times and existing bookings, into bookable slots.
 */
package dev.hireloop.domain.scheduling;
