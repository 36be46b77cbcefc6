package dev.hireloop.adapter.in.http;

/** The optional body of a cancel: why (at most 500 characters; shown to the recruiter, never logged). */
record CancelBookingRequest(String reason) {}
