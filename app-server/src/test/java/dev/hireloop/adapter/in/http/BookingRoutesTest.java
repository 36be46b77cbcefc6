package dev.hireloop.adapter.in.http;

import static dev.hireloop.adapter.in.http.SchedulingFixture.TUESDAY_NINE;
import static dev.hireloop.adapter.in.http.SeedSchedulingRoutesTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code /api/slots} and {@code /api/bookings}: the recruiter's own view of slots and bookings. */
class BookingRoutesTest extends SchedulingApiTest {
  @Test
  void lists_slots_in_the_availability_zone_by_default() {
    TestApi.Response response = api.get("/api/slots?from=2030-01-08&to=2030-01-08", api.tokenA);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode slots = response.json();
    assertThat(slots.get("timezone").asText()).isEqualTo("Europe/London");
    assertThat(slots.get("from").asText()).isEqualTo("2030-01-08");
    assertThat(slots.get("to").asText()).isEqualTo("2030-01-08");
    assertThat(slots.get("duration_minutes").asInt()).isEqualTo(45);
    assertThat(SchedulingFixture.starts(slots.get("slots"))).startsWith(TUESDAY_NINE, "2030-01-08T09:15:00Z")
        .endsWith("2030-01-08T16:15:00Z").hasSize(30);
    assertThat(slots.get("slots").get(0).get("local_start").asText()).isEqualTo("2030-01-08T09:00:00+00:00");
  }

  @Test
  void lists_slots_for_a_template_on_the_candidates_clock() {
    String template = api.post("/api/interview-templates", api.tokenA,
        "{\"name\": \"Deep dive\", \"duration_minutes\": 120}").json().get("id").asText();

    JsonNode slots = api.get("/api/slots?template_id=" + template
        + "&from=2030-01-08&to=2030-01-08&timezone=America/St_Johns", api.tokenA).json();

    assertThat(slots.get("duration_minutes").asInt()).isEqualTo(120);
    assertThat(slots.get("timezone").asText()).isEqualTo("America/St_Johns");
    // the candidate's 8 January ends at 03:30Z on the 9th, so London's whole Tuesday fits in it
    assertThat(SchedulingFixture.starts(slots.get("slots"))).first().isEqualTo(TUESDAY_NINE);
    assertThat(slots.get("slots").get(0).get("local_start").asText()).isEqualTo("2030-01-08T05:30:00-03:30");
  }

  @Test
  void refuses_bad_slot_queries_naming_the_parameter() {
    assertField(api.get("/api/slots?to=2030-01-08", api.tokenA), "from");
    assertField(api.get("/api/slots?from=2030-01-08", api.tokenA), "to");
    assertField(api.get("/api/slots?from=08/01/2030&to=2030-01-08", api.tokenA), "from");
    assertField(api.get("/api/slots?from=2030-01-09&to=2030-01-08", api.tokenA), "to");
    assertField(api.get("/api/slots?from=2030-01-01&to=2030-06-01", api.tokenA), "to");
    assertField(api.get("/api/slots?from=2030-01-08&to=2030-01-08&timezone=GMT+1", api.tokenA), "timezone");
    assertField(api.get("/api/slots?from=2030-01-08&to=2030-01-08&template_id=x", api.tokenA), "template_id");
    assertThat(api.get("/api/slots?from=2030-01-08&to=2030-01-08&template_id=6a0c7a4e-3f2b-4f5e-9a1d-2b3c4d5e6f70",
        api.tokenA).status()).isEqualTo(404);
  }

  @Test
  void books_a_slot_directly_and_it_leaves_the_offer() {
    String profile = SchedulingFixture.profile(api, api.tokenA, "Asia/Kolkata");

    TestApi.Response created = api.post("/api/bookings", api.tokenA,
        "{\"profile_id\": \"" + profile + "\", \"start\": \"" + TUESDAY_NINE + "\"}");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode booking = created.json();
    String id = booking.get("id").asText();
    assertThat(created.header("Location")).isEqualTo("/api/bookings/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"" + booking.get("version").asLong() + "\"");
    assertThat(booking.get("status").asText()).isEqualTo("confirmed");
    assertThat(booking.get("profile_id").asText()).isEqualTo(profile);
    assertThat(booking.get("provider").asText()).isEqualTo("manual");
    assertThat(booking.get("timezone").asText()).isEqualTo("Asia/Kolkata");
    assertThat(booking.get("start").asText()).isEqualTo(TUESDAY_NINE);
    assertThat(booking.get("end").asText()).isEqualTo("2030-01-08T09:45:00Z");
    assertThat(booking.get("local_start").asText()).isEqualTo("2030-01-08T14:30:00+05:30");
    assertThat(booking.get("reschedules")).isEmpty();
    assertThat(api.get("/api/bookings/" + id, api.tokenA).json()).isEqualTo(booking);
    assertThat(SchedulingFixture.starts(api.get("/api/slots?from=2030-01-08&to=2030-01-08", api.tokenA).json()
        .get("slots"))).doesNotContain(TUESDAY_NINE, "2030-01-08T09:15:00Z", "2030-01-08T09:30:00Z")
        .contains("2030-01-08T09:45:00Z");
  }

