package dev.hireloop.adapter.out.persistence.scheduler;

import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.port.in.events.DeliverEventCommand;
import dev.hireloop.port.in.events.DeliverEventUseCase;
import dev.hireloop.port.in.events.DeliveryOutcome;
import dev.hireloop.port.in.events.RecordDeadLetterCommand;
import dev.hireloop.port.in.events.RecordDeadLetterUseCase;
import dev.hireloop.port.in.notification.ReminderOutcome;
import dev.hireloop.port.in.notification.SendBookingReminderUseCase;
import dev.hireloop.port.in.notification.SendQueuedEmailsUseCase;
import dev.hireloop.port.out.events.EventHandler;
import dev.hireloop.port.out.events.EventOutbox;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox's events to the handlers inside this JVM, for the in-memory persistence (or a single node
 * that does not want db-scheduler). Same semantics as {@link DbSchedulerEventDispatcher}: fan-out per handler,
 * the relay schedules THEN marks dispatched, retries with exponential back-off, a dead letter after the last
 * attempt. Deliveries and their retries live in memory only; {@link #close()} therefore hands the events of
 * unfinished deliveries back to the outbox ({@link EventOutbox#requeue}), so that the next dispatcher on the same
 * store delivers them (processed marks skip the handlers that were done).
 *
 * <p>Every poll interval it also fires the due timers of an {@link InMemoryReminderSchedule} (through
 * {@link SendBookingReminderUseCase}; a failed one fires again a minute later) and sends the queued e-mails that
 * are due ({@link SendQueuedEmailsUseCase}).
 *
 * <p>Runs on one scheduled pool of {@link EventDispatcherOptions#threads()} daemon threads named
 * {@code <schedulerName>-events-<n>}. Not started by the constructor: call {@link #start()}. Thread-safe.
 */
public final class InMemoryEventDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(InMemoryEventDispatcher.class);
  private static final int MAX_EMAIL_BATCHES_PER_RUN = 10;
  private static final Duration REMINDER_RETRY_DELAY = Duration.ofMinutes(1);

  private final EventOutbox eventOutbox;
  private final DeliverEventUseCase deliverEvent;
  private final RecordDeadLetterUseCase recordDeadLetter;
  private final SendQueuedEmailsUseCase sendQueuedEmails;
  private final InMemoryReminderSchedule reminders;
  private final SendBookingReminderUseCase sendReminder;
  private final Clock clock;
  private final EventDispatcherOptions options;
  private final OutboxRelay relay;
  private final ScheduledThreadPoolExecutor executor;
  /** Pairs scheduled or running: a pair is scheduled once until it is delivered or parked. */
  private final Set<DeliveryKey> pending = ConcurrentHashMap.newKeySet();
  /** Set by close(): deliveries that have not started yet stay pending (and are requeued) instead of running. */
  private volatile boolean closing;
  private boolean started;
  private boolean closed;

  /**
   * @param handlers every registered handler, for the fan-out; the same list the delivery use case knows
   * @param eventOutbox the outbox the relay reads and marks
   * @param deliverEvent runs one handler on one event
   * @param recordDeadLetter parks a delivery that used up its attempts
   * @param sendQueuedEmails sends the queued e-mails that are due, every poll interval
   * @param reminders the reminder timers to fire (the same object the Hireloop builder got)
   * @param sendReminder runs a booking's reminder when its timer fires
   * @param clock the time written as the events' dispatch time, and the time reminder timers are due by
   */
  public InMemoryEventDispatcher(List<EventHandler> handlers, EventOutbox eventOutbox,
      DeliverEventUseCase deliverEvent, RecordDeadLetterUseCase recordDeadLetter,
      SendQueuedEmailsUseCase sendQueuedEmails, InMemoryReminderSchedule reminders,
      SendBookingReminderUseCase sendReminder, Clock clock, EventDispatcherOptions options) {
    this.eventOutbox = Check.notNull(eventOutbox, "eventOutbox");
    this.deliverEvent = Check.notNull(deliverEvent, "deliverEvent");
    this.recordDeadLetter = Check.notNull(recordDeadLetter, "recordDeadLetter");
    this.sendQueuedEmails = Check.notNull(sendQueuedEmails, "sendQueuedEmails");
    this.reminders = Check.notNull(reminders, "reminders");
    this.sendReminder = Check.notNull(sendReminder, "sendReminder");
    this.clock = Check.notNull(clock, "clock");
    this.options = Check.notNull(options, "options");
    this.relay = new OutboxRelay(handlers, eventOutbox, clock, options.batchSize());
    this.executor = new ScheduledThreadPoolExecutor(options.threads(), daemonThreads(options.schedulerName()));
    // On close, retries waiting for their delay are dropped (their events are requeued) instead of awaited.
    this.executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.executor.setRemoveOnCancelPolicy(true);
  }

  /**
   * Starts polling and delivering. Idempotent while running.
   *
   * @throws RuleViolationException {@code event-dispatcher.closed} once closed: build a new dispatcher instead
   */
  public synchronized InMemoryEventDispatcher start() {
    if (closed) {
      throw new RuleViolationException("event-dispatcher.closed", "a closed event dispatcher cannot start again");
    }
    if (!started) {
      executor.scheduleWithFixedDelay(this::relayOnce, 0, options.pollInterval().toMillis(),
          TimeUnit.MILLISECONDS);
      executor.scheduleWithFixedDelay(this::mailOnce, 0, options.pollInterval().toMillis(),
          TimeUnit.MILLISECONDS);
      started = true;
      LOG.info("Event dispatcher {} started", options.schedulerName());
    }
    return this;
  }

  /**
   * Stops polling, waits up to {@link EventDispatcherOptions#shutdownWait()} for running deliveries (then
   * interrupts them), and requeues the events whose deliveries did not finish. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    closing = true;
    executor.shutdown();
    try {
      long waitMillis = options.shutdownWait().toMillis();
      if (!executor.awaitTermination(waitMillis, TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
        // Interrupted deliveries roll back; waiting for them keeps their pairs' bookkeeping settled before requeue.
        executor.awaitTermination(waitMillis, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException interrupted) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    requeueUnfinished();
    LOG.info("Event dispatcher {} stopped", options.schedulerName());
  }

  private void requeueUnfinished() {
    Set<UUID> events = ConcurrentHashMap.newKeySet();
    pending.forEach(key -> events.add(key.eventId()));
    pending.clear();
    for (UUID eventId : events) {
      try {
        eventOutbox.requeue(eventId);
      } catch (RuntimeException e) {
        LOG.warn("Could not requeue event {} on close ({})", eventId, Failures.kind(e));
      }
    }
    if (!events.isEmpty()) {
      LOG.info("Requeued {} events with unfinished deliveries", events.size());
    }
  }

  private void relayOnce() {
    try {
      relay.relay(this::schedule);
    } catch (RejectedExecutionException closing) {
      LOG.debug("Relay stopped: the dispatcher is closing");
    } catch (RuntimeException e) {
      // A periodic task that throws is never run again, so every failure ends here; the next poll retries.
      LOG.warn("Relaying the outbox failed ({}); trying again at the next poll", Failures.kind(e));
    }
  }

  /** Fires the due reminder timers, then sends a few batches of due e-mails; never throws (see relayOnce). */
  private void mailOnce() {
    if (closing) {
      return;
    }
    try {
      for (BookingId bookingId : reminders.takeDue(clock.instant())) {
        fireReminder(bookingId);
      }
      for (int batch = 0; batch < MAX_EMAIL_BATCHES_PER_RUN && !closing; batch++) {
        if (sendQueuedEmails.sendDue(options.batchSize()) < options.batchSize()) {
          break;
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("Sending reminders or queued e-mails failed ({}); trying again at the next poll", Failures.kind(e));
    }
  }

  private void fireReminder(BookingId bookingId) {
    try {
      if (sendReminder.sendReminder(bookingId) instanceof ReminderOutcome.Early early) {
        reminders.fireAgainAt(bookingId, early.dueAt());
      }
    } catch (RuntimeException e) {
      LOG.warn("Reminder for booking {} failed ({}); trying again in {}", bookingId, Failures.kind(e),
          REMINDER_RETRY_DELAY);
      reminders.fireAgainAt(bookingId, clock.instant().plus(REMINDER_RETRY_DELAY));
    }
  }

  private void schedule(DeliveryKey key) {
    if (pending.add(key)) {
      try {
        executor.schedule(() -> attempt(key, 1), 0, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException closing) {
        // Abort the relay run before it marks the events dispatched: they stay in the outbox for the next one.
        pending.remove(key);
        throw closing;
      }
    }
  }

  private void retry(DeliveryKey key, int attempt, Duration delay) {
    try {
      executor.schedule(() -> attempt(key, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closing) {
      // The pair stays pending, and close() requeues its event.
      LOG.debug("Delivery {} not retried: the dispatcher is closing", key);
    }
  }

  private void attempt(DeliveryKey key, int attempt) {
    if (closing) {
      return;
    }
    try {
      DeliveryOutcome outcome = deliverEvent.deliver(new DeliverEventCommand(key.eventId(), key.handler()));
      if (outcome instanceof DeliveryOutcome.Unknown unknown) {
        LOG.warn("Event {} not delivered to handler {}: {}", key.eventId(), key.handler(), unknown.reason());
      }
      pending.remove(key);
    } catch (RuntimeException failure) {
      LOG.warn("Delivery {} failed on attempt {} ({})", key, attempt, Failures.kind(failure));
      if (attempt < options.maxAttempts()) {
        retry(key, attempt + 1, options.retryDelayAfter(attempt));
      } else {
        park(key, attempt, failure);
      }
    }
  }

  /** After the last attempt: a dead letter; if it cannot be stored, the delivery is tried again later. */
  private void park(DeliveryKey key, int attempts, RuntimeException failure) {
    try {
      recordDeadLetter.record(new RecordDeadLetterCommand(key.eventId(), key.handler(), attempts,
          Failures.describe(failure)));
      pending.remove(key);
      LOG.warn("Delivery {} gave up after {} attempts and is parked as a dead letter", key, attempts);
    } catch (NotFoundException eventGone) {
      pending.remove(key);
      LOG.warn("Dropping delivery {}: its event is no longer in the outbox", key);
    } catch (RuntimeException storeFailed) {
      Duration delay = options.retryDelayAfter(options.maxAttempts());
      LOG.warn("Could not park delivery {} as a dead letter ({}); trying again in {}", key,
          Failures.kind(storeFailed), delay);
      retry(key, attempts, delay);
    }
  }

  private static ThreadFactory daemonThreads(String schedulerName) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, schedulerName + "-events-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
