package dev.hireloop.port.in.job;

/** Closes a job: no more matching or booking. */
public interface CloseJobUseCase {
  JobView close(ChangeJobStatusCommand command);
}
