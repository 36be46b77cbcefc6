package dev.hireloop.adapter.out.persistence.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.InvalidValueException;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox's events to the handlers with db-scheduler, on the host's {@link DataSource} and in the
 * Hireloop schema ({@code <schema>.scheduled_tasks}, created by the Hireloop migrations). Safe on several nodes
 * sharing one database:
 *
 * <ul>
 *   <li>the recurring task {@value #RELAY_TASK} runs on one node at a time; it reads undispatched events and, for
 *       every handler that takes one, schedules the one-time task {@value #DELIVERY_TASK} with the instance id
 *       {@code <eventId>:<handlerName>} (if it is not scheduled already), then marks the events dispatched;</li>
 *   <li>each delivery runs on one node at a time and calls {@link DeliverEventUseCase}, whose processed mark makes
 *       a repeated delivery harmless;</li>
 *   <li>a failed delivery is retried with exponential back-off (first retry delay, doubling); after the last
 *       attempt it is parked through {@link RecordDeadLetterUseCase} and its execution removed;</li>
 *   <li>a delivery whose node died (missed heartbeats) is revived by another node;</li>
 *   <li>the recurring task {@value #EMAIL_TASK} runs on one node at a time and sends the queued e-mails that are
 *       due through {@link SendQueuedEmailsUseCase} (outside any transaction; each message is claimed first);</li>
 *   <li>the one-time task {@value DbSchedulerReminderSchedule#TASK} (one per booking, set by
 *       {@link DbSchedulerReminderSchedule}) stores the booking's reminder e-mails through
 *       {@link SendBookingReminderUseCase} when it is due, and fires again later if the booking moved later.</li>
 * </ul>
 *
 * <p>Not started by the constructor: call {@link #start()}. {@link #close()} stops polling, waits up to
 * {@link EventDispatcherOptions#shutdownWait()} for running deliveries (then interrupts them), and leaves
 * everything else scheduled in the database for the next start or another node. No JVM shutdown hook is
 * registered. Thread-safe.
 */
public final class DbSchedulerEventDispatcher implements AutoCloseable {
  static final String RELAY_TASK = "hireloop-outbox-relay";
  static final String DELIVERY_TASK = "hireloop-event-delivery";
  static final String EMAIL_TASK = "hireloop-email-sender";
  /** Bounds one run of the e-mail task, so that a large backlog does not hold a thread (and a shutdown) for long. */
  private static final int MAX_EMAIL_BATCHES_PER_RUN = 10;
  private static final int REMINDER_RETRIES = 8;
  private static final Duration REMINDER_FIRST_RETRY = Duration.ofMinutes(1);

  private static final Logger LOG = LoggerFactory.getLogger(DbSchedulerEventDispatcher.class);
  private static final Pattern SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
  private static final double BACKOFF_MULTIPLIER = 2.0;

  private final DeliverEventUseCase deliverEvent;
  private final RecordDeadLetterUseCase recordDeadLetter;
  private final SendQueuedEmailsUseCase sendQueuedEmails;
  private final SendBookingReminderUseCase sendReminder;
  private final EventDispatcherOptions options;
  private final OutboxRelay relay;
  private final OneTimeTask<Void> deliveryTask;
  private final Scheduler scheduler;
  private boolean started;
  private boolean closed;

  /**
   * @param dataSource the database holding the Hireloop schema; its connections may have auto-commit on or off
   * @param schema the Hireloop schema name (a plain SQL identifier), e.g. {@code hireloop}
   * @param handlers every registered handler, for the fan-out; the same list the delivery use case knows
   * @param eventOutbox the outbox the relay reads and marks
   * @param deliverEvent runs one handler on one event
   * @param recordDeadLetter parks a delivery that used up its attempts
   * @param sendQueuedEmails sends the queued e-mails that are due, every poll interval
   * @param sendReminder runs a booking's reminder when its timer fires
   * @param clock the time written as the events' dispatch time
   */
  public DbSchedulerEventDispatcher(DataSource dataSource, String schema, List<EventHandler> handlers,
      EventOutbox eventOutbox, DeliverEventUseCase deliverEvent, RecordDeadLetterUseCase recordDeadLetter,
      SendQueuedEmailsUseCase sendQueuedEmails, SendBookingReminderUseCase sendReminder, Clock clock,
      EventDispatcherOptions options) {
    Check.notNull(dataSource, "dataSource");
    checkedSchema(schema);
    this.deliverEvent = Check.notNull(deliverEvent, "deliverEvent");
    this.recordDeadLetter = Check.notNull(recordDeadLetter, "recordDeadLetter");
    this.sendQueuedEmails = Check.notNull(sendQueuedEmails, "sendQueuedEmails");
    this.sendReminder = Check.notNull(sendReminder, "sendReminder");
    this.options = Check.notNull(options, "options");
    this.relay = new OutboxRelay(handlers, eventOutbox, clock, options.batchSize());

    this.deliveryTask = Tasks.oneTime(DELIVERY_TASK)
        .onFailure(logThen(FailureHandler.<Void>maxRetries(options.maxAttempts() - 1)
            .withBackoff(options.firstRetryDelay(), BACKOFF_MULTIPLIER)
            .then(this::park, complete -> { })))
        .execute((instance, context) -> deliver(instance));
    RecurringTask<Void> relayTask = Tasks.recurring(RELAY_TASK, Schedules.fixedDelay(options.pollInterval()))
        .execute((instance, context) -> relay.relay(key -> schedule(context.getSchedulerClient(), key)));

    RecurringTask<Void> emailTask = Tasks.recurring(EMAIL_TASK, Schedules.fixedDelay(options.pollInterval()))
        .execute((instance, context) -> sendEmails());
    CustomTask<Void> reminderTask = Tasks.custom(DbSchedulerReminderSchedule.DESCRIPTOR)
        .onFailure(FailureHandler.<Void>maxRetries(REMINDER_RETRIES)
            .withBackoff(REMINDER_FIRST_RETRY, BACKOFF_MULTIPLIER)
            .then((complete, operations) -> {
              LOG.warn("Reminder {} gave up after {} attempts ({})", complete.getExecution().taskInstance.getId(),
                  REMINDER_RETRIES + 1, complete.getCause().map(Failures::kind).orElse("no cause"));
              operations.remove();
            }))
        .execute(this::remind);

    this.scheduler = Scheduler.create(dataSource, List.of(deliveryTask, reminderTask))
        .startTasks(List.of(relayTask, emailTask))
        .tableName(schema + ".scheduled_tasks")
        .schedulerName(new SchedulerName.Fixed(options.schedulerName()))
        .threads(options.threads())
        .pollingInterval(options.pollInterval())
        .heartbeatInterval(options.heartbeatInterval())
        .shutdownMaxWait(options.shutdownWait())
        .enableImmediateExecution()
        .jdbcCustomization(jdbcCustomization(dataSource))
        .commitWhenAutocommitDisabled(true)
        // db-scheduler would log each failure with its message, which is free text; ours below logs ids only.
        .failureLogging(LogLevel.DEBUG, true)
        .build();
  }

  /**
   * Starts polling and delivering. Idempotent while running.
   *
   * @throws RuleViolationException {@code event-dispatcher.closed} once closed: build a new dispatcher instead
   */
  public synchronized DbSchedulerEventDispatcher start() {
    if (closed) {
      throw new RuleViolationException("event-dispatcher.closed", "a closed event dispatcher cannot start again");
    }
    if (!started) {
      scheduler.start();
      started = true;
      LOG.info("Event dispatcher {} started", options.schedulerName());
    }
    return this;
  }

  /** Stops this node's dispatcher; scheduled deliveries stay in the database. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (started) {
      scheduler.stop();
      LOG.info("Event dispatcher {} stopped", options.schedulerName());
    }
  }

  /**
   * db-scheduler's auto-detection knows PostgreSQL, and warns on every start about any other database (H2, our
   * default) that it might store zone-less times; our columns have time zones and we store UTC, so we choose.
   */
  static JdbcCustomization jdbcCustomization(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return "PostgreSQL".equals(product)
          ? new PostgreSqlJdbcCustomization(false, true)
          : new DefaultJdbcCustomization(true);
    } catch (SQLException e) {
      throw new ExternalServiceException("database.unavailable", "could not reach the database of the dispatcher",
          e);
    }
  }

  static String checkedSchema(String schema) {
    Check.notNull(schema, "schema");
    if (!SCHEMA.matcher(schema).matches()) {
      throw new InvalidValueException("persistence.schema-invalid", "schema must be a plain SQL identifier");
    }
    return schema;
  }

  /** A few batches of due e-mails; a failure is logged and the next run tries again. */
  private void sendEmails() {
    try {
      for (int batch = 0; batch < MAX_EMAIL_BATCHES_PER_RUN; batch++) {
        if (sendQueuedEmails.sendDue(options.batchSize()) < options.batchSize()) {
          break;
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("Sending queued e-mails failed ({}); trying again at the next poll", Failures.kind(e));
    }
  }

  /** A booking's reminder timer fired: store the reminder, or fire again later if the booking moved later. */
  private CompletionHandler<Void> remind(TaskInstance<Void> instance, ExecutionContext context) {
    BookingId bookingId;
    try {
      bookingId = BookingId.of(instance.getId());
    } catch (InvalidValueException malformed) {
      LOG.warn("Dropping reminder {}: not a booking id", instance.getId());
      return (complete, operations) -> operations.remove();
    }
    ReminderOutcome outcome = sendReminder.sendReminder(bookingId);
    if (outcome instanceof ReminderOutcome.Early early) {
      LOG.debug("Reminder for booking {} fires again at {}", bookingId, early.dueAt());
      return (complete, operations) -> operations.reschedule(complete, early.dueAt());
    }
    return (complete, operations) -> operations.remove();
  }

  private boolean schedule(SchedulerClient client, DeliveryKey key) {
    return client.scheduleIfNotExists(deliveryTask.schedulableInstance(key.instanceId()));
  }

  private void deliver(TaskInstance<Void> instance) {
    Optional<DeliveryKey> key = DeliveryKey.parse(instance.getId());
    if (key.isEmpty()) {
      LOG.warn("Dropping delivery {}: not an <eventId>:<handler> instance id", instance.getId());
      return;
    }
    DeliverEventCommand command;
    try {
      command = new DeliverEventCommand(key.get().eventId(), key.get().handler());
    } catch (InvalidValueException malformed) {
      LOG.warn("Dropping delivery {}: {}", instance.getId(), malformed.code());
      return;
    }
    DeliveryOutcome outcome = deliverEvent.deliver(command);
    if (outcome instanceof DeliveryOutcome.Unknown unknown) {
      LOG.warn("Event {} not delivered to handler {}: {}", command.eventId(), command.handler(), unknown.reason());
    }
  }

  private static FailureHandler<Void> logThen(FailureHandler<Void> next) {
    return (complete, operations) -> {
      LOG.warn("Delivery {} failed on attempt {} ({})", complete.getExecution().taskInstance.getId(),
          complete.getExecution().consecutiveFailures + 1,
          complete.getCause().map(Failures::kind).orElse("no cause"));
      next.onFailure(complete, operations);
    };
  }

  /** After the last attempt: store the dead letter first, so that a failure to store it loses nothing. */
  private void park(ExecutionComplete complete, ExecutionOperations<Void> operations) {
    Execution execution = complete.getExecution();
    int attempts = execution.consecutiveFailures + 1;
    Optional<DeliveryKey> key = DeliveryKey.parse(execution.taskInstance.getId());
    if (key.isEmpty()) {
      operations.remove();
      return;
    }
    String error = complete.getCause().map(Failures::describe).orElse("unknown failure");
    try {
      recordDeadLetter.record(new RecordDeadLetterCommand(key.get().eventId(), key.get().handler(), attempts, error));
    } catch (NotFoundException eventGone) {
      LOG.warn("Dropping delivery {}: its event is no longer in the outbox", key.get());
      operations.remove();
      return;
    } catch (RuntimeException storeFailed) {
      Instant retryAt = complete.getTimeDone().plus(options.retryDelayAfter(options.maxAttempts()));
      LOG.warn("Could not park delivery {} as a dead letter ({}); trying again at {}", key.get(),
          Failures.kind(storeFailed), retryAt);
      operations.reschedule(complete, retryAt);
      return;
    }
    operations.remove();
    LOG.warn("Delivery {} gave up after {} attempts and is parked as a dead letter", key.get(), attempts);
  }
}
