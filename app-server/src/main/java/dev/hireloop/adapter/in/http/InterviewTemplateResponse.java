package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.port.in.scheduling.EventTypeView;
import java.time.Instant;

/** One interview template (an "event type"): what a candidate books, how long it lasts and where it happens. */
record InterviewTemplateResponse(String id, String name, long durationMinutes, String description,
    String locationKind, String locationDetail, Instant createdAt, Instant updatedAt, long version) {

  static InterviewTemplateResponse from(EventTypeView view) {
    InterviewTemplate template = view.template();
    return new InterviewTemplateResponse(view.id().toString(), template.name(), template.duration().toMinutes(),
        template.description(), WireEnums.toWire(template.locationKind()), template.locationDetail(),
        view.createdAt(), view.updatedAt(), view.version());
  }
}
