package dev.hireloop.adapter.out.jobboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hireloop.adapter.out.jobboard.UrlGuard.HostRule;
import dev.hireloop.adapter.out.jobboard.fake.FakeJobBoards;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.jobsource.JobSource;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile links, each refused with the reason it deserves, through the same path a recruiter's paste takes (the
 * first source that recognises the link). The policy trusts no host. Names resolve through a fixed table, so no DNS
 * is needed and "rebinding" answers can be staged; any name not in it does not resolve.
 */
class SsrfMatrixTest {
  private static final Map<String, String[]> DNS = Map.of(
      "careers.example.com", new String[] {"93.184.216.34"},
      "rebind.attacker.example", new String[] {"10.20.30.40"},
      "mixed.attacker.example", new String[] {"93.184.216.34", "127.0.0.1"},
      "v6only.attacker.example", new String[] {"fd00:ec2::254"},
      "metadata.attacker.example", new String[] {"169.254.169.254"},
      "127.0.0.1.nip.io", new String[] {"127.0.0.1"},
      "cgnat.attacker.example", new String[] {"100.100.100.200"});
  private static FakeJobBoards boards;

  @BeforeAll
  static void startBoards() {
    boards = FakeJobBoards.start();
  }

  @AfterAll
  static void stopBoards() {
    boards.close();
  }

  static InetAddress[] resolve(String host) throws UnknownHostException {
    String[] addresses = DNS.get(host);
    if (addresses == null) {
      throw new UnknownHostException(host);
    }
    InetAddress[] resolved = new InetAddress[addresses.length];
    for (int i = 0; i < addresses.length; i++) {
      resolved[i] = InetAddress.getByName(addresses[i]);               // literals: no lookup
    }
    return resolved;
  }

