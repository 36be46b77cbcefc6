package dev.hireloop.adapter.in.http;

import static dev.hireloop.adapter.in.http.SchedulingFixture.NOW;
import static dev.hireloop.adapter.in.http.SchedulingFixture.TUESDAY_NINE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Seed 001's scheduling routes: {@code POST /scheduling/book}, then the booking's status and cancel. */
class SeedSchedulingRoutesTest extends SchedulingApiTest {
  @Test
  void creates_a_booking_link_in_the_seeds_shape() {
    String profile = SchedulingFixture.profile(api, api.tokenA, null);

    TestApi.Response response = api.post("/scheduling/book", api.tokenA, "{\"profile_id\": \"" + profile
        + "\", \"duration_minutes\": 30, \"provider\": \"manual\", \"timezone\": \"America/New_York\"}");

    assertThat(response.status()).isEqualTo(201);
    JsonNode link = response.json();
    assertThat(SchedulingFixture.fieldNames(link)).containsExactlyInAnyOrder("booking_link", "booking_id",
        "provider", "duration_minutes", "expires_at", "status");
    assertThat(link.get("booking_link").asText()).startsWith(api.base() + "/book/")
        .matches(".*/book/[A-Za-z0-9_.-]{20,200}");
    assertThat(link.get("provider").asText()).isEqualTo("manual");
    assertThat(link.get("duration_minutes").asInt()).isEqualTo(30);
    assertThat(link.get("status").asText()).isEqualTo("pending");
    assertThat(Instant.parse(link.get("expires_at").asText())).isEqualTo(NOW.plus(Duration.ofDays(14)));
    assertThat(response.header("Location")).isEqualTo("/api/bookings/" + link.get("booking_id").asText());
  }

  @Test
  void builds_the_link_on_the_configured_base_url() {
    try (TestApi behindProxy = TestApi.start(URI.create("https://hire.example.com/app"),
        builder -> builder.clock(clock))) {
      String profile = SchedulingFixture.profile(behindProxy, behindProxy.tokenA, null);

      JsonNode link = SchedulingFixture.link(behindProxy, behindProxy.tokenA, "{\"profile_id\": \"" + profile + "\"}");

      assertThat(link.get("booking_link").asText()).startsWith("https://hire.example.com/app/book/");
    }
  }

  @Test
  void defaults_to_the_manual_provider_the_templates_length_and_the_profiles_zone() {
    String profile = SchedulingFixture.profile(api, api.tokenA, "Asia/Kolkata");

    JsonNode link = SchedulingFixture.link(api, api.tokenA, "{\"profile_id\": \"" + profile + "\"}");

    assertThat(link.get("provider").asText()).isEqualTo("manual");
    assertThat(link.get("duration_minutes").asInt()).isEqualTo(45);
    JsonNode status = status(link.get("booking_id").asText(), "");
    assertThat(status.get("timezone").asText()).isEqualTo("Asia/Kolkata");
  }

  @Test
  void without_a_zone_on_the_profile_the_link_opens_in_the_recruiters_zone() {
    String profile = SchedulingFixture.profile(api, api.tokenB, null);

    JsonNode link = SchedulingFixture.link(api, api.tokenB, "{\"profile_id\": \"" + profile + "\"}");

    assertThat(status(api.tokenB, link.get("booking_id").asText(), "").get("timezone").asText())
        .isEqualTo("America/New_York");
  }

