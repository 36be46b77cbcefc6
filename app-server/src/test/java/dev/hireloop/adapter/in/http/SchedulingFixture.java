package dev.hireloop.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.hireloop.adapter.out.notification.SmtpSettings;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.port.out.notification.EmailAddress;
import dev.hireloop.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shared setup of the scheduling route tests. The clock stands on Monday 2030-01-07 08:00 UTC; recruiter A works in
 * Europe/London (UTC in January) with the standard hours, weekdays 09:00–17:00, in 15-minute steps, and books the
 * original 45-minute template, so 2030-01-08 offers 09:00Z, 09:15Z, … 16:15Z.
 */
final class SchedulingFixture {
  static final Instant NOW = Instant.parse("2030-01-07T08:00:00Z");
  static final String TUESDAY_NINE = "2030-01-08T09:00:00Z";
  private static final AtomicInteger PROFILES = new AtomicInteger();

  private SchedulingFixture() {}

  static MutableClock clock() {
    return MutableClock.at(NOW);
  }

  static TestApi start(MutableClock clock) {
    return TestApi.start(builder -> builder.clock(clock));
  }

  /** A new profile of the token's recruiter; {@code zone} may be null (then the profile has none). */
  static String profile(TestApi api, String token, String zone) {
    int n = PROFILES.incrementAndGet();
    String json = "{\"full_name\": \"Candidate " + n + "\", \"email\": \"candidate" + n + "@example.com\""
        + (zone == null ? "" : ", \"time_zone\": \"" + zone + "\"") + "}";
    return api.createProfile(token, json);
  }

  /** {@code POST /scheduling/book} that must succeed. */
  static JsonNode link(TestApi api, String token, String json) {
    TestApi.Response response = api.post("/scheduling/book", token, json);
    if (response.status() != 201) {
      throw new IllegalStateException("link not created: " + response.status() + " " + response.body());
    }
    return response.json();
  }

  /** A link for a new profile of recruiter A whose page opens in {@code zone}. */
  static JsonNode linkForNewProfile(TestApi api, String zone) {
    String profile = profile(api, api.tokenA, null);
    return link(api, api.tokenA, "{\"profile_id\": \"" + profile + "\", \"timezone\": \"" + zone + "\"}");
  }

  /** The signed token inside a {@code booking_link}. */
  static String token(JsonNode link) {
    String url = link.get("booking_link").asText();
    return url.substring(url.indexOf("/book/") + "/book/".length());
  }

  static String linkPath(JsonNode link) {
    return "/scheduling/links/" + token(link);
  }

  /** The {@code start} of each slot in an array of slots or alternatives. */
  static List<String> starts(JsonNode slots) {
    List<String> starts = new ArrayList<>();
    slots.forEach(slot -> starts.add(slot.get("start").asText()));
    return starts;
  }

  static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Plain SMTP to a test's GreenMail server, with short timeouts and a fixed HELO name. */
  static SmtpSettings smtpTo(GreenMailExtension greenMail) {
    return SmtpSettings.of(greenMail.getSmtp().getBindTo(), greenMail.getSmtp().getPort(), SmtpSettings.Security.NONE,
            new EmailAddress(Optional.empty(), Email.of("bounces@hireloop.test")))
        .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5))
        .withLocalhost("app.hireloop.test");
  }
}
