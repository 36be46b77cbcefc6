package dev.hireloop.adapter.out.persistence.scheduler;

import static dev.hireloop.adapter.out.persistence.scheduler.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.adapter.out.persistence.memory.InMemoryPersistence;
import dev.hireloop.application.EventUseCases;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.port.in.notification.ReminderOutcome;
import dev.hireloop.port.out.events.EventHandler;
import dev.hireloop.port.out.persistence.Persistence;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InMemoryEventDispatcherTest extends EventDispatcherScenarios {
  @Override
  protected Persistence newPersistence() {
    return InMemoryPersistence.create();
  }

  @Override
  protected AutoCloseable newDispatcher(List<EventHandler> handlers, EventUseCases useCases,
      EventDispatcherOptions options) {
    return new InMemoryEventDispatcher(handlers, persistence.eventOutbox(), useCases.deliverEvent(),
        useCases.recordDeadLetter(), limit -> 0, new InMemoryReminderSchedule(),
        bookingId -> new ReminderOutcome.Skipped("no reminders here"), fixtures.clock(), options);
  }

  @Override
  protected void start(AutoCloseable dispatcher) {
    ((InMemoryEventDispatcher) dispatcher).start();
  }

  @Test
  void delivers_on_daemon_threads_named_after_the_scheduler() {
    AtomicReference<Thread> deliveringThread = new AtomicReference<>();
    EventHandler spy = new EventHandler() {
      @Override
      public String name() {
        return "test.thread-spy";
      }

      @Override
      public boolean handles(DomainEvent event) {
        return true;
      }

      @Override
      public void handle(DomainEvent event) {
        deliveringThread.set(Thread.currentThread());
      }
    };
    appendJobPostings(1);
    startDispatcher(List.of(spy), FAST);

    waitUntil("a delivery", () -> deliveringThread.get() != null, () -> "none yet");

    assertThat(deliveringThread.get().getName()).startsWith("test-node-1-events-");
    assertThat(deliveringThread.get().isDaemon()).isTrue();
  }
}
