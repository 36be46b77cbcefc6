package dev.hireloop.application;

import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.port.out.events.EventHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** A handler that remembers every event it was asked to handle, and fails on demand. */
final class RecordingHandler implements EventHandler {
  private final String name;
  private final Predicate<DomainEvent> takes;
  private final List<UUID> attempted = new ArrayList<>();
  private int failuresLeft;

  RecordingHandler(String name, Predicate<DomainEvent> takes) {
    this.name = name;
    this.takes = takes;
  }

  static RecordingHandler takingEverything(String name) {
    return new RecordingHandler(name, event -> true);
  }

  RecordingHandler failingTimes(int failures) {
    failuresLeft = failures;
    return this;
  }

  /** Every call of {@code handle}, failed ones included. */
  List<UUID> attempted() {
    return List.copyOf(attempted);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean handles(DomainEvent event) {
    return takes.test(event);
  }

  @Override
  public void handle(DomainEvent event) {
    attempted.add(event.eventId());
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new IllegalStateException("handler " + name + " failed on purpose");
    }
  }
}
