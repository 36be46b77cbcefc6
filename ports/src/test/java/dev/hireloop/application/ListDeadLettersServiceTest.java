package dev.hireloop.application;

import static dev.hireloop.application.EventServiceFixtures.ALICE;
import static dev.hireloop.application.EventServiceFixtures.BOB;
import static dev.hireloop.application.EventServiceFixtures.NOW;
import static dev.hireloop.application.EventServiceFixtures.jobPosted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.job.JobPosted;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.port.in.events.DeadLetterView;
import dev.hireloop.port.out.events.DeadLetter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListDeadLettersServiceTest {
  private final FakeEventStore store = new FakeEventStore();
  private final ListDeadLettersService service = new ListDeadLettersService(store);

  @Test
  void lists_only_the_recruiters_own_dead_letters_newest_first_as_views() {
    DeadLetter older = deadLetter(ALICE, "a", NOW.minusSeconds(10));
    DeadLetter newer = deadLetter(ALICE, "b", NOW);
    deadLetter(BOB, "c", NOW);

    Page<DeadLetterView> page = service.list(ALICE, PageRequest.first(10));

    assertThat(page.items()).containsExactly(DeadLetterView.from(newer), DeadLetterView.from(older));
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void pages_through_the_dead_letters() {
    deadLetter(ALICE, "a", NOW.minusSeconds(2));
    deadLetter(ALICE, "b", NOW.minusSeconds(1));
    DeadLetter oldest = deadLetter(ALICE, "c", NOW.minusSeconds(3));

    Page<DeadLetterView> second = service.list(ALICE, new PageRequest(2, 2));

    assertThat(second.items()).containsExactly(DeadLetterView.from(oldest));
    assertThat(second.hasMore()).isFalse();
  }

  private DeadLetter deadLetter(RecruiterId recruiter, String handler, Instant failedAt) {
    JobPosted event = jobPosted(recruiter);
    store.append(List.of(event));
    DeadLetter deadLetter = new DeadLetter(event.eventId(), event.eventType(), recruiter, handler, 5, "boom",
        failedAt);
    store.run(() -> store.recordDeadLetter(deadLetter));
    return deadLetter;
  }
}
