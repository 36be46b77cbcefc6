package dev.hireloop.adapter.out.jobboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hireloop.domain.shared.InvalidValueException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobBoardOptionsTest {

  @Test
  void defaults_to_the_vendors_hosts_and_a_strict_policy() {
    JobBoardOptions options = JobBoardOptions.defaults();
    FetchPolicy policy = options.fetchPolicy();

    assertThat(options.greenhouseApiUrl()).isEqualTo(URI.create("https://boards-api.greenhouse.io"));
    assertThat(options.ashbyApiUrl()).isEqualTo(URI.create("https://api.ashbyhq.com"));
    assertThat(policy.maxRedirects()).isEqualTo(3);
    assertThat(policy.maxPageBytes()).isEqualTo(2 * 1024 * 1024);
    assertThat(policy.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.pageHosts()).isEmpty();
    assertThat(policy.trustedHosts()).isEmpty();
  }

  @Test
  void drops_a_trailing_slash_from_base_urls() {
    JobBoardOptions options = new JobBoardOptions(URI.create("http://127.0.0.1:8089/greenhouse/"),
        URI.create("https://boards-api.eu.greenhouse.io/"), URI.create("https://api.lever.co"),
        URI.create("https://api.eu.lever.co"), URI.create("https://api.ashbyhq.com"), FetchPolicy.defaults());

    assertThat(options.greenhouseApiUrl()).isEqualTo(URI.create("http://127.0.0.1:8089/greenhouse"));
    assertThat(options.greenhouseEuApiUrl()).isEqualTo(URI.create("https://boards-api.eu.greenhouse.io"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/relative", "ftp://api.lever.co", "https://api.lever.co?key=1", "mailto:x@y.z"})
  void refuses_base_urls_that_are_not_plain_web_addresses(String base) {
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> new JobBoardOptions(URI.create(base), URI.create("https://a.example"), URI.create("https://a.example"),
            URI.create("https://a.example"), URI.create("https://a.example"), FetchPolicy.defaults()));

    assertThat(thrown.getMessage()).contains("greenhouseApiUrl");
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "127.0.0.1", "http://127.0.0.1:80", "127.0.0.1:port"})
  void trusts_only_host_and_port_entries(String entry) {
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> FetchPolicy.defaults().withTrustedHosts(Set.of(entry)));

    assertThat(thrown.code()).isEqualTo("value.invalid");
  }

  @Test
  void matches_page_hosts_exactly_or_by_wildcard() {
    FetchPolicy policy = FetchPolicy.defaults().withPageHosts(Set.of("Careers.Example.com", "*.jobs.example.org"));

    assertThat(policy.allowsPageHost("careers.example.com")).isTrue();
    assertThat(policy.allowsPageHost("eu.jobs.example.org")).isTrue();
    assertThat(policy.allowsPageHost("jobs.example.org")).isFalse();
    assertThat(policy.allowsPageHost("evil-jobs.example.org")).isFalse();
    assertThat(policy.allowsPageHost("example.com")).isFalse();
  }

  @Test
  void refuses_limits_out_of_range() {
    assertThat(catchThrowableOfType(InvalidValueException.class,
        () -> FetchPolicy.defaults().withMaxRedirects(11)).code()).isEqualTo("value.out-of-range");
    assertThat(catchThrowableOfType(InvalidValueException.class,
        () -> FetchPolicy.defaults().withTimeouts(Duration.ZERO, Duration.ofSeconds(1))).code())
        .isEqualTo("value.out-of-range");
    assertThat(catchThrowableOfType(InvalidValueException.class,
        () -> FetchPolicy.defaults().withMaxPageBytes(0)).code()).isEqualTo("value.out-of-range");
  }
}
