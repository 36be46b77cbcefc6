package dev.hireloop.port.in.events;

/** Removes a dead letter and requeues its event, so the dispatcher delivers it to that handler again. @throws dev.hireloop.domain.shared.NotFoundException for an unknown dead letter or another recruiter's */
public interface ReplayDeadLetterUseCase {
  void replay(ReplayDeadLetterCommand command);
}
