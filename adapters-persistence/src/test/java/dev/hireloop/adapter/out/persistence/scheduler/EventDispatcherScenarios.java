package dev.hireloop.adapter.out.persistence.scheduler;

import static dev.hireloop.adapter.out.persistence.scheduler.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.application.EventUseCases;
import dev.hireloop.domain.audit.AuditEntry;
import dev.hireloop.domain.job.JobPosted;
import dev.hireloop.domain.recruiter.Recruiter;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.Page;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.in.events.DeadLetterView;
import dev.hireloop.port.in.events.ReplayDeadLetterCommand;
import dev.hireloop.port.out.events.EventHandler;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.testing.Fixtures;
import dev.hireloop.testing.SequentialIds;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every event dispatcher must do, run against each dispatcher over each store it supports. Effects are
 * audit entries written inside the delivery's transaction (see {@link EffectHandler}), so "exactly once" is
 * checked in the store, not in memory.
 */
abstract class EventDispatcherScenarios {
  /** Short intervals so that retries and polls happen within milliseconds. */
  static final EventDispatcherOptions FAST = EventDispatcherOptions.defaults()
      .withPollInterval(Duration.ofMillis(50))
      .withBatchSize(7)
      .withMaxAttempts(3)
      .withFirstRetryDelay(Duration.ofMillis(50))
      .withThreads(3)
      .withHeartbeatInterval(Duration.ofMillis(200))
      .withShutdownWait(Duration.ofSeconds(10))
      .withSchedulerName("test-node-1");

  private final Deque<AutoCloseable> closeAfterTest = new ArrayDeque<>();
  protected final Fixtures fixtures = new Fixtures();
  private final SequentialIds effectIds = new SequentialIds(0xEFFEC7L);
  protected Persistence persistence;
  protected RecruiterId recruiterId;
  /** The use cases of the dispatcher started last. */
  protected EventUseCases useCases;

  /** An isolated, empty store; resources it opens are handed to {@link #closeAfterTest}. */
  protected abstract Persistence newPersistence();

  /** A new, not yet started dispatcher over {@link #persistence}. */
  protected abstract AutoCloseable newDispatcher(List<EventHandler> handlers, EventUseCases useCases,
      EventDispatcherOptions options);

  /** Starts the dispatcher that {@link #newDispatcher} built. */
  protected abstract void start(AutoCloseable dispatcher);

  @BeforeEach
  void createStoreAndRecruiter() {
    persistence = newPersistence();
    Recruiter recruiter = fixtures.recruiter();
    persistence.transactions().run(() -> persistence.recruiters().save(recruiter));
    recruiterId = recruiter.id();
  }