  @Test
  void refuses_an_unknown_zone_naming_the_field_and_writes_nothing() {
    String profile = SchedulingFixture.profile(api, api.tokenA, null);
    long events = api.eventCount(api.recruiterA);

    for (String zone : new String[] {"Mars/Olympus_Mons", "+02:00", "EST5EDT_typo"}) {
      TestApi.Response response = api.post("/scheduling/book", api.tokenA,
          "{\"profile_id\": \"" + profile + "\", \"timezone\": \"" + zone + "\"}");

      assertThat(response.status()).as(zone).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.json().get("code").asText()).isEqualTo("timezone.invalid");
      assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("timezone");
    }
    assertThat(api.eventCount(api.recruiterA)).isEqualTo(events);
  }

  @Test
  void refuses_a_length_out_of_range_an_unknown_field_and_a_bad_profile_id() {
    String profile = SchedulingFixture.profile(api, api.tokenA, null);

    assertField(api.post("/scheduling/book", api.tokenA,
        "{\"profile_id\": \"" + profile + "\", \"duration_minutes\": 4}"), "duration_minutes");
    assertField(api.post("/scheduling/book", api.tokenA,
        "{\"profile_id\": \"" + profile + "\", \"duration_minutes\": 481}"), "duration_minutes");
    assertField(api.post("/scheduling/book", api.tokenA,
        "{\"profile_id\": \"" + profile + "\", \"duration_minutes\": \"30\"}"), "duration_minutes");
    assertField(api.post("/scheduling/book", api.tokenA,
        "{\"profile_id\": \"" + profile + "\", \"token\": \"mine\"}"), "token");
    assertField(api.post("/scheduling/book", api.tokenA, "{\"profile_id\": \"not-a-uuid\"}"), "profile_id");
    assertField(api.post("/scheduling/book", api.tokenA, "{\"duration_minutes\": 30}"), "profile_id");
    assertField(api.post("/scheduling/book", api.tokenA,
        "{\"profile_id\": \"" + profile + "\", \"template_id\": \"nope\"}"), "template_id");
  }

  @Test
  void an_unknown_or_unconfigured_provider_is_422_naming_it() {
    String profile = SchedulingFixture.profile(api, api.tokenA, null);
    long events = api.eventCount(api.recruiterA);

    for (String provider : new String[] {"calendly", "carrier-pigeon"}) {
      TestApi.Response response = api.post("/scheduling/book", api.tokenA,
          "{\"profile_id\": \"" + profile + "\", \"provider\": \"" + provider + "\"}");

      assertThat(response.status()).as(provider).isEqualTo(422);
      assertThat(response.json().get("code").asText()).isIn("provider.unknown", "provider.not-configured");
      assertThat(response.json().get("detail").asText()).contains(provider);
    }
    assertThat(api.eventCount(api.recruiterA)).isEqualTo(events);
  }

  @Test
  void another_recruiters_profile_is_not_found() {
    String theirs = SchedulingFixture.profile(api, api.tokenB, "Europe/Paris");

    TestApi.Response response = api.post("/scheduling/book", api.tokenA, "{\"profile_id\": \"" + theirs + "\"}");

    assertThat(response.status()).isEqualTo(404);
  }

  @Test
  void needs_a_bearer_token() {
    String profile = SchedulingFixture.profile(api, api.tokenA, null);

    TestApi.Response book = api.send(api.request("/scheduling/book").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"profile_id\": \"" + profile + "\"}")));
    TestApi.Response status = api.getOpen("/scheduling/booking/" + profile + "/status");

    assertThat(book.status()).isEqualTo(401);
    assertThat(status.status()).isEqualTo(401);
    assertThat(book.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void reports_a_pending_links_status_without_a_slot() {
    JsonNode link = SchedulingFixture.linkForNewProfile(api, "America/New_York");
    String bookingId = link.get("booking_id").asText();

    JsonNode status = status(bookingId, "?provider=manual");

    assertThat(SchedulingFixture.fieldNames(status)).contains("booking_id", "provider", "status",
        "duration_minutes", "timezone", "start", "end", "expires_at", "created_at", "updated_at", "reschedules",
        "cancellation_reason");
    assertThat(status.get("booking_id").asText()).isEqualTo(bookingId);
    assertThat(status.get("status").asText()).isEqualTo("pending");
    assertThat(status.get("provider").asText()).isEqualTo("manual");
    assertThat(status.get("timezone").asText()).isEqualTo("America/New_York");
    assertThat(status.get("start").isNull()).isTrue();
    assertThat(status.get("end").isNull()).isTrue();
    assertThat(status.get("reschedules")).isEmpty();
    assertThat(status.get("cancellation_reason").isNull()).isTrue();
  }

  @Test
  void a_status_for_another_provider_or_recruiter_or_id_is_refused() {
    String bookingId = SchedulingFixture.linkForNewProfile(api, "Europe/London").get("booking_id").asText();

    assertThat(api.get("/scheduling/booking/" + bookingId + "/status", api.tokenB).status()).isEqualTo(404);
    assertThat(api.get("/scheduling/booking/" + bookingId + "/status?provider=calendly", api.tokenA).status())
        .isEqualTo(404);
    TestApi.Response unknownProvider = api.get("/scheduling/booking/" + bookingId + "/status?provider=zoom",
        api.tokenA);
    assertThat(unknownProvider.status()).isEqualTo(422);
    assertThat(unknownProvider.json().get("code").asText()).isEqualTo("provider.unknown");
    assertThat(api.get("/scheduling/booking/6a0c7a4e-3f2b-4f5e-9a1d-2b3c4d5e6f70/status", api.tokenA).status())
        .isEqualTo(404);
    assertField(api.get("/scheduling/booking/42/status", api.tokenA), "booking_id");
  }

  @Test
  void cancels_with_a_reason_and_the_link_stops_working() {
    JsonNode link = SchedulingFixture.linkForNewProfile(api, "Europe/London");
    String bookingId = link.get("booking_id").asText();

    TestApi.Response cancelled = api.post("/scheduling/booking/" + bookingId + "/cancel?provider=manual",
        api.tokenA, "{\"reason\": \"candidate withdrew\"}");

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");
    assertThat(cancelled.json().get("cancellation_reason").asText()).isEqualTo("candidate withdrew");
    assertThat(status(bookingId, "?provider=manual").get("status").asText()).isEqualTo("cancelled");
    TestApi.Response book = api.postOpen(SchedulingFixture.linkPath(link) + "/book",
        "{\"start\": \"" + TUESDAY_NINE + "\"}");
    assertThat(book.status()).isEqualTo(422);
    assertThat(book.json().get("code").asText()).isEqualTo("booking-link.used");
  }

  @Test
  void cancels_without_a_body_but_not_twice() {
    String bookingId = SchedulingFixture.linkForNewProfile(api, "Europe/London").get("booking_id").asText();

    TestApi.Response first = api.postEmpty("/scheduling/booking/" + bookingId + "/cancel", api.tokenA);
    TestApi.Response second = api.postEmpty("/scheduling/booking/" + bookingId + "/cancel", api.tokenA);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().get("cancellation_reason").isNull()).isTrue();
    assertThat(second.status()).isEqualTo(422);
    assertThat(second.json().get("code").asText()).isEqualTo("booking.illegal-transition");
  }

  @Test
  void another_recruiter_cannot_cancel() {
    String bookingId = SchedulingFixture.linkForNewProfile(api, "Europe/London").get("booking_id").asText();

    assertThat(api.postEmpty("/scheduling/booking/" + bookingId + "/cancel", api.tokenB).status()).isEqualTo(404);
    assertThat(status(bookingId, "").get("status").asText()).isEqualTo("pending");
  }

  private JsonNode status(String bookingId, String query) {
    return status(api.tokenA, bookingId, query);
  }

  private JsonNode status(String token, String bookingId, String query) {
    TestApi.Response response = api.get("/scheduling/booking/" + bookingId + "/status" + query, token);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  static void assertField(TestApi.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
  }
}
