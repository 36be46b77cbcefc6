package dev.hireloop.application;

import static dev.hireloop.application.EventServiceFixtures.ALICE;
import static dev.hireloop.application.EventServiceFixtures.CLOCK;
import static dev.hireloop.application.EventServiceFixtures.NOW;
import static dev.hireloop.application.EventServiceFixtures.jobPosted;
import static dev.hireloop.application.EventServiceFixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.job.JobPosted;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.in.events.DeliverEventCommand;
import dev.hireloop.port.in.events.DeliveryOutcome;
import dev.hireloop.port.out.events.DeadLetter;
import dev.hireloop.port.out.events.EventHandler;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliverEventServiceTest {
  private final FakeEventStore store = new FakeEventStore();

  private DeliverEventService serviceWith(EventHandler... handlers) {
    return new DeliverEventService(store, store, store, List.of(handlers), CLOCK);
  }

  @Test
  void runs_the_handler_and_marks_the_pair_processed_in_one_commit() {
    RecordingHandler handler = RecordingHandler.takingEverything("workflow.notify");
    JobPosted event = jobPosted(ALICE);
    store.append(List.of(event));
    int commitsBefore = store.commits();

    DeliveryOutcome outcome = serviceWith(handler).deliver(new DeliverEventCommand(event.eventId(), "workflow.notify"));

    assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered());
    assertThat(handler.attempted()).containsExactly(event.eventId());
    assertThat(store.isProcessed(event.eventId(), "workflow.notify")).isTrue();
    assertThat(store.commits()).isEqualTo(commitsBefore + 1);
  }

  @Test
  void stores_the_processed_time_at_microsecond_precision() {
    JobPosted event = jobPosted(ALICE);
    store.append(List.of(event));

    serviceWith(RecordingHandler.takingEverything("h")).deliver(new DeliverEventCommand(event.eventId(), "h"));

    assertThat(store.processedAt(event.eventId(), "h")).contains(NOW.truncatedTo(ChronoUnit.MICROS));
  }

  @Test
  void does_not_run_the_handler_again_for_a_redelivered_event() {
    RecordingHandler handler = RecordingHandler.takingEverything("h");
    JobPosted event = jobPosted(ALICE);
    store.append(List.of(event));
    DeliverEventService service = serviceWith(handler);
    service.deliver(new DeliverEventCommand(event.eventId(), "h"));

    DeliveryOutcome again = service.deliver(new DeliverEventCommand(event.eventId(), "h"));

    assertThat(again).isEqualTo(new DeliveryOutcome.AlreadyProcessed());
    assertThat(handler.attempted()).hasSize(1);
  }

  @Test
  void a_failing_handler_rolls_back_its_processed_mark_and_the_next_attempt_delivers() {
    RecordingHandler handler = RecordingHandler.takingEverything("h").failingTimes(1);
    JobPosted event = jobPosted(ALICE);
    store.append(List.of(event));
    DeliverEventService service = serviceWith(handler);

    assertThatThrownBy(() -> service.deliver(new DeliverEventCommand(event.eventId(), "h")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("failed on purpose");
    assertThat(store.isProcessed(event.eventId(), "h")).isFalse();

    DeliveryOutcome retry = service.deliver(new DeliverEventCommand(event.eventId(), "h"));

    assertThat(retry).isEqualTo(new DeliveryOutcome.Delivered());
    assertThat(handler.attempted()).hasSize(2);
    assertThat(store.isProcessed(event.eventId(), "h")).isTrue();
  }

  @Test
  void marks_an_event_the_handler_does_not_take_without_running_it() {
    RecordingHandler handler = new RecordingHandler("only-recruiters", e -> false);
    JobPosted event = jobPosted(ALICE);
    store.append(List.of(event));

    DeliveryOutcome outcome = serviceWith(handler).deliver(new DeliverEventCommand(event.eventId(), "only-recruiters"));

    assertThat(outcome).isEqualTo(new DeliveryOutcome.NotApplicable());
    assertThat(handler.attempted()).isEmpty();
    assertThat(store.isProcessed(event.eventId(), "only-recruiters")).isTrue();
  }

  @Test
  void answers_unknown_for_an_event_that_is_not_in_the_outbox() {
    RecordingHandler handler = RecordingHandler.takingEverything("h");

    DeliveryOutcome outcome = serviceWith(handler).deliver(new DeliverEventCommand(uniqueId(), "h"));

    assertThat(outcome).isInstanceOf(DeliveryOutcome.Unknown.class);
    assertThat(((DeliveryOutcome.Unknown) outcome).reason()).contains("outbox");
    assertThat(handler.attempted()).isEmpty();
  }

  @Test
  void answers_unknown_for_a_handler_that_is_not_registered() {
    JobPosted event = jobPosted(ALICE);
    store.append(List.of(event));

    DeliveryOutcome outcome = serviceWith(RecordingHandler.takingEverything("h"))
        .deliver(new DeliverEventCommand(event.eventId(), "removed-rule"));

    assertThat(outcome).isInstanceOf(DeliveryOutcome.Unknown.class);
    assertThat(((DeliveryOutcome.Unknown) outcome).reason()).contains("removed-rule");
    assertThat(store.isProcessed(event.eventId(), "removed-rule")).isFalse();
  }

  @Test
  void a_successful_delivery_removes_an_obsolete_dead_letter_of_the_pair() {
    JobPosted event = jobPosted(ALICE);
    store.append(List.of(event));
    store.run(() -> store.recordDeadLetter(
        new DeadLetter(event.eventId(), "JobPosted", ALICE, "h", 5, "IllegalStateException: boom", NOW)));

    serviceWith(RecordingHandler.takingEverything("h")).deliver(new DeliverEventCommand(event.eventId(), "h"));

    assertThat(store.findDeadLetter(event.eventId(), "h")).isEmpty();
  }

  @Test
  void a_failing_delivery_keeps_the_dead_letter_of_the_pair() {
    JobPosted event = jobPosted(ALICE);
    store.append(List.of(event));
    DeadLetter deadLetter = new DeadLetter(event.eventId(), "JobPosted", ALICE, "h", 5, "boom", NOW);
    store.run(() -> store.recordDeadLetter(deadLetter));
    DeliverEventService service = serviceWith(RecordingHandler.takingEverything("h").failingTimes(1));

    assertThatThrownBy(() -> service.deliver(new DeliverEventCommand(event.eventId(), "h")))
        .isInstanceOf(IllegalStateException.class);

    assertThat(store.findDeadLetter(event.eventId(), "h")).contains(deadLetter);
  }

  @Test
  void rejects_two_handlers_with_the_same_name() {
    assertThatThrownBy(() -> serviceWith(RecordingHandler.takingEverything("h"),
        RecordingHandler.takingEverything("h")))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("event.handler-duplicate");
  }
}
