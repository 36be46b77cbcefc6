package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.events.DeadLetterView;
import java.time.Instant;

/** A delivery that gave up: which event, which handler, how often it was tried and the last error's class. */
record DeadLetterResponse(String eventId, String eventType, String handler, int attempts, String lastError,
    Instant failedAt) {
  static DeadLetterResponse from(DeadLetterView view) {
    return new DeadLetterResponse(view.eventId().toString(), view.eventType(), view.handler(), view.attempts(),
        view.lastError(), view.failedAt());
  }
}
