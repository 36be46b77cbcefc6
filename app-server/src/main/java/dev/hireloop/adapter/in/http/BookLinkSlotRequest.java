package dev.hireloop.adapter.in.http;

/**
 * {@code POST /scheduling/links/{token}/book}: the slot's {@code start} as offered, and optionally the candidate's
 * {@code timezone} (then also the booking's).
 */
record BookLinkSlotRequest(String start, String timezone) {}
