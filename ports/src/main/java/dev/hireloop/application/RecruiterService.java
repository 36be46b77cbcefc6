package dev.hireloop.application;

import dev.hireloop.domain.audit.Actor;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.recruiter.RecruiterCreated;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.recruiter.CreateRecruiterUseCase;
import dev.hireloop.port.in.recruiter.GetRecruiterUseCase;
import dev.hireloop.port.in.recruiter.ListRecruitersUseCase;
import dev.hireloop.port.in.recruiter.RecruiterView;
import dev.hireloop.port.in.recruiter.UpdateRecruiterCommand;
import dev.hireloop.port.in.recruiter.UpdateRecruiterUseCase;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Recruiter use cases. Stateless and thread-safe. */
final class RecruiterService
    implements CreateRecruiterUseCase, UpdateRecruiterUseCase, GetRecruiterUseCase, ListRecruitersUseCase {
  private final ServiceContext context;

  RecruiterService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public RecruiterView create(CreateRecruiterCommand command) {
    return RecruiterView.from(context.inTransaction(() -> createInTransaction(command, Actor.operator())));
  }

  /** Creates a recruiter; must run inside a transaction. */
  Recruiter createInTransaction(CreateRecruiterCommand command, Actor actor) {
    var recruiters = context.persistence().recruiters();
    if (recruiters.findByEmail(command.email()).isPresent()) {
      throw new ConflictException("recruiter.email-taken", "a recruiter with this e-mail already exists");
    }
    Instant now = context.now();
    Recruiter recruiter = recruiters.save(Recruiter.create(new RecruiterId(context.newId()), command.name(),
        command.email(), command.timeZone(), now));
    context.persistence().eventTypes().save(EventTypeService.original(recruiter.id(), now));
    context.publish(new RecruiterCreated(context.newId(), now, recruiter.id()));
    context.audit(recruiter.id(), actor, "recruiter.created", "recruiter", recruiter.id(), now, Map.of());
    return recruiter;
  }

  @Override
  public RecruiterView update(UpdateRecruiterCommand command) {
    return context.inTransaction(() -> {
      var recruiters = context.persistence().recruiters();
      Recruiter current = load(command.recruiterId());
      ServiceContext.expectVersion(command.expectedVersion(), current.version(), "recruiter");
      command.email().filter(email -> !email.equals(current.email())).ifPresent(email -> {
        if (recruiters.findByEmail(email).isPresent()) {
          throw new ConflictException("recruiter.email-taken", "a recruiter with this e-mail already exists");
        }
      });
      Instant now = context.now();
      Recruiter changed = recruiters.save(current.rename(command.name().orElse(current.name()),
          command.email().orElse(current.email()), command.timeZone().orElse(current.timeZone()), now));
      context.audit(changed.id(), Actor.recruiter(changed.id()), "recruiter.updated", "recruiter", changed.id(), now,
          Map.of());
      return RecruiterView.from(changed);
    });
  }

  @Override
  public RecruiterView get(RecruiterId recruiterId) {
    return RecruiterView.from(load(recruiterId));
  }

  @Override
  public List<RecruiterView> list() {
    return context.persistence().recruiters().listAll().stream().map(RecruiterView::from).toList();
  }

  private Recruiter load(RecruiterId id) {
    return context.persistence().recruiters().findById(id)
        .orElseThrow(() -> new NotFoundException("recruiter.not-found", "no recruiter " + id));
  }
}