  @Test
  void refuses_bad_bookings_naming_the_field_and_writes_nothing() {
    String profile = SchedulingFixture.profile(api, api.tokenA, null);
    long events = api.eventCount(api.recruiterA);

    assertField(api.post("/api/bookings", api.tokenA, "{\"start\": \"" + TUESDAY_NINE + "\"}"), "profile_id");
    assertField(api.post("/api/bookings", api.tokenA, "{\"profile_id\": \"" + profile + "\"}"), "start");
    assertField(api.post("/api/bookings", api.tokenA,
        "{\"profile_id\": \"" + profile + "\", \"start\": \"tuesday at nine\"}"), "start");
    assertField(api.post("/api/bookings", api.tokenA, "{\"profile_id\": \"" + profile + "\", \"start\": \""
        + TUESDAY_NINE + "\", \"timezone\": \"Europe/Londres\"}"), "timezone");
    assertField(api.post("/api/bookings", api.tokenA, "{\"profile_id\": \"" + profile + "\", \"start\": \""
        + TUESDAY_NINE + "\", \"status\": \"confirmed\"}"), "status");
    assertThat(api.eventCount(api.recruiterA)).isEqualTo(events);
    assertThat(api.bookingCount(api.recruiterA)).isZero();
  }

  @Test
  void a_start_that_is_not_offered_is_409_with_alternatives_and_a_past_one_422() {
    String profile = SchedulingFixture.profile(api, api.tokenA, "America/New_York");
    long events = api.eventCount(api.recruiterA);

    TestApi.Response offStep = api.post("/api/bookings", api.tokenA,
        "{\"profile_id\": \"" + profile + "\", \"start\": \"2030-01-08T09:10:00Z\"}");
    TestApi.Response weekend = api.post("/api/bookings", api.tokenA,
        "{\"profile_id\": \"" + profile + "\", \"start\": \"2030-01-12T10:00:00Z\"}");
    clock.set(Instant.parse("2030-01-08T12:00:00Z"));
    TestApi.Response past = api.post("/api/bookings", api.tokenA,
        "{\"profile_id\": \"" + profile + "\", \"start\": \"" + TUESDAY_NINE + "\"}");

    assertThat(offStep.status()).isEqualTo(409);
    assertThat(offStep.json().get("code").asText()).isEqualTo("booking.slot-unavailable");
    JsonNode alternatives = offStep.json().get("alternatives");
    assertThat(alternatives).isNotEmpty();
    // shown on the candidate's clock: the profile's zone
    assertThat(alternatives.get(0).get("local_start").asText()).endsWith("-05:00");
    assertThat(weekend.status()).isEqualTo(409);
    assertThat(past.status()).isEqualTo(422);
    assertThat(past.json().get("code").asText()).isEqualTo("booking.slot-in-past");
    assertThat(api.eventCount(api.recruiterA)).isEqualTo(events);
    assertThat(api.bookingCount(api.recruiterA)).isZero();
  }

  @Test
  void reschedules_keeping_the_booking_and_its_history() {
    String id = book(TUESDAY_NINE);

    TestApi.Response moved = api.post("/api/bookings/" + id + "/reschedule", api.tokenA,
        "{\"start\": \"2030-01-08T11:00:00Z\", \"reason\": \"candidate asked\"}");

    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    JsonNode booking = moved.json();
    assertThat(booking.get("id").asText()).isEqualTo(id);
    assertThat(booking.get("start").asText()).isEqualTo("2030-01-08T11:00:00Z");
    JsonNode move = booking.get("reschedules").get(0);
    assertThat(move.get("from").get("start").asText()).isEqualTo(TUESDAY_NINE);
    assertThat(move.get("to").get("start").asText()).isEqualTo("2030-01-08T11:00:00Z");
    assertThat(move.get("reason").asText()).isEqualTo("candidate asked");
    assertThat(SchedulingFixture.starts(api.get("/api/slots?from=2030-01-08&to=2030-01-08", api.tokenA).json()
        .get("slots"))).contains(TUESDAY_NINE).doesNotContain("2030-01-08T11:00:00Z");
  }

