package dev.hireloop.adapter.out.persistence.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.shared.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventDispatcherOptionsTest {
  @Test
  void has_the_documented_defaults() {
    EventDispatcherOptions defaults = EventDispatcherOptions.defaults();

    assertThat(defaults.pollInterval()).isEqualTo(Duration.ofMillis(500));
    assertThat(defaults.batchSize()).isEqualTo(100);
    assertThat(defaults.maxAttempts()).isEqualTo(5);
    assertThat(defaults.firstRetryDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(defaults.threads()).isEqualTo(4);
    assertThat(defaults.schedulerName()).isEqualTo("hireloop");
  }

  @Test
  void doubles_the_retry_delay_after_every_failed_attempt() {
    EventDispatcherOptions options = EventDispatcherOptions.defaults().withFirstRetryDelay(Duration.ofMillis(100));

    assertThat(options.retryDelayAfter(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(options.retryDelayAfter(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(options.retryDelayAfter(4)).isEqualTo(Duration.ofMillis(800));
  }

  @Test
  void withers_change_only_their_own_component() {
    EventDispatcherOptions changed = EventDispatcherOptions.defaults().withThreads(2).withSchedulerName("node-b");

    assertThat(changed).isEqualTo(new EventDispatcherOptions(Duration.ofMillis(500), 100, 5, Duration.ofSeconds(1),
        2, Duration.ofSeconds(10), Duration.ofSeconds(30), "node-b"));
  }

  @Test
  void rejects_values_that_cannot_work() {
    EventDispatcherOptions defaults = EventDispatcherOptions.defaults();

    assertThatThrownBy(() -> defaults.withPollInterval(Duration.ZERO)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("pollInterval");
    assertThatThrownBy(() -> defaults.withMaxAttempts(0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> defaults.withBatchSize(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> defaults.withThreads(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> defaults.withShutdownWait(Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> defaults.withSchedulerName(" ")).isInstanceOf(InvalidValueException.class);
  }
}
