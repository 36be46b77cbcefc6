package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.recruiter.RecruiterView;
import java.time.Instant;

record RecruiterResponse(String id, String name, String email, String timeZone, String status, Instant createdAt,
    Instant updatedAt, long version) {
  static RecruiterResponse from(RecruiterView view) {
    return new RecruiterResponse(view.id().toString(), view.name(), view.email().value(), view.timeZone().getId(),
        WireEnums.toWire(view.status()), view.createdAt(), view.updatedAt(), view.version());
  }
}
