package dev.hireloop.adapter.in.http;

import static dev.hireloop.adapter.in.http.SchedulingFixture.TUESDAY_NINE;
import static dev.hireloop.adapter.in.http.SeedSchedulingRoutesTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 000's interview management: filters, order, pagination, one interview, recruiter isolation. */
class InterviewRoutesTest extends SchedulingApiTest {
  @Test
  void shows_one_interview_on_both_clocks() {
    String profile = api.createProfile(api.tokenA, "{\"full_name\": \"Ada Lovelace\", \"email\": "
        + "\"ada@example.com\", \"time_zone\": \"Asia/Kolkata\"}");
    String id = api.post("/api/bookings", api.tokenA,
        "{\"profile_id\": \"" + profile + "\", \"start\": \"" + TUESDAY_NINE + "\"}").json().get("id").asText();

    TestApi.Response response = api.get("/api/interviews/" + id, api.tokenA);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode interview = response.json();
    assertThat(interview.get("id").asText()).isEqualTo(id);
    assertThat(interview.get("profile_id").asText()).isEqualTo(profile);
    assertThat(interview.get("candidate_name").asText()).isEqualTo("Ada Lovelace");
    assertThat(interview.get("candidate_email").asText()).isEqualTo("ada@example.com");
    assertThat(interview.get("title").asText()).isEqualTo("45-Minute Candidate Interview");
    assertThat(interview.get("start").asText()).isEqualTo(TUESDAY_NINE);
    assertThat(interview.get("end").asText()).isEqualTo("2030-01-08T09:45:00Z");
    assertThat(interview.get("timezone").asText()).isEqualTo("Asia/Kolkata");
    assertThat(interview.get("recruiter_timezone").asText()).isEqualTo("Europe/London");
    assertThat(interview.get("local_start").asText()).isEqualTo("2030-01-08T14:30:00+05:30");
    assertThat(interview.get("recruiter_local_start").asText()).isEqualTo("2030-01-08T09:00:00+00:00");
    assertThat(interview.get("status").asText()).isEqualTo("confirmed");
    assertThat(interview.get("provider").asText()).isEqualTo("manual");
    assertThat(interview.get("location_kind").asText()).isEqualTo("video");
    assertThat(interview.get("reschedule_count").asInt()).isZero();
    assertThat(interview.get("cancellation_reason").isNull()).isTrue();
  }

  @Test
  void filters_upcoming_today_completed_and_all_in_start_order() {
    String tomorrow = book(TUESDAY_NINE);
    String laterToday = book("2030-01-07T15:00:00Z");
    String earlierToday = book("2030-01-07T09:00:00Z");
    String cancelled = book("2030-01-09T10:00:00Z");
    api.postEmpty("/api/bookings/" + cancelled + "/cancel", api.tokenA);
    clock.set(Instant.parse("2030-01-07T10:00:00Z"));
    api.postEmpty("/api/bookings/" + earlierToday + "/complete", api.tokenA);

    assertThat(ids("upcoming")).containsExactly(laterToday, tomorrow);
    assertThat(ids(null)).containsExactly(laterToday, tomorrow);
    assertThat(ids("today")).containsExactly(earlierToday, laterToday);
    assertThat(ids("completed")).containsExactly(earlierToday);
    assertThat(ids("all")).containsExactly(earlierToday, laterToday, tomorrow, cancelled);
  }

  @Test
  void pages_through_the_interviews() {
    String first = book("2030-01-07T09:00:00Z");
    String second = book("2030-01-07T10:00:00Z");
    String third = book("2030-01-07T11:00:00Z");

    JsonNode page = api.get("/api/recruiter/interviews?filter=all&offset=1&limit=1", api.tokenA).json();

    assertThat(page.get("total").asInt()).isEqualTo(3);
    assertThat(page.get("offset").asInt()).isEqualTo(1);
    assertThat(page.get("limit").asInt()).isEqualTo(1);
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(second);
    assertThat(ids("all")).containsExactly(first, second, third);
  }

  @Test
  void keeps_recruiters_apart() {
    String id = book(TUESDAY_NINE);

    assertThat(api.get("/api/interviews/" + id, api.tokenB).status()).isEqualTo(404);
    assertThat(api.get("/api/recruiter/interviews?filter=all", api.tokenB).json().get("total").asInt()).isZero();
  }

  @Test
  void a_link_without_a_slot_is_no_interview_yet() {
    String bookingId = SchedulingFixture.linkForNewProfile(api, "Europe/London").get("booking_id").asText();

    TestApi.Response response = api.get("/api/interviews/" + bookingId, api.tokenA);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("code").asText()).isEqualTo("interview.not-found");
    assertThat(api.get("/api/recruiter/interviews?filter=all", api.tokenA).json().get("total").asInt()).isZero();
  }

  @Test
  void refuses_an_unknown_filter_and_bad_paging() {
    assertField(api.get("/api/recruiter/interviews?filter=tomorrow", api.tokenA), "filter");
    assertField(api.get("/api/recruiter/interviews?limit=0", api.tokenA), "limit");
    assertField(api.get("/api/recruiter/interviews?offset=x", api.tokenA), "offset");
    assertField(api.get("/api/interviews/not-an-id", api.tokenA), "interview_id");
  }

  private String book(String start) {
    String profile = SchedulingFixture.profile(api, api.tokenA, null);
    TestApi.Response response = api.post("/api/bookings", api.tokenA,
        "{\"profile_id\": \"" + profile + "\", \"start\": \"" + start + "\"}");
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asText();
  }

  private List<String> ids(String filter) {
    TestApi.Response response = api.get("/api/recruiter/interviews" + (filter == null ? "" : "?filter=" + filter),
        api.tokenA);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    response.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }
}
