/**
 * The candidate's side of scheduling, used without an account: a job's public scheduling page (seed 000's
 * {@code /schedule-interview/{jobId}}) and the manage link that comes with every booked interview (see the
 * confirmation page and the candidate's e-mails), through which the candidate downloads the calendar file,
 * reschedules or cancels. The manage token is the credential: whoever holds it may act on that one booking.
 */
package dev.hireloop.port.in.candidate;