  @Test
  void refuses_a_reschedule_onto_a_taken_slot_or_without_a_start() {
    String first = book(TUESDAY_NINE);
    String second = book("2030-01-08T11:00:00Z");

    TestApi.Response taken = api.post("/api/bookings/" + second + "/reschedule", api.tokenA,
        "{\"start\": \"" + TUESDAY_NINE + "\"}");

    assertThat(taken.status()).isEqualTo(409);
    assertThat(SchedulingFixture.starts(taken.json().get("alternatives"))).doesNotContain(TUESDAY_NINE);
    assertField(api.post("/api/bookings/" + first + "/reschedule", api.tokenA, "{}"), "start");
    assertThat(api.get("/api/bookings/" + second, api.tokenA).json().get("start").asText())
        .isEqualTo("2030-01-08T11:00:00Z");
  }

  @Test
  void cancels_completes_and_marks_no_shows() {
    String cancelled = book(TUESDAY_NINE);
    String held = book("2030-01-07T09:00:00Z");
    String missed = book("2030-01-07T10:00:00Z");

    JsonNode afterCancel = api.post("/api/bookings/" + cancelled + "/cancel", api.tokenA,
        "{\"reason\": \"position filled\"}").json();
    TestApi.Response tooEarly = api.postEmpty("/api/bookings/" + held + "/complete", api.tokenA);
    clock.set(Instant.parse("2030-01-07T11:00:00Z"));
    TestApi.Response completed = api.postEmpty("/api/bookings/" + held + "/complete", api.tokenA);
    TestApi.Response noShow = api.postEmpty("/api/bookings/" + missed + "/no-show", api.tokenA);

    assertThat(afterCancel.get("status").asText()).isEqualTo("cancelled");
    assertThat(afterCancel.get("cancellation_reason").asText()).isEqualTo("position filled");
    assertThat(tooEarly.status()).isEqualTo(422);
    assertThat(tooEarly.json().get("code").asText()).isEqualTo("booking.not-started");
    assertThat(completed.status()).isEqualTo(200);
    assertThat(completed.json().get("status").asText()).isEqualTo("completed");
    assertThat(noShow.json().get("status").asText()).isEqualTo("no_show");
    assertThat(api.postEmpty("/api/bookings/" + held + "/no-show", api.tokenA).status()).isEqualTo(422);
  }

  @Test
  void another_recruiters_booking_is_not_found_and_stays_as_it_was() {
    String id = book(TUESDAY_NINE);

    assertThat(api.get("/api/bookings/" + id, api.tokenB).status()).isEqualTo(404);
    assertThat(api.postEmpty("/api/bookings/" + id + "/cancel", api.tokenB).status()).isEqualTo(404);
    assertThat(api.post("/api/bookings/" + id + "/reschedule", api.tokenB,
        "{\"start\": \"2030-01-08T11:00:00Z\"}").status()).isEqualTo(404);
    assertThat(api.postEmpty("/api/bookings/" + id + "/complete", api.tokenB).status()).isEqualTo(404);
    assertThat(api.get("/api/bookings/" + id, api.tokenA).json().get("status").asText()).isEqualTo("confirmed");
    assertThat(api.get("/api/bookings/6a0c7a4e-3f2b-4f5e-9a1d-2b3c4d5e6f70", api.tokenA).status())
        .isEqualTo(404);
    assertField(api.get("/api/bookings/abc", api.tokenA), "booking_id");
  }

  @Test
  void a_link_booking_is_a_booking_too() {
    JsonNode link = SchedulingFixture.linkForNewProfile(api, "Europe/London");

    JsonNode booking = api.get("/api/bookings/" + link.get("booking_id").asText(), api.tokenA).json();

    assertThat(booking.get("status").asText()).isEqualTo("pending");
    assertThat(booking.get("start").isNull()).isTrue();
    assertThat(booking.get("expires_at").asText()).isEqualTo(link.get("expires_at").asText());
  }

  private String book(String start) {
    String profile = SchedulingFixture.profile(api, api.tokenA, null);
    TestApi.Response response = api.post("/api/bookings", api.tokenA,
        "{\"profile_id\": \"" + profile + "\", \"start\": \"" + start + "\"}");
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asText();
  }
}
