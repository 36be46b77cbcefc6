package dev.hireloop.adapter.in.http;

import static dev.hireloop.adapter.in.http.SchedulingFixture.TUESDAY_NINE;
import static dev.hireloop.adapter.in.http.SeedSchedulingRoutesTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireloop.domain.booking.BookingCancelled;
import dev.hireloop.domain.booking.BookingConfirmed;
import dev.hireloop.domain.booking.BookingRequested;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.port.out.events.StoredEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The booking-link JSON API: no bearer token, the signed token in the path is the candidate's credential. */
class BookingLinkRoutesTest extends SchedulingApiTest {
  @Test
  void a_candidate_books_through_the_link_and_the_recruiter_follows_it_to_the_end() {
    JsonNode link = SchedulingFixture.linkForNewProfile(api, "America/New_York");
    String path = SchedulingFixture.linkPath(link);
    String bookingId = link.get("booking_id").asText();

    TestApi.Response details = api.getOpen(path);
    assertThat(details.status()).isEqualTo(200);
    assertThat(details.json().get("status").asText()).isEqualTo("pending");
    assertThat(details.json().get("slot").isNull()).isTrue();

    JsonNode slots = api.getOpen(path + "/slots?from=2030-01-08&to=2030-01-08").json();
    assertThat(slots.get("timezone").asText()).isEqualTo("America/New_York");
    assertThat(slots.get("interviewer_timezone").asText()).isEqualTo("Europe/London");
    assertThat(slots.get("duration_minutes").asInt()).isEqualTo(45);
    JsonNode first = slots.get("slots").get(0);
    assertThat(first.get("start").asText()).isEqualTo(TUESDAY_NINE);
    assertThat(first.get("end").asText()).isEqualTo("2030-01-08T09:45:00Z");
    assertThat(first.get("local_start").asText()).isEqualTo("2030-01-08T04:00:00-05:00");
    assertThat(first.get("local_end").asText()).isEqualTo("2030-01-08T04:45:00-05:00");

    TestApi.Response booked = api.postOpen(path + "/book", "{\"start\": \"" + TUESDAY_NINE + "\"}");
    assertThat(booked.status()).isEqualTo(201);
    assertThat(booked.json().get("status").asText()).isEqualTo("confirmed");
    assertThat(booked.json().get("slot").get("start").asText()).isEqualTo(TUESDAY_NINE);
    assertThat(booked.json().get("slot").get("local_start").asText()).isEqualTo("2030-01-08T04:00:00-05:00");

    JsonNode confirmed = api.get("/scheduling/booking/" + bookingId + "/status?provider=manual", api.tokenA).json();
    assertThat(confirmed.get("status").asText()).isEqualTo("confirmed");
    assertThat(confirmed.get("start").asText()).isEqualTo(TUESDAY_NINE);
    assertThat(confirmed.get("end").asText()).isEqualTo("2030-01-08T09:45:00Z");

    TestApi.Response cancelled = api.post("/scheduling/booking/" + bookingId + "/cancel?provider=manual",
        api.tokenA, "{\"reason\": \"position filled\"}");
    assertThat(cancelled.status()).isEqualTo(200);
    JsonNode after = api.get("/scheduling/booking/" + bookingId + "/status?provider=manual", api.tokenA).json();
    assertThat(after.get("status").asText()).isEqualTo("cancelled");
    assertThat(after.get("cancellation_reason").asText()).isEqualTo("position filled");

    List<Class<?>> events = api.hireloop.persistence().eventOutbox().list(api.recruiterA, PageRequest.first(50))
        .items().stream().map(StoredEvent::event).<Class<?>>map(Object::getClass).toList();
    assertThat(events).contains(BookingRequested.class, BookingConfirmed.class, BookingCancelled.class);
  }