  @AfterEach
  void closeEverything() throws Exception {
    Exception first = null;
    while (!closeAfterTest.isEmpty()) {
      try {
        closeAfterTest.pop().close();
      } catch (Exception e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /** Closed after the test, in reverse order of registration. */
  protected <T extends AutoCloseable> T closeAfterTest(T resource) {
    closeAfterTest.push(resource);
    return resource;
  }

  @Test
  void delivers_every_event_once_to_every_handler_that_takes_it() {
    EffectHandler all = handler("test.all", event -> true);
    EffectHandler jobsOnly = handler("test.jobs-only", event -> event instanceof JobPosted);
    List<DomainEvent> jobs = appendJobPostings(10);
    List<DomainEvent> others = append(List.of(fixtures.recruiterCreated(recruiterId),
        fixtures.recruiterCreated(recruiterId)));
    startDispatcher(List.of(all, jobsOnly), FAST);

    waitUntilEffects(all, 12);
    waitUntilEffects(jobsOnly, 10);

    assertThat(effectsOf(all)).containsOnlyKeys(ids(jobs, others)).allSatisfy((id, count) -> assertThat(count).isOne());
    assertThat(effectsOf(jobsOnly)).containsOnlyKeys(ids(jobs)).allSatisfy((id, count) -> assertThat(count).isOne());
    others.forEach(event -> assertThat(jobsOnly.attempts(event.eventId())).isZero());
    waitUntil("the outbox to be fully dispatched", () -> persistence.eventOutbox().fetchUndispatched(1).isEmpty(),
        () -> persistence.eventOutbox().fetchUndispatched(10).toString());
  }

  @Test
  void a_handler_that_fails_twice_then_succeeds_applies_its_effect_exactly_once_and_leaves_no_dead_letter() {
    EffectHandler flaky = handler("test.flaky", event -> true).failingFirstAttempts(2);
    List<DomainEvent> events = appendJobPostings(5);
    startDispatcher(List.of(flaky), FAST);

    waitUntilEffects(flaky, 5);

    assertThat(effectsOf(flaky)).containsOnlyKeys(ids(events)).allSatisfy((id, count) -> assertThat(count).isOne());
    events.forEach(event -> assertThat(flaky.attempts(event.eventId())).isEqualTo(3));
    assertThat(deadLetters()).isEmpty();
  }

  @Test
  void a_handler_that_always_fails_becomes_a_dead_letter_and_a_replay_after_the_fix_delivers_it_once() {
    EffectHandler failing = handler("test.failing", event -> true).broken(true);
    EffectHandler steady = handler("test.steady", event -> true);
    DomainEvent event = appendJobPostings(1).get(0);
    startDispatcher(List.of(failing, steady), FAST);

    waitUntil("a dead letter", () -> deadLetters().size() == 1, () -> deadLetters().toString());

    DeadLetterView deadLetter = deadLetters().get(0);
    assertThat(deadLetter.eventId()).isEqualTo(event.eventId());
    assertThat(deadLetter.eventType()).isEqualTo("JobPosted");
    assertThat(deadLetter.handler()).isEqualTo("test.failing");
    assertThat(deadLetter.attempts()).isEqualTo(FAST.maxAttempts());
    assertThat(deadLetter.lastError()).contains("IllegalStateException").contains("fails on purpose");
    assertThat(failing.attempts(event.eventId())).isEqualTo(FAST.maxAttempts());
    assertThat(effectsOf(failing)).isEmpty();
    waitUntilEffects(steady, 1);

    failing.broken(false);
    useCases.replayDeadLetter().replay(new ReplayDeadLetterCommand(recruiterId, event.eventId(), "test.failing"));

    waitUntilEffects(failing, 1);
    assertThat(effectsOf(failing)).containsExactly(Map.entry(event.eventId(), 1));
    assertThat(failing.attempts(event.eventId())).isEqualTo(FAST.maxAttempts() + 1);
    assertThat(deadLetters()).isEmpty();
    assertThat(effectsOf(steady)).containsExactly(Map.entry(event.eventId(), 1));
  }

  @Test
  void a_new_dispatcher_delivers_everything_a_stopped_one_left_pending_exactly_once() throws Exception {
    restartWhileDelivering(40, Duration.ofMillis(40), FAST.withThreads(2));
  }

  @Test
  void a_new_dispatcher_takes_over_deliveries_that_a_hasty_stop_interrupted() throws Exception {
    restartWhileDelivering(12, Duration.ofMillis(150), FAST.withThreads(2).withShutdownWait(Duration.ZERO));
  }

  /** Stops a first dispatcher while deliveries are running and pending, then lets a new one finish the work. */
  private void restartWhileDelivering(int eventCount, Duration work, EventDispatcherOptions firstOptions)
      throws Exception {
    EffectHandler slow = handler("test.slow", event -> true).working(work);
    EffectHandler quick = handler("test.quick", event -> true);
    List<DomainEvent> events = appendJobPostings(eventCount);
    AutoCloseable first = startDispatcher(List.of(slow, quick), firstOptions);

    waitUntil("a few deliveries", () -> effectCount(slow) >= 3, () -> effectsOf(slow).toString());
    first.close();
    int deliveredBeforeStop = effectCount(slow);
    assertThat(deliveredBeforeStop).as("the stop left deliveries pending").isLessThan(events.size());

    startDispatcher(List.of(slow, quick), FAST.withSchedulerName("test-node-2"));

    waitUntilEffects(slow, events.size());
    waitUntilEffects(quick, events.size());
    assertThat(effectsOf(slow)).containsOnlyKeys(ids(events)).allSatisfy((id, count) -> assertThat(count).isOne());
    assertThat(effectsOf(quick)).containsOnlyKeys(ids(events)).allSatisfy((id, count) -> assertThat(count).isOne());
    assertThat(deadLetters()).isEmpty();
  }

  @Test
  void events_appended_in_a_transaction_that_rolls_back_are_never_delivered() {
    EffectHandler handler = handler("test.all", event -> true);
    JobPosted rolledBack = fixtures.jobPosted(recruiterId, fixtures.jobId());
    assertThatThrownBy(() -> persistence.transactions().run(() -> {
      persistence.eventOutbox().append(List.of(rolledBack));
      throw new IllegalStateException("the change fails after its event was appended");
    })).hasMessageContaining("the change fails");
    List<DomainEvent> committed = appendJobPostings(1);
    startDispatcher(List.of(handler), FAST);

    // The outbox is relayed in order, so once the later event is delivered the earlier one would have been too.
    waitUntilEffects(handler, 1);

    assertThat(effectsOf(handler)).containsOnlyKeys(ids(committed));
    assertThat(handler.attempts(rolledBack.eventId())).isZero();
    assertThat(persistence.eventOutbox().find(rolledBack.eventId())).isEmpty();
  }

  @Test
  void a_closed_dispatcher_cannot_be_started_again() throws Exception {
    AutoCloseable dispatcher = startDispatcher(List.of(handler("test.all", event -> true)), FAST);
    dispatcher.close();

    assertThatThrownBy(() -> start(dispatcher))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("event-dispatcher.closed");
  }

  // helpers

  protected AutoCloseable startDispatcher(List<EventHandler> handlers, EventDispatcherOptions options) {
    useCases = EventUseCases.over(persistence, handlers, fixtures.clock());
    AutoCloseable dispatcher = closeAfterTest(newDispatcher(handlers, useCases, options));
    start(dispatcher);
    return dispatcher;
  }

  protected EffectHandler handler(String name, Predicate<DomainEvent> takes) {
    return new EffectHandler(name, takes, persistence.auditLog(), effectIds, fixtures.clock());
  }

  protected List<DomainEvent> appendJobPostings(int count) {
    return append(IntStream.range(0, count)
        .<DomainEvent>mapToObj(i -> fixtures.jobPosted(recruiterId, fixtures.jobId()))
        .toList());
  }

  protected List<DomainEvent> append(List<DomainEvent> events) {
    persistence.transactions().run(() -> persistence.eventOutbox().append(events));
    return events;
  }

  protected void waitUntilEffects(EffectHandler handler, int events) {
    waitUntil(events + " effects of " + handler.name(), () -> effectCount(handler) >= events,
        () -> effectsOf(handler) + ", dead letters " + deadLetters());
  }

  protected int effectCount(EffectHandler handler) {
    return effectsOf(handler).values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Committed effects of the handler: event id → number of audit entries. */
  protected Map<UUID, Integer> effectsOf(EffectHandler handler) {
    Map<UUID, Integer> effects = new HashMap<>();
    int offset = 0;
    Page<AuditEntry> page;
    do {
      page = persistence.auditLog().list(recruiterId, new PageRequest(offset, PageRequest.MAX_LIMIT));
      for (AuditEntry entry : page.items()) {
        if (entry.action().equals(EffectHandler.EFFECT_ACTION)
            && handler.name().equals(entry.details().get("handler"))) {
          effects.merge(entry.subjectId(), 1, Integer::sum);
        }
      }
      offset += page.items().size();
    } while (page.hasMore());
    return effects;
  }

  protected List<DeadLetterView> deadLetters() {
    return EventUseCases.over(persistence, List.of(), fixtures.clock()).listDeadLetters()
        .list(recruiterId, PageRequest.first(PageRequest.MAX_LIMIT)).items();
  }

  @SafeVarargs
  protected static List<UUID> ids(List<DomainEvent>... groups) {
    List<UUID> ids = new ArrayList<>();
    for (List<DomainEvent> group : groups) {
      group.forEach(event -> ids.add(event.eventId()));
    }
    return ids;
  }
}
