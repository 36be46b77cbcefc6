package dev.hireloop.port.in.events;

/** Parks a delivery that exhausted its retries as a dead letter. */
public interface RecordDeadLetterUseCase {
  void record(RecordDeadLetterCommand command);
}
