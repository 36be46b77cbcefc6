package dev.hireloop.adapter.in.http;

import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.scheduling.CreateEventTypeUseCase;
import dev.hireloop.port.in.scheduling.DeleteEventTypeUseCase;
import dev.hireloop.port.in.scheduling.EventTypeView;
import dev.hireloop.port.in.scheduling.GetEventTypeUseCase;
import dev.hireloop.port.in.scheduling.ListEventTypesUseCase;
import dev.hireloop.port.in.scheduling.UpdateEventTypeCommand;
import dev.hireloop.port.in.scheduling.UpdateEventTypeUseCase;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.List;

/** {@code /api/interview-templates}: the kinds of interview a recruiter's candidates can book. */
final class InterviewTemplateHandlers {
  private final CreateEventTypeUseCase createTemplate;
  private final UpdateEventTypeUseCase updateTemplate;
  private final DeleteEventTypeUseCase deleteTemplate;
  private final GetEventTypeUseCase getTemplate;
  private final ListEventTypesUseCase listTemplates;

  InterviewTemplateHandlers(CreateEventTypeUseCase createTemplate, UpdateEventTypeUseCase updateTemplate,
      DeleteEventTypeUseCase deleteTemplate, GetEventTypeUseCase getTemplate, ListEventTypesUseCase listTemplates) {
    this.createTemplate = createTemplate;
    this.updateTemplate = updateTemplate;
    this.deleteTemplate = deleteTemplate;
    this.getTemplate = getTemplate;
    this.listTemplates = listTemplates;
  }

  /** Oldest first (the original template leads); the use case returns them all, so the page is cut here. */
  void list(Context ctx) {
    PageRequest page = Requests.page(ctx);
    List<EventTypeView> all = listTemplates.list(caller(ctx));
    List<InterviewTemplateResponse> items = all.stream().skip(page.offset()).limit(page.limit())
        .map(InterviewTemplateResponse::from).toList();
    ctx.json(new PageResponse<>(items, page.offset(), page.limit(), all.size()));
  }

  void create(Context ctx) {
    InterviewTemplateRequest request = Requests.body(ctx, InterviewTemplateRequest.class);
    EventTypeView created = createTemplate.create(caller(ctx), request.toDomain());
    ctx.status(201).header(Header.LOCATION, "/api/interview-templates/" + created.id());
    respond(ctx, created);
  }

  void get(Context ctx) {
    respond(ctx, getTemplate.get(caller(ctx), templateId(ctx)));
  }

  void update(Context ctx) {
    EventTypeId templateId = templateId(ctx);
    InterviewTemplateRequest request = Requests.body(ctx, InterviewTemplateRequest.class);
    respond(ctx, updateTemplate.update(new UpdateEventTypeCommand(caller(ctx), templateId, request.toDomain(),
        Requests.ifMatch(ctx))));
  }

  void delete(Context ctx) {
    deleteTemplate.delete(caller(ctx), templateId(ctx));
    ctx.status(204);
  }

  private static EventTypeId templateId(Context ctx) {
    return new EventTypeId(Requests.pathId(ctx, "template_id"));
  }

  private static RecruiterId caller(Context ctx) {
    return Authentication.principal(ctx).recruiterId();
  }

  private static void respond(Context ctx, EventTypeView view) {
    Requests.etag(ctx, view.version());
    ctx.json(InterviewTemplateResponse.from(view));
  }
}
