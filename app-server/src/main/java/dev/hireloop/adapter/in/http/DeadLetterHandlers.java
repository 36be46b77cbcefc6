package dev.hireloop.adapter.in.http;

import dev.hireloop.port.in.events.ListDeadLettersUseCase;
import dev.hireloop.port.in.events.ReplayDeadLetterCommand;
import dev.hireloop.port.in.events.ReplayDeadLetterUseCase;
import io.javalin.http.Context;

/** {@code /api/events/dead-letters}: deliveries that gave up, and replaying one of them. */
final class DeadLetterHandlers {
  private final ListDeadLettersUseCase listDeadLetters;
  private final ReplayDeadLetterUseCase replayDeadLetter;

  DeadLetterHandlers(ListDeadLettersUseCase listDeadLetters, ReplayDeadLetterUseCase replayDeadLetter) {
    this.listDeadLetters = listDeadLetters;
    this.replayDeadLetter = replayDeadLetter;
  }

  void list(Context ctx) {
    ctx.json(PageResponse.from(
        listDeadLetters.list(Authentication.principal(ctx).recruiterId(), Requests.page(ctx)),
        DeadLetterResponse::from));
  }

  /** 202: the event is queued again; the dispatcher delivers it later, so there is nothing to return yet. */
  void replay(Context ctx) {
    replayDeadLetter.replay(new ReplayDeadLetterCommand(Authentication.principal(ctx).recruiterId(),
        Requests.pathId(ctx, "event_id"), ctx.pathParam("handler")));
    ctx.status(202);
  }
}
