package dev.hireloop.adapter.out.persistence.scheduler;

import static dev.hireloop.adapter.out.persistence.scheduler.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.adapter.out.persistence.memory.InMemoryPersistence;
import dev.hireloop.application.EventUseCases;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.port.in.notification.ReminderOutcome;
import dev.hireloop.port.in.notification.SendBookingReminderUseCase;
import dev.hireloop.port.out.persistence.Persistence;
import dev.hireloop.testing.Fixtures;
import dev.hireloop.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The in-memory reminder timers, fired by {@link InMemoryEventDispatcher} on its clock, and its e-mail poll. */
class InMemoryRemindersTest {
  private static final Instant T0 = Instant.parse("2030-01-20T09:00:00Z");

  private final Fixtures fixtures = new Fixtures();
  private final MutableClock clock = MutableClock.at(T0.minusSeconds(3600));
  private final InMemoryReminderSchedule reminders = new InMemoryReminderSchedule();
  private final Persistence persistence = InMemoryPersistence.create();
  private final List<BookingId> fired = new CopyOnWriteArrayList<>();
  private final AtomicInteger polls = new AtomicInteger();
  private InMemoryEventDispatcher dispatcher;

  @AfterEach
  void close_dispatcher() {
    if (dispatcher != null) {
      dispatcher.close();
    }
  }

  @Test
  void keeps_one_timer_per_booking_that_scheduling_again_moves_and_cancelling_removes() {
    BookingId booking = new BookingId(fixtures.uuid());

    reminders.schedule(booking, T0);
    reminders.schedule(booking, T0.plusSeconds(60));
    assertThat(reminders.scheduledAt(booking)).contains(T0.plusSeconds(60));

    reminders.cancel(booking);
    reminders.cancel(booking);
    assertThat(reminders.scheduledAt(booking)).isEmpty();
  }

  @Test
  void fires_a_timer_once_when_the_clock_reaches_it_and_polls_the_queued_emails() {
    BookingId booking = new BookingId(fixtures.uuid());
    reminders.schedule(booking, T0);
    start(bookingId -> {
      fired.add(bookingId);
      return new ReminderOutcome.Stored(2);
    });

    waitUntil("the e-mails were polled a few times", () -> polls.get() >= 3, () -> polls.get() + " polls");
    assertThat(fired).isEmpty();

    clock.set(T0);
    waitUntil("the reminder fired", () -> !fired.isEmpty(), () -> "not fired");
    int pollsAfterFiring = polls.get();
    waitUntil("a few more polls", () -> polls.get() >= pollsAfterFiring + 3, () -> polls.get() + " polls");
    assertThat(fired).containsExactly(booking);
    assertThat(reminders.scheduledAt(booking)).isEmpty();
  }

  @Test
  void an_early_timer_is_set_again_for_the_time_asked_and_a_failed_one_a_minute_later() {
    BookingId moved = new BookingId(fixtures.uuid());
    BookingId failing = new BookingId(fixtures.uuid());
    reminders.schedule(moved, T0);
    reminders.schedule(failing, T0);
    clock.set(T0);
    start(bookingId -> {
      fired.add(bookingId);
      if (bookingId.equals(failing)) {
        throw new ExternalServiceException("database.unavailable", "down");
      }
      return new ReminderOutcome.Early(T0.plus(Duration.ofHours(5)));
    });

    waitUntil("both fired", () -> fired.size() >= 2, () -> fired.toString());
    waitUntil("both set again", () -> reminders.scheduledAt(moved).isPresent()
        && reminders.scheduledAt(failing).isPresent(), () -> "not set again");

    assertThat(reminders.scheduledAt(moved)).contains(T0.plus(Duration.ofHours(5)));
    assertThat(reminders.scheduledAt(failing)).contains(T0.plus(Duration.ofMinutes(1)));
    assertThat(fired).containsExactlyInAnyOrder(moved, failing);
  }

  private void start(SendBookingReminderUseCase sendReminder) {
    EventUseCases useCases = EventUseCases.over(persistence, List.of(), clock);
    dispatcher = new InMemoryEventDispatcher(List.of(), persistence.eventOutbox(), useCases.deliverEvent(),
        useCases.recordDeadLetter(), limit -> {
          polls.incrementAndGet();
          return 0;
        }, reminders, sendReminder, clock, EventDispatcherScenarios.FAST).start();
  }
}
