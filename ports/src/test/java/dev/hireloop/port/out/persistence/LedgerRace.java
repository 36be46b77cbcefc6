package dev.hireloop.port.out.persistence;

import dev.hireloop.domain.booking.Booking;
import dev.hireloop.domain.booking.BookingId;
import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.profile.ProfileId;
import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.Interval;
import dev.hireloop.domain.shared.RecruiterId;
import dev.hireloop.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Many bookings racing for one interviewer's time: every contender has its own id and candidate, and every two
 * contenders' held ranges overlap, so the conflict ledger may accept exactly one of them. The threads are
 * released together by one latch; the latches and timeouts only keep a broken store from hanging the build.
 */
public final class LedgerRace {
  /** What one contender's save ended with: {@value #SAVED}, or the code of its {@code ConflictException}. */
  public static final String SAVED = "saved";

  private LedgerRace() {}

  /**
   * {@code count} confirmed 45-minute bookings for {@code recruiterId}, starting 0 to 4 minutes after
   * {@code start}, each held from 10 minutes before to 5 minutes after its slot: all of them pairwise
   * overlapping.
   */
  public static List<Booking> contenders(Fixtures fixtures, RecruiterId recruiterId, Instant start, int count) {
    List<Booking> contenders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant slotStart = start.plus(Duration.ofMinutes(i % 5));
      Interval slot = Interval.of(slotStart, Duration.ofMinutes(45));
      Interval held = new Interval(slot.start().minus(Duration.ofMinutes(10)),
          slot.end().plus(Duration.ofMinutes(5)));
      contenders.add(Booking.request(new BookingId(fixtures.uuid()), recruiterId, new ProfileId(fixtures.uuid()),
              Optional.of(new JobId(fixtures.uuid())), "manual", 45, ZoneId.of("Australia/Sydney"),
              Optional.of(fixtures.now().plus(Duration.ofDays(14))), fixtures.now())
          .confirm(slot, held, fixtures.now()));
    }
    return contenders;
  }

  /**
   * Saves every contender on its own thread, contender {@code i} through {@code repositories.get(i % size)}, all
   * released at once, and returns each outcome in contender order. Anything but a {@code ConflictException} fails.
   */
  public static List<String> run(List<Booking> contenders, List<BookingRepository> repositories) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
    CountDownLatch ready = new CountDownLatch(contenders.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      for (int i = 0; i < contenders.size(); i++) {
        Booking contender = contenders.get(i);
        BookingRepository repository = repositories.get(i % repositories.size());
        outcomes.add(pool.submit(() -> {
          ready.countDown();
          if (!start.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the race never started");
          }
          try {
            repository.save(contender);
            return SAVED;
          } catch (ConflictException e) {
            return e.code();
          }
        }));
      }
      if (!ready.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not every contender got a thread");
      }
      start.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        results.add(outcome.get(120, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
