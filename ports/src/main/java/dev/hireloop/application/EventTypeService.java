package dev.hireloop.application;

import dev.hireloop.domain.audit.Actor;
import dev.hireloop.domain.scheduling.EventType;
import dev.hireloop.domain.scheduling.EventTypeId;
import dev.hireloop.domain.scheduling.InterviewTemplate;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.in.scheduling.CreateEventTypeUseCase;
import dev.hireloop.port.in.scheduling.DeleteEventTypeUseCase;
import dev.hireloop.port.in.scheduling.EventTypeView;
import dev.hireloop.port.in.scheduling.GetEventTypeUseCase;
import dev.hireloop.port.in.scheduling.ListEventTypesUseCase;
import dev.hireloop.port.in.scheduling.UpdateEventTypeCommand;
import dev.hireloop.port.in.scheduling.UpdateEventTypeUseCase;
import dev.hireloop.port.out.persistence.EventTypeRepository;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Interview templates (event types), scoped to their recruiter: another recruiter's template is
 * {@code event-type.not-found}. Every recruiter has at least one, the original
 * {@link InterviewTemplate#defaultInterview()}. Stateless and thread-safe.
 */
final class EventTypeService implements CreateEventTypeUseCase, UpdateEventTypeUseCase, DeleteEventTypeUseCase,
    GetEventTypeUseCase, ListEventTypesUseCase {
  private final ServiceContext context;

  EventTypeService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public EventTypeView create(RecruiterId recruiterId, InterviewTemplate template) {
    return context.inTransaction(() -> {
      context.recruiter(recruiterId);
      // counted before the insert: two concurrent creates at the limit may both pass, which costs nothing
      if (repository().listByRecruiter(recruiterId).size() >= EventType.MAX_PER_RECRUITER) {
        throw new RuleViolationException("event-type.limit",
            "a recruiter keeps at most " + EventType.MAX_PER_RECRUITER + " interview templates");
      }
      Instant now = context.now();
      EventType saved = repository().save(EventType.create(new EventTypeId(context.newId()), recruiterId, template,
          now));
      audit(saved, "event-type.created", now);
      return EventTypeView.from(saved);
    });
  }

  @Override
  public EventTypeView update(UpdateEventTypeCommand command) {
    return context.inTransaction(() -> {
      EventType current = owned(command.recruiterId(), command.eventTypeId());
      ServiceContext.expectVersion(command.expectedVersion(), current.version(), "event-type");
      Instant now = context.now();
      EventType saved = repository().save(current.update(command.template(), now));
      audit(saved, "event-type.updated", now);
      return EventTypeView.from(saved);
    });
  }

  @Override
  public void delete(RecruiterId recruiterId, EventTypeId eventTypeId) {
    context.persistence().transactions().run(() -> {
      EventType current = owned(recruiterId, eventTypeId);
      if (repository().listByRecruiter(recruiterId).size() <= 1) {
        throw new RuleViolationException("event-type.last", "a recruiter keeps at least one interview template");
      }
      repository().delete(current.id());
      audit(current, "event-type.deleted", context.now());
    });
  }

  @Override
  public EventTypeView get(RecruiterId recruiterId, EventTypeId eventTypeId) {
    return EventTypeView.from(owned(recruiterId, eventTypeId));
  }

  @Override
  public List<EventTypeView> list(RecruiterId recruiterId) {
    context.recruiter(recruiterId);
    return ensureOriginal(recruiterId).stream().map(EventTypeView::from).toList();
  }

  /** The recruiter's template, or {@code event-type.not-found} (also for another recruiter's). */
  EventType owned(RecruiterId recruiterId, EventTypeId eventTypeId) {
    return repository().findById(eventTypeId)
        .filter(eventType -> eventType.recruiterId().equals(recruiterId))
        .orElseThrow(() -> new NotFoundException("event-type.not-found", "no interview template " + eventTypeId));
  }

  /** The recruiter's first (original) template, created if the recruiter has none. The recruiter must exist. */
  EventType first(RecruiterId recruiterId) {
    return ensureOriginal(recruiterId).get(0);
  }

  /**
   * The recruiter's templates, oldest first; for a recruiter made before templates existed, the original one is
   * created first. Its id is derived from the recruiter's, so two requests racing to create it insert the same row
   * and the loser's insert fails instead of adding a second original.
   */
  private List<EventType> ensureOriginal(RecruiterId recruiterId) {
    List<EventType> existing = repository().listByRecruiter(recruiterId);
    if (!existing.isEmpty()) {
      return existing;
    }
    try {
      context.inTransaction(() -> repository().save(original(recruiterId, context.now())));
    } catch (ConflictException raced) {
      // another request created it meanwhile: the listing below finds theirs
    }
    return repository().listByRecruiter(recruiterId);
  }

  /** The template every recruiter starts with; saved with the recruiter, in the same transaction. */
  static EventType original(RecruiterId recruiterId, Instant now) {
    return EventType.create(originalId(recruiterId), recruiterId, InterviewTemplate.defaultInterview(), now);
  }

  private static EventTypeId originalId(RecruiterId recruiterId) {
    byte[] name = ("hireloop:original-event-type:" + recruiterId.value()).getBytes(StandardCharsets.UTF_8);
    return new EventTypeId(UUID.nameUUIDFromBytes(name));
  }

  private EventTypeRepository repository() {
    return context.persistence().eventTypes();
  }

  private void audit(EventType eventType, String action, Instant now) {
    context.audit(eventType.recruiterId(), Actor.recruiter(eventType.recruiterId()), action, "event-type",
        eventType.id(), now, Map.of());
  }
}
