package dev.hireloop.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.shared.ConflictException;
import dev.hireloop.domain.shared.RecruiterId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LedgerQueueTest {
  private static final RecruiterId ADA = new RecruiterId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
  private static final RecruiterId BOB = new RecruiterId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));

  @Test
  void writes_for_one_interviewer_run_one_at_a_time() throws Exception {
    LedgerQueue queue = new LedgerQueue(Duration.ofSeconds(30));
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        int n = i;
        results.add(pool.submit(() -> {
          start.await();
          return queue.inTurn(ADA, () -> {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            Thread.yield();
            inside.decrementAndGet();
            return n;
          });
        }));
      }
      start.countDown();
      int sum = 0;
      for (Future<Integer> result : results) {
        sum += result.get(30, TimeUnit.SECONDS);
      }
      assertThat(sum).isEqualTo(49 * 50 / 2);
      assertThat(mostInside).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_queue_that_does_not_move_is_busy_and_other_interviewers_are_not_held_up() throws Exception {
    LedgerQueue queue = new LedgerQueue(Duration.ofMillis(50));
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> holder = pool.submit(() -> queue.inTurn(ADA, () -> {
        holding.countDown();
        await(release);
        return "done";
      }));
      assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(() -> queue.inTurn(ADA, () -> "never"))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("booking.busy"));
      RecruiterId other = otherStripeThan(ADA);
      assertThat(queue.inTurn(other, () -> "free")).isEqualTo("free");

      release.countDown();
      assertThat(holder.get(30, TimeUnit.SECONDS)).isEqualTo("done");
      assertThat(queue.inTurn(ADA, () -> "next")).isEqualTo("next");
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void a_failed_write_leaves_the_queue() {
    LedgerQueue queue = new LedgerQueue(Duration.ofMillis(50));

    assertThatThrownBy(() -> queue.inTurn(BOB, () -> {
      throw new IllegalStateException("write failed");
    })).hasMessage("write failed");

    assertThat(queue.inTurn(BOB, () -> "after")).isEqualTo("after");
  }

  private static RecruiterId otherStripeThan(RecruiterId recruiter) {
    for (long n = 1; ; n++) {
      RecruiterId candidate = new RecruiterId(new UUID(0, n));
      if (Math.floorMod(candidate.value().hashCode(), 64) != Math.floorMod(recruiter.value().hashCode(), 64)) {
        return candidate;
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
