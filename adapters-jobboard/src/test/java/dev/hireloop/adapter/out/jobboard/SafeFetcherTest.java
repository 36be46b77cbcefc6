package dev.hireloop.adapter.out.jobboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hireloop.adapter.out.jobboard.fake.FakeJobBoards;
import dev.hireloop.adapter.out.jobboard.fake.FakeJobBoards.HugeBodyOutcome;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.ExternalServiceException.Failure;
import dev.hireloop.domain.shared.InvalidValueException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Limits of the fetcher itself: size, time, content type, retries, redirects, identification. */
class SafeFetcherTest {
  private FakeJobBoards boards;
  private final List<Duration> pauses = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startBoards() {
    boards = FakeJobBoards.start();
  }

  @AfterEach
  void stopBoards() {
    boards.close();
  }

  private SafeFetcher fetcher(FetchPolicy policy) {
    return new SafeFetcher(policy, InetAddress::getAllByName, pauses::add, TestSources.CLOCK);
  }

  private SafeFetcher fetcher() {
    return fetcher(boards.options().fetchPolicy());
  }

  @Test
  void cuts_a_ten_megabyte_page_at_the_limit_without_reading_the_rest() throws InterruptedException {
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> fetcher().page(boards.url("/special/huge")));
    boards.releaseHugeBody();
    HugeBodyOutcome outcome = boards.awaitHugeBody();

    assertThat(thrown.code()).isEqualTo("response.too-large");
    assertThat(outcome.completed()).as("the server could write all 10 MB").isFalse();
    assertThat(outcome.bytesWritten()).isLessThan(FakeJobBoards.HUGE_BYTES);
  }

  @Test
  void refuses_a_declared_length_over_the_limit_before_reading() {
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> fetcher().page(boards.url("/special/huge-declared")));

    assertThat(thrown.code()).isEqualTo("response.too-large");
  }

  @Test
  void honours_a_smaller_configured_limit() {
    SafeFetcher small = fetcher(boards.options().fetchPolicy().withMaxPageBytes(1024));

    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> small.page(boards.url("/careers/st-brigids-rn-nights")));

    assertThat(thrown.code()).isEqualTo("response.too-large");
  }

  @Test
  void gives_up_on_a_slow_answer_with_a_timeout() {
    SafeFetcher impatient = fetcher(boards.options().fetchPolicy()
        .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));

    ExternalServiceException thrown = catchThrowableOfType(ExternalServiceException.class,
        () -> impatient.page(boards.url("/special/slow")));

    assertThat(thrown.failure()).isEqualTo(Failure.TIMEOUT);
    assertThat(thrown.code()).isEqualTo("source.timeout");
  }

  @Test
  void refuses_a_page_that_is_not_html() {
    InvalidValueException png = catchThrowableOfType(InvalidValueException.class,
        () -> fetcher().page(boards.url("/special/wrong-type")));
    InvalidValueException untyped = catchThrowableOfType(InvalidValueException.class,
        () -> fetcher().page(boards.url("/special/no-type")));

    assertThat(png.code()).isEqualTo("response.wrong-content-type");
    assertThat(png.getMessage()).contains("image/png");
    assertThat(untyped.code()).isEqualTo("response.wrong-content-type");
  }

  @Test
  void counts_an_api_that_answers_html_as_a_bad_response() {
    ExternalServiceException thrown = catchThrowableOfType(ExternalServiceException.class,
        () -> fetcher().api(boards.url("/careers/no-posting")));

    assertThat(thrown.code()).isEqualTo("response.wrong-content-type");
    assertThat(thrown.failure()).isEqualTo(Failure.BAD_RESPONSE);
  }

  @Test
  void retries_after_429_as_long_as_retry_after_says() {
    SafeFetcher.Response response = fetcher().page(boards.url("/special/busy"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(pauses).containsExactly(Duration.ofSeconds(1));
    assertThat(boards.hits("/special/busy")).isEqualTo(2);
  }

  @Test
  void reads_retry_after_as_an_http_date() {
    SafeFetcher.Response response = fetcher().page(boards.url("/special/busy-date"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(pauses).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retries_5xx_at_most_twice_then_says_unavailable() {
    ExternalServiceException thrown = catchThrowableOfType(ExternalServiceException.class,
        () -> fetcher().page(boards.url("/special/unavailable")));

    assertThat(thrown.failure()).isEqualTo(Failure.UNAVAILABLE);
    assertThat(pauses).hasSize(2);
    assertThat(boards.hits("/special/unavailable")).isEqualTo(3);
  }

  @Test
  void does_not_wait_longer_than_the_retry_budget() {
    ExternalServiceException thrown = catchThrowableOfType(ExternalServiceException.class,
        () -> fetcher().page(boards.url("/special/busy-long")));

    assertThat(thrown.failure()).isEqualTo(Failure.UNAVAILABLE);
    assertThat(pauses).isEmpty();
    assertThat(boards.hits("/special/busy-long")).isEqualTo(1);
  }

  @Test
  void counts_an_unexpected_status_as_a_bad_response() {
    ExternalServiceException thrown = catchThrowableOfType(ExternalServiceException.class,
        () -> fetcher().page(boards.url("/special/forbidden")));

    assertThat(thrown.failure()).isEqualTo(Failure.BAD_RESPONSE);
  }

  @Test
  void follows_three_redirects_and_refuses_the_fourth() {
    SafeFetcher.Response three = fetcher().page(boards.url("/special/hops/3"));
    InvalidValueException four = catchThrowableOfType(InvalidValueException.class,
        () -> fetcher().page(boards.url("/special/hops/4")));

    assertThat(three.status()).isEqualTo(200);
    assertThat(three.url()).isEqualTo(boards.url("/special/hops/0"));
    assertThat(four.code()).isEqualTo("url.too-many-redirects");
  }

  @Test
  void says_who_it_is_with_a_fixed_user_agent() {
    fetcher().page(boards.url("/careers/no-posting"));

    assertThat(boards.userAgent("/careers/no-posting")).contains(SafeFetcher.USER_AGENT);
  }

  @Test
  void says_unavailable_when_nothing_listens() {
    String closedPort = boards.hostPort();
    boards.close();
    SafeFetcher fetcher = fetcher(FetchPolicy.defaults().withTrustedHosts(java.util.Set.of(closedPort)));

    ExternalServiceException thrown = catchThrowableOfType(ExternalServiceException.class,
        () -> fetcher.page(java.net.URI.create("http://" + closedPort + "/careers/no-posting")));

    assertThat(thrown.failure()).isEqualTo(Failure.UNAVAILABLE);
  }
}