  @Test
  void shows_the_offer_without_candidate_data() {
    String profile = api.createProfile(api.tokenA, "{\"full_name\": \"Zelda Quartermaine\", \"email\": "
        + "\"zelda@example.org\", \"phone\": \"+44 20 7946 0123\"}");
    JsonNode link = SchedulingFixture.link(api, api.tokenA,
        "{\"profile_id\": \"" + profile + "\", \"timezone\": \"America/New_York\"}");

    JsonNode details = api.getOpen(SchedulingFixture.linkPath(link)).json();

    assertThat(SchedulingFixture.fieldNames(details)).containsExactlyInAnyOrder("booking_id", "status", "title",
        "description", "duration_minutes", "interviewer_name", "interviewer_timezone", "timezone", "location_kind",
        "location_detail", "slot", "expires_at");
    assertThat(details.get("title").asText()).isEqualTo("45-Minute Candidate Interview");
    assertThat(details.get("duration_minutes").asInt()).isEqualTo(45);
    assertThat(details.get("interviewer_name").asText()).isEqualTo("Alice Recruiter");
    assertThat(details.get("interviewer_timezone").asText()).isEqualTo("Europe/London");
    assertThat(details.get("timezone").asText()).isEqualTo("America/New_York");
    assertThat(details.get("location_kind").asText()).isEqualTo("video");
    assertThat(details.get("location_detail").isNull()).isTrue();
    assertThat(details.toString()).doesNotContain("Zelda").doesNotContain("zelda@").doesNotContain("7946")
        .doesNotContain(profile);
  }

