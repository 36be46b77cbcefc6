package dev.hireloop.application;

import static dev.hireloop.application.EventServiceFixtures.ALICE;
import static dev.hireloop.application.EventServiceFixtures.CLOCK;
import static dev.hireloop.application.EventServiceFixtures.NOW;
import static dev.hireloop.application.EventServiceFixtures.jobPosted;
import static dev.hireloop.application.EventServiceFixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.job.JobPosted;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.port.in.events.RecordDeadLetterCommand;
import dev.hireloop.port.out.events.DeadLetter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordDeadLetterServiceTest {
  private final FakeEventStore store = new FakeEventStore();
  private final RecordDeadLetterService service = new RecordDeadLetterService(store, store, store, CLOCK);

  @Test
  void records_the_event_type_and_recruiter_of_the_stored_event() {
    JobPosted event = jobPosted(ALICE);
    store.append(List.of(event));

    service.record(new RecordDeadLetterCommand(event.eventId(), "workflow.notify", 5,
        "java.lang.IllegalStateException: boom"));

    assertThat(store.findDeadLetter(event.eventId(), "workflow.notify")).contains(new DeadLetter(event.eventId(),
        "JobPosted", ALICE, "workflow.notify", 5, "java.lang.IllegalStateException: boom",
        NOW.truncatedTo(ChronoUnit.MICROS)));
  }

  @Test
  void replaces_control_characters_that_a_dead_letter_refuses() {
    JobPosted event = jobPosted(ALICE);
    store.append(List.of(event));

    service.record(new RecordDeadLetterCommand(event.eventId(), "h", 3, "bad\u0000byte\u001b[31m\nnext line"));

    assertThat(store.findDeadLetter(event.eventId(), "h")).get()
        .extracting(DeadLetter::lastError).isEqualTo("bad byte [31m\nnext line");
  }

  @Test
  void rejects_a_dead_letter_for_an_event_that_is_not_in_the_outbox() {
    RecordDeadLetterCommand command = new RecordDeadLetterCommand(uniqueId(), "h", 5, "boom");

    assertThatThrownBy(() -> service.record(command))
        .isInstanceOf(NotFoundException.class)
        .extracting(e -> ((NotFoundException) e).code()).isEqualTo("event.not-found");
  }

  @Test
  void replaces_the_dead_letter_of_a_pair_that_gave_up_again() {
    JobPosted event = jobPosted(ALICE);
    store.append(List.of(event));
    service.record(new RecordDeadLetterCommand(event.eventId(), "h", 5, "first"));

    service.record(new RecordDeadLetterCommand(event.eventId(), "h", 5, "second"));

    assertThat(store.findDeadLetter(event.eventId(), "h")).get()
        .extracting(DeadLetter::lastError).isEqualTo("second");
  }
}
