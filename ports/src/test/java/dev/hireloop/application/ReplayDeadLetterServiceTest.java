package dev.hireloop.application;

import static dev.hireloop.application.EventServiceFixtures.ALICE;
import static dev.hireloop.application.EventServiceFixtures.BOB;
import static dev.hireloop.application.EventServiceFixtures.NOW;
import static dev.hireloop.application.EventServiceFixtures.jobPosted;
import static dev.hireloop.application.EventServiceFixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.job.JobPosted;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.port.in.events.ReplayDeadLetterCommand;
import dev.hireloop.port.out.events.DeadLetter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplayDeadLetterServiceTest {
  private final FakeEventStore store = new FakeEventStore();
  private final ReplayDeadLetterService service = new ReplayDeadLetterService(store, store, store);

  @Test
  void removes_the_dead_letter_and_hands_the_event_to_the_dispatcher_again() {
    JobPosted event = dispatchedEventWithDeadLetter("h");

    service.replay(new ReplayDeadLetterCommand(ALICE, event.eventId(), "h"));

    assertThat(store.findDeadLetter(event.eventId(), "h")).isEmpty();
    assertThat(store.fetchUndispatched(10)).extracting(stored -> stored.event().eventId())
        .containsExactly(event.eventId());
  }

  @Test
  void does_not_reveal_or_replay_another_recruiters_dead_letter() {
    JobPosted event = dispatchedEventWithDeadLetter("h");

    assertThatThrownBy(() -> service.replay(new ReplayDeadLetterCommand(BOB, event.eventId(), "h")))
        .isInstanceOf(NotFoundException.class)
        .extracting(e -> ((NotFoundException) e).code()).isEqualTo("dead-letter.not-found");
    assertThat(store.findDeadLetter(event.eventId(), "h")).isPresent();
    assertThat(store.fetchUndispatched(10)).isEmpty();
  }

  @Test
  void rejects_an_unknown_dead_letter() {
    JobPosted event = dispatchedEventWithDeadLetter("h");

    assertThatThrownBy(() -> service.replay(new ReplayDeadLetterCommand(ALICE, event.eventId(), "other")))
        .isInstanceOf(NotFoundException.class)
        .extracting(e -> ((NotFoundException) e).code()).isEqualTo("dead-letter.not-found");
    assertThat(store.fetchUndispatched(10)).isEmpty();
  }

  @Test
  void keeps_a_dead_letter_whose_event_is_no_longer_in_the_outbox() {
    UUID missingEvent = uniqueId();
    DeadLetter orphan = new DeadLetter(missingEvent, "JobPosted", ALICE, "h", 5, "boom", NOW);
    store.run(() -> store.recordDeadLetter(orphan));

    assertThatThrownBy(() -> service.replay(new ReplayDeadLetterCommand(ALICE, missingEvent, "h")))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.findDeadLetter(missingEvent, "h")).contains(orphan);
  }

  private JobPosted dispatchedEventWithDeadLetter(String handler) {
    JobPosted event = jobPosted(ALICE);
    store.append(List.of(event));
    store.markDispatched(List.of(event.eventId()), NOW);
    store.run(() -> store.recordDeadLetter(
        new DeadLetter(event.eventId(), event.eventType(), ALICE, handler, 5, "boom", NOW)));
    return event;
  }
}