  @Test
  void link_answers_are_not_cached_and_do_not_leak_the_token_as_a_referrer() {
    JsonNode link = SchedulingFixture.linkForNewProfile(api, "Europe/London");

    TestApi.Response response = api.getOpen(SchedulingFixture.linkPath(link));

    assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void lists_two_weeks_from_today_in_the_links_zone_by_default() {
    JsonNode link = SchedulingFixture.linkForNewProfile(api, "America/New_York");

    JsonNode slots = api.getOpen(SchedulingFixture.linkPath(link) + "/slots").json();

    // 2030-01-07T08:00Z is still 03:00 on the 7th in New York
    assertThat(slots.get("from").asText()).isEqualTo("2030-01-07");
    assertThat(slots.get("to").asText()).isEqualTo("2030-01-20");
    assertThat(slots.get("slots")).isNotEmpty();
  }

  @Test
  void lists_slots_on_the_clock_of_another_zone_when_asked() {
    JsonNode link = SchedulingFixture.linkForNewProfile(api, "America/New_York");

    JsonNode slots = api.getOpen(SchedulingFixture.linkPath(link)
        + "/slots?from=2030-01-08&to=2030-01-08&timezone=Asia/Kolkata").json();

    assertThat(slots.get("timezone").asText()).isEqualTo("Asia/Kolkata");
    assertThat(slots.get("slots")).isNotEmpty();
    slots.get("slots").forEach(slot -> assertThat(slot.get("local_start").asText()).endsWith("+05:30"));
    assertThat(slots.get("slots").get(0).get("local_start").asText()).isEqualTo("2030-01-08T14:30:00+05:30");
  }

  @Test
  void refuses_bad_slot_ranges_naming_the_parameter() {
    String path = SchedulingFixture.linkPath(SchedulingFixture.linkForNewProfile(api, "Europe/London"));

    assertField(api.getOpen(path + "/slots?timezone=Europe/Lndon"), "timezone");
    assertField(api.getOpen(path + "/slots?from=2030-1-8"), "from");
    assertField(api.getOpen(path + "/slots?from=2030-02-30"), "from");
    assertField(api.getOpen(path + "/slots?from=2030-01-08&to=tomorrow"), "to");
    TestApi.Response reversed = api.getOpen(path + "/slots?from=2030-01-10&to=2030-01-08");
    assertField(reversed, "to");
    assertThat(reversed.json().get("code").asText()).isEqualTo("slots.range-reversed");
    TestApi.Response tooLong = api.getOpen(path + "/slots?from=2030-01-08&to=2030-03-31");
    assertField(tooLong, "to");
    assertThat(tooLong.json().get("code").asText()).isEqualTo("slots.range-too-long");
  }

  @Test
  void a_tampered_or_made_up_token_is_not_found_everywhere() {
    String token = SchedulingFixture.token(SchedulingFixture.linkForNewProfile(api, "Europe/London"));
    // a character inside the signed payload: every one of its bits counts (the last one of a base64 text may not)
    char inside = token.charAt(3);
    String tampered = token.substring(0, 3) + (inside == 'A' ? 'B' : 'A') + token.substring(4);
    long events = api.eventCount(api.recruiterA);

    for (String bad : List.of(tampered, "not-a-token", token + "x")) {
      String path = "/scheduling/links/" + bad;
      assertNotFound(api.getOpen(path));
      assertNotFound(api.getOpen(path + "/slots?from=2030-01-08&to=2030-01-08"));
      assertNotFound(api.postOpen(path + "/book", "{\"start\": \"" + TUESDAY_NINE + "\"}"));
    }
    assertThat(api.eventCount(api.recruiterA)).isEqualTo(events);
    assertThat(api.bookingCount(api.recruiterA)).isZero();
  }

  @Test
  void an_expired_link_is_gone_and_books_nothing() {
    String path = SchedulingFixture.linkPath(SchedulingFixture.linkForNewProfile(api, "Europe/London"));
    clock.advance(Duration.ofDays(14).plusMinutes(1));
    long events = api.eventCount(api.recruiterA);

    TestApi.Response slots = api.getOpen(path + "/slots");
    TestApi.Response book = api.postOpen(path + "/book", "{\"start\": \"2030-01-22T09:00:00Z\"}");

    assertThat(slots.status()).isEqualTo(410);
    assertThat(slots.contentType()).startsWith("application/problem+json");
    assertThat(slots.json().get("code").asText()).isEqualTo("booking-link.expired");
    assertThat(book.status()).isEqualTo(410);
    assertThat(api.eventCount(api.recruiterA)).isEqualTo(events);
    assertThat(api.bookingCount(api.recruiterA)).isZero();
  }

  @Test
  void a_used_link_cannot_book_again() {
    String path = SchedulingFixture.linkPath(SchedulingFixture.linkForNewProfile(api, "Europe/London"));
    assertThat(api.postOpen(path + "/book", "{\"start\": \"" + TUESDAY_NINE + "\"}").status()).isEqualTo(201);

    TestApi.Response again = api.postOpen(path + "/book", "{\"start\": \"2030-01-08T11:00:00Z\"}");
    TestApi.Response slots = api.getOpen(path + "/slots");

    assertThat(again.status()).isEqualTo(422);
    assertThat(again.json().get("code").asText()).isEqualTo("booking-link.used");
    assertThat(slots.status()).isEqualTo(422);
    assertThat(api.get("/api/recruiter/interviews?filter=all", api.tokenA).json().get("total").asLong())
        .isEqualTo(1);
  }

  @Test
  void a_slot_taken_meanwhile_is_409_with_free_alternatives_on_the_candidates_clock() {
    String first = SchedulingFixture.linkPath(SchedulingFixture.linkForNewProfile(api, "Europe/London"));
    String second = SchedulingFixture.linkPath(SchedulingFixture.linkForNewProfile(api, "America/New_York"));
    assertThat(api.postOpen(first + "/book", "{\"start\": \"" + TUESDAY_NINE + "\"}").status()).isEqualTo(201);
    long events = api.eventCount(api.recruiterA);

    TestApi.Response taken = api.postOpen(second + "/book",
        "{\"start\": \"" + TUESDAY_NINE + "\", \"timezone\": \"America/New_York\"}");

    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.contentType()).startsWith("application/problem+json");
    assertThat(taken.json().get("code").asText()).isIn("booking.slot-taken", "booking.slot-unavailable");
    JsonNode alternatives = taken.json().get("alternatives");
    assertThat(alternatives).isNotEmpty();
    assertThat(SchedulingFixture.starts(alternatives)).doesNotContain(TUESDAY_NINE);
    alternatives.forEach(slot -> assertThat(slot.get("local_start").asText()).endsWith("-05:00"));
    assertThat(api.eventCount(api.recruiterA)).isEqualTo(events);
    assertThat(api.getOpen(second).json().get("status").asText()).isEqualTo("pending");
  }