  static Stream<Arguments> hostile_links() {
    return Stream.of(
        Arguments.of("http://careers.example.com/jobs/1", "url.not-https"),
        Arguments.of("ftp://careers.example.com/jobs/1", "url.not-https"),
        Arguments.of("file:///etc/passwd", "url.not-https"),
        Arguments.of("gopher://127.0.0.1:6379/_FLUSHALL", "url.not-https"),
        Arguments.of("https://127.0.0.1/admin", "url.private-address"),
        Arguments.of("https://localhost/admin", "url.private-address"),
        Arguments.of("https://localhost./admin", "url.private-address"),
        Arguments.of("https://api.localhost/", "url.private-address"),
        Arguments.of("https://2130706433/", "url.private-address"),
        Arguments.of("https://0177.0.0.1/", "url.private-address"),
        Arguments.of("https://0x7f.0.0.1/", "url.private-address"),
        Arguments.of("https://0x7f000001/", "url.private-address"),
        Arguments.of("https://127.1/", "url.private-address"),
        Arguments.of("https://0/", "url.private-address"),
        Arguments.of("https://0.0.0.0/", "url.private-address"),
        Arguments.of("https://10.0.0.8/", "url.private-address"),
        Arguments.of("https://172.16.5.4/", "url.private-address"),
        Arguments.of("https://172.31.255.255/", "url.private-address"),
        Arguments.of("https://192.168.1.1/router", "url.private-address"),
        Arguments.of("https://169.254.169.254/latest/meta-data/", "url.private-address"),
        Arguments.of("https://100.64.0.1/", "url.private-address"),
        Arguments.of("https://224.0.0.1/", "url.private-address"),
        Arguments.of("https://255.255.255.255/", "url.private-address"),
        Arguments.of("https://[::1]/", "url.private-address"),
        Arguments.of("https://[::]/", "url.private-address"),
        Arguments.of("https://[::ffff:127.0.0.1]/", "url.private-address"),
        Arguments.of("https://[::ffff:a9fe:a9fe]/", "url.private-address"),
        Arguments.of("https://[0:0:0:0:0:ffff:7f00:1]/", "url.private-address"),
        Arguments.of("https://[::127.0.0.1]/", "url.private-address"),
        Arguments.of("https://[64:ff9b::a9fe:a9fe]/", "url.private-address"),
        Arguments.of("https://[2002:7f00:1::]/", "url.private-address"),
        Arguments.of("https://[fe80::1]/", "url.private-address"),
        Arguments.of("https://[fc00::1]/", "url.private-address"),
        Arguments.of("https://[fd12:3456:789a::1]/", "url.private-address"),
        Arguments.of("https://[ff02::1]/", "url.private-address"),
        Arguments.of("https://rebind.attacker.example/job", "url.private-address"),
        Arguments.of("https://mixed.attacker.example/job", "url.private-address"),
        Arguments.of("https://v6only.attacker.example/job", "url.private-address"),
        Arguments.of("https://metadata.attacker.example/job", "url.private-address"),
        Arguments.of("https://127.0.0.1.nip.io/job", "url.private-address"),
        Arguments.of("https://cgnat.attacker.example/job", "url.private-address"),
        Arguments.of("https://careers.example.com@127.0.0.1/jobs/1", "url.credentials"),
        Arguments.of("https://user:secret@careers.example.com/jobs/1", "url.credentials"),
        Arguments.of("https://careers.example.com:8443/jobs/1", "url.port-not-allowed"),
        Arguments.of("https://careers.example.com:22/", "url.port-not-allowed"),
        Arguments.of("https://metadata/computeMetadata/v1/", "url.host-not-allowed"),
        Arguments.of("https://metadata.google.internal/computeMetadata/v1/", "url.host-not-allowed"),
        Arguments.of("https://printer.local/", "url.host-not-allowed"),
        Arguments.of("https://no-such-host.example/jobs/1", "url.unresolvable"),
        Arguments.of("https://0x08.0x08.0x08.0x08/", "url.invalid"),
        Arguments.of("https://1.2.3.4.5/", "url.invalid"),
        Arguments.of("https://exa%6dple.com/", "url.invalid"),
        Arguments.of("https:///jobs/1", "url.invalid"),
        Arguments.of("https://127.0.0.1/careers?gh_jid=4012345", "url.private-address"),
        Arguments.of("http://169.254.169.254/careers?gh_jid=4012345", "url.not-https"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource
  void hostile_links(String link, String code) {
    TestSources sources = new TestSources(JobBoardOptions.defaults(), SsrfMatrixTest::resolve);
    URI url = URI.create(link);
    JobSource source = sources.sources.stream().filter(s -> s.recognises(url)).findFirst()
        .orElse(sources.named("json-ld"));

    Throwable thrown = catchThrowable(() -> source.fetch(url));

    assertThat(thrown).isInstanceOf(InvalidValueException.class);
    assertThat(((InvalidValueException) thrown).code()).isEqualTo(code);
  }

  @Test
  void the_matrix_holds_far_more_than_fifteen_links() {
    assertThat(hostile_links().count()).isGreaterThanOrEqualTo(15);
  }

  @Test
  void lets_a_public_https_page_through_the_guard() {
    UrlGuard guard = new UrlGuard(FetchPolicy.defaults(), SsrfMatrixTest::resolve);

    assertThatCode(() -> guard.check(URI.create("https://careers.example.com/jobs/1"), HostRule.page()))
        .doesNotThrowAnyException();
    assertThatCode(() -> guard.check(URI.create("https://CAREERS.example.com./jobs/1"), HostRule.page()))
        .doesNotThrowAnyException();
    assertThatCode(() -> guard.check(URI.create("https://93.184.216.34/jobs/1"), HostRule.page()))
        .doesNotThrowAnyException();
  }

  @Test
  void keeps_pages_to_the_configured_hosts() {
    UrlGuard guard = new UrlGuard(FetchPolicy.defaults().withPageHosts(Set.of("*.example.com")),
        SsrfMatrixTest::resolve);

    assertThatCode(() -> guard.check(URI.create("https://careers.example.com/jobs/1"), HostRule.page()))
        .doesNotThrowAnyException();
    Throwable elsewhere = catchThrowable(() -> guard.check(URI.create("https://rebind.attacker.example/"),
        HostRule.page()));
    assertThat(((InvalidValueException) elsewhere).code()).isEqualTo("url.host-not-allowed");
    Throwable rawAddress = catchThrowable(() -> guard.check(URI.create("https://93.184.216.34/"), HostRule.page()));
    assertThat(((InvalidValueException) rawAddress).code()).isEqualTo("url.host-not-allowed");
  }

  static Stream<Arguments> redirects_from_a_trusted_page() {
    return Stream.of(
        Arguments.of("https://169.254.169.254/latest/meta-data/iam/", "url.private-address"),
        Arguments.of("https://127.0.0.1/admin", "url.private-address"),
        Arguments.of("https://[::ffff:169.254.169.254]/", "url.private-address"),
        Arguments.of("https://10.0.0.1/", "url.private-address"),
        Arguments.of("https://0x7f.1/", "url.private-address"),
        Arguments.of("http://10.0.0.1/", "url.not-https"),
        Arguments.of("file:///etc/passwd", "url.not-https"),
        Arguments.of("https://user@careers.example.com/", "url.credentials"),
        Arguments.of("https://intranet/", "url.host-not-allowed"),
        Arguments.of("/special/hops/3", "url.too-many-redirects"));
  }

  /** The fake is trusted (it is on loopback), so only the redirect's target is judged. */
  @ParameterizedTest(name = "redirect to {0} → {1}")
  @MethodSource
  void redirects_from_a_trusted_page(String target, String code) {
    TestSources sources = new TestSources(boards.options(), SsrfMatrixTest::resolve);
    URI url = boards.url("/special/redirect?to=" + java.net.URLEncoder.encode(target,
        java.nio.charset.StandardCharsets.UTF_8));

    Throwable thrown = catchThrowable(() -> sources.named("json-ld").fetch(url));

    assertThat(thrown).isInstanceOf(InvalidValueException.class);
    assertThat(((InvalidValueException) thrown).code()).isEqualTo(code);
  }

  @Test
  void trusts_only_the_exact_host_and_port_configured() {
    UrlGuard guard = new UrlGuard(FetchPolicy.defaults().withTrustedHosts(Set.of("127.0.0.1:8089")),
        SsrfMatrixTest::resolve);

    assertThatCode(() -> guard.check(URI.create("http://127.0.0.1:8089/x"), HostRule.page()))
        .doesNotThrowAnyException();
    Throwable otherPort = catchThrowable(() -> guard.check(URI.create("http://127.0.0.1:8090/x"), HostRule.page()));
    assertThat(((InvalidValueException) otherPort).code()).isEqualTo("url.not-https");
  }
}
