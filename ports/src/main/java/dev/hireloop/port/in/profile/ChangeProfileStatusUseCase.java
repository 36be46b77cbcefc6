package dev.hireloop.port.in.profile;

/** Moves a profile in the pipeline. @throws dev.hireloop.domain.shared.IllegalTransitionException for a move the pipeline does not allow */
public interface ChangeProfileStatusUseCase {
  ProfileView change(ChangeProfileStatusCommand command);
}