  @Test
  void a_start_off_the_slot_step_is_409_with_the_nearest_slots_and_writes_nothing() {
    String path = SchedulingFixture.linkPath(SchedulingFixture.linkForNewProfile(api, "Europe/London"));
    long events = api.eventCount(api.recruiterA);

    TestApi.Response offStep = api.postOpen(path + "/book", "{\"start\": \"2030-01-08T09:07:00Z\"}");

    assertThat(offStep.status()).isEqualTo(409);
    assertThat(offStep.json().get("code").asText()).isEqualTo("booking.slot-unavailable");
    assertThat(SchedulingFixture.starts(offStep.json().get("alternatives"))).isNotEmpty()
        .allSatisfy(start -> assertThat(Instant.parse(start).getEpochSecond() % (15 * 60)).isZero());
    assertThat(api.eventCount(api.recruiterA)).isEqualTo(events);
    assertThat(api.bookingCount(api.recruiterA)).isZero();
  }

  @Test
  void a_start_in_the_past_is_422() {
    String path = SchedulingFixture.linkPath(SchedulingFixture.linkForNewProfile(api, "Europe/London"));
    clock.set(Instant.parse("2030-01-08T12:00:00Z"));

    TestApi.Response past = api.postOpen(path + "/book", "{\"start\": \"" + TUESDAY_NINE + "\"}");

    assertThat(past.status()).isEqualTo(422);
    assertThat(past.json().get("code").asText()).isEqualTo("booking.slot-in-past");
    assertThat(api.bookingCount(api.recruiterA)).isZero();
  }

  @Test
  void refuses_a_malformed_booking_request_naming_the_field() {
    String path = SchedulingFixture.linkPath(SchedulingFixture.linkForNewProfile(api, "Europe/London"));
    long events = api.eventCount(api.recruiterA);

    assertField(api.postOpen(path + "/book", "{}"), "start");
    assertField(api.postOpen(path + "/book", "{\"start\": \"2030-01-08 09:00\"}"), "start");
    assertField(api.postOpen(path + "/book", "{\"start\": \"2030-01-08T09:00:00\"}"), "start");
    assertField(api.postOpen(path + "/book", "{\"start\": 1894006800}"), "start");
    assertField(api.postOpen(path + "/book", "{\"start\": \"" + TUESDAY_NINE + "\", \"timezone\": \"Nowhere\"}"),
        "timezone");
    assertField(api.postOpen(path + "/book", "{\"start\": \"" + TUESDAY_NINE + "\", \"profile_id\": \"x\"}"),
        "profile_id");
    assertThat(api.eventCount(api.recruiterA)).isEqualTo(events);
    assertThat(api.bookingCount(api.recruiterA)).isZero();
  }

  @Test
  void a_booking_with_an_offset_start_and_a_zone_keeps_the_candidates_zone() {
    JsonNode link = SchedulingFixture.linkForNewProfile(api, "Europe/London");

    TestApi.Response booked = api.postOpen(SchedulingFixture.linkPath(link) + "/book",
        "{\"start\": \"2030-01-08T14:30:00+05:30\", \"timezone\": \"Asia/Kolkata\"}");

    assertThat(booked.status()).isEqualTo(201);
    assertThat(booked.json().get("timezone").asText()).isEqualTo("Asia/Kolkata");
    assertThat(booked.json().get("slot").get("start").asText()).isEqualTo(TUESDAY_NINE);
    assertThat(booked.json().get("slot").get("local_start").asText()).isEqualTo("2030-01-08T14:30:00+05:30");
  }

  private static void assertNotFound(TestApi.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("code").asText()).isEqualTo("booking-link.invalid");
  }
}
