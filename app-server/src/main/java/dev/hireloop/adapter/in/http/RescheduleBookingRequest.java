package dev.hireloop.adapter.in.http;

/** {@code POST /api/bookings/{booking_id}/reschedule}: the new slot's start, and optionally why. */
record RescheduleBookingRequest(String start, String reason) {}
