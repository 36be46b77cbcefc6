package dev.hireloop.adapter.in.http;

/**
 * {@code POST /api/bookings}: the recruiter books one of their offered slots for a candidate directly.
 * {@code template_id} defaults to the original template; {@code timezone} (the candidate's) to the profile's
 * zone, else the recruiter's.
 */
record BookSlotRequest(String profileId, String templateId, String start, String timezone) {}
