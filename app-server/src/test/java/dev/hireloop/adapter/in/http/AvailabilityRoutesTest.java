package dev.hireloop.adapter.in.http;

import static dev.hireloop.adapter.in.http.SeedSchedulingRoutesTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AvailabilityRoutesTest {
  private static final String SETTINGS = """
      {
        "timezone": "America/New_York",
        "weekly_hours": {
          "monday": [{"start": "09:00", "end": "12:00"}, {"start": "13:00", "end": "17:30"}],
          "wednesday": [{"start": "10:00", "end": "24:00"}],
          "friday": []
        },
        "buffer_before_minutes": 10,
        "buffer_after_minutes": 15,
        "minimum_notice_minutes": 1440,
        "no_same_day": true,
        "window_days": 30,
        "slot_step_minutes": 30,
        "max_per_day": 4,
        "max_per_week": 12
      }
      """;

  private TestApi api;

  @BeforeEach
  void start() {
    api = SchedulingFixture.start(SchedulingFixture.clock());
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_new_recruiter_has_the_standard_hours_in_their_own_zone() {
    TestApi.Response response = api.get("/api/availability", api.tokenB);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("ETag")).isEqualTo("\"0\"");
    JsonNode availability = response.json();
    assertThat(availability.get("timezone").asText()).isEqualTo("America/New_York");
    assertThat(availability.get("version").asLong()).isZero();
    JsonNode week = availability.get("weekly_hours");
    assertThat(SchedulingFixture.fieldNames(week)).containsExactly("monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday");
    assertThat(week.get("monday").get(0).get("start").asText()).isEqualTo("09:00");
    assertThat(week.get("monday").get(0).get("end").asText()).isEqualTo("17:00");
    assertThat(week.get("sunday")).isEmpty();
    assertThat(availability.get("slot_step_minutes").asInt()).isEqualTo(15);
    assertThat(availability.get("max_per_day").isNull()).isTrue();
  }

  @Test
  void replaces_every_setting_and_reads_them_back() {
    TestApi.Response saved = api.put("/api/availability", api.tokenA, SETTINGS);

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    JsonNode back = api.get("/api/availability", api.tokenA).json();
    assertThat(back).isEqualTo(saved.json());
    assertThat(back.get("timezone").asText()).isEqualTo("America/New_York");
    JsonNode week = back.get("weekly_hours");
    assertThat(week.get("monday")).hasSize(2);
    assertThat(week.get("monday").get(1).get("end").asText()).isEqualTo("17:30");
    assertThat(week.get("wednesday").get(0).get("end").asText()).isEqualTo("24:00");
    assertThat(week.get("tuesday")).isEmpty();
    assertThat(week.get("friday")).isEmpty();
    assertThat(back.get("buffer_before_minutes").asInt()).isEqualTo(10);
    assertThat(back.get("buffer_after_minutes").asInt()).isEqualTo(15);
    assertThat(back.get("minimum_notice_minutes").asInt()).isEqualTo(1440);
    assertThat(back.get("no_same_day").asBoolean()).isTrue();
    assertThat(back.get("window_days").asInt()).isEqualTo(30);
    assertThat(back.get("slot_step_minutes").asInt()).isEqualTo(30);
    assertThat(back.get("max_per_day").asInt()).isEqualTo(4);
    assertThat(back.get("max_per_week").asInt()).isEqualTo(12);
    assertThat(back.get("version").asLong()).isPositive();
    assertThat(saved.header("ETag")).isEqualTo("\"" + back.get("version").asLong() + "\"");
    assertThat(api.get("/api/availability", api.tokenB).json().get("timezone").asText())
        .isEqualTo("America/New_York");
    assertThat(api.get("/api/availability", api.tokenB).json().get("version").asLong()).isZero();
  }

  @Test
  void absent_settings_take_their_standard_values() {
    JsonNode saved = api.put("/api/availability", api.tokenA, "{\"timezone\": \"Asia/Kolkata\", "
        + "\"weekly_hours\": {\"saturday\": [{\"start\": \"10:00\", \"end\": \"14:00\"}]}}").json();

    assertThat(saved.get("buffer_before_minutes").asInt()).isZero();
    assertThat(saved.get("minimum_notice_minutes").asInt()).isZero();
    assertThat(saved.get("no_same_day").asBoolean()).isFalse();
    assertThat(saved.get("window_days").asInt()).isEqualTo(60);
    assertThat(saved.get("slot_step_minutes").asInt()).isEqualTo(15);
    assertThat(saved.get("weekly_hours").get("monday")).isEmpty();
  }

  @Test
  void refuses_a_stale_version_in_if_match_or_in_the_body() {
    String etag = api.put("/api/availability", api.tokenA, SETTINGS).header("ETag");
    api.put("/api/availability", api.tokenA, SETTINGS);

    TestApi.Response staleHeader = api.send(api.request("/api/availability", api.tokenA)
        .header("Content-Type", "application/json").header("If-Match", etag)
        .PUT(HttpRequest.BodyPublishers.ofString(SETTINGS)));
    long version = Long.parseLong(etag.replace("\"", ""));
    TestApi.Response staleBody = api.put("/api/availability", api.tokenA,
        SETTINGS.replace("\"max_per_week\": 12", "\"max_per_week\": 12, \"version\": " + version));

    assertThat(staleHeader.status()).isEqualTo(409);
    assertThat(staleHeader.contentType()).startsWith("application/problem+json");
    assertThat(staleBody.status()).isEqualTo(409);
  }

  @Test
  void accepts_the_current_version_and_refuses_two_that_disagree() {
    JsonNode current = api.put("/api/availability", api.tokenA, SETTINGS).json();
    long version = current.get("version").asLong();

    TestApi.Response withVersion = api.put("/api/availability", api.tokenA,
        SETTINGS.replace("\"max_per_week\": 12", "\"max_per_week\": 10, \"version\": " + version));
    TestApi.Response disagreeing = api.send(api.request("/api/availability", api.tokenA)
        .header("Content-Type", "application/json").header("If-Match", "\"" + (version + 5) + "\"")
        .PUT(HttpRequest.BodyPublishers.ofString(SETTINGS.replace("\"max_per_week\": 12",
            "\"max_per_week\": 12, \"version\": " + (version + 1)))));

    assertThat(withVersion.status()).isEqualTo(200);
    assertThat(withVersion.json().get("max_per_week").asInt()).isEqualTo(10);
    assertField(disagreeing, "version");
  }

  @Test
  void refuses_bad_settings_naming_the_field() {
    assertField(put(SETTINGS.replace("America/New_York", "America/Gotham")), "timezone");
    assertField(put(SETTINGS.replace("\"timezone\": \"America/New_York\",", "")), "timezone");
    assertField(put("{\"timezone\": \"UTC\"}"), "weekly_hours");
    assertField(put(SETTINGS.replace("\"09:00\"", "\"9am\"")), "weekly_hours.monday[0].start");
    assertField(put(SETTINGS.replace("\"17:30\"", "\"24:30\"")), "weekly_hours.monday[1].end");
    assertField(put(SETTINGS.replace("\"12:00\"", "\"08:00\"")), "weekly_hours.monday[0]");
    assertField(put(SETTINGS.replace("\"13:00\"", "\"11:00\"")), "weekly_hours.monday");
    assertField(put(SETTINGS.replace("\"friday\"", "\"fryday\"")), "weekly_hours.fryday");
    assertField(put(SETTINGS.replace("\"buffer_before_minutes\": 10", "\"buffer_before_minutes\": -1")),
        "buffer_before_minutes");
    assertField(put(SETTINGS.replace("\"buffer_after_minutes\": 15", "\"buffer_after_minutes\": 1441")),
        "buffer_after_minutes");
    assertField(put(SETTINGS.replace("\"minimum_notice_minutes\": 1440", "\"minimum_notice_minutes\": 999999")),
        "minimum_notice_minutes");
    assertField(put(SETTINGS.replace("\"slot_step_minutes\": 30", "\"slot_step_minutes\": 4")), "slot_step_minutes");
    assertField(put(SETTINGS.replace("\"window_days\": 30", "\"window_days\": 367")), "window_days");
    assertField(put(SETTINGS.replace("\"max_per_day\": 4", "\"max_per_day\": 0")), "max_per_day");
    assertField(put(SETTINGS.replace("\"no_same_day\": true", "\"no_same_day\": \"yes\"")), "no_same_day");
    assertField(put(SETTINGS.replace("\"max_per_week\": 12", "\"max_per_week\": 12, \"updated_at\": \"x\"")),
        "updated_at");
    assertThat(api.get("/api/availability", api.tokenA).json().get("version").asLong()).isZero();
  }

  @Test
  void sets_lists_replaces_and_removes_date_overrides() {
    TestApi.Response dayOff = api.put("/api/availability/overrides/2030-01-09", api.tokenA,
        "{\"kind\": \"day_off\"}");
    TestApi.Response extra = api.put("/api/availability/overrides/2030-01-08", api.tokenA,
        "{\"kind\": \"extra\", \"ranges\": [{\"start\": \"18:00\", \"end\": \"20:00\"}]}");

    assertThat(dayOff.status()).as(dayOff.body()).isEqualTo(200);
    assertThat(dayOff.json().get("date").asText()).isEqualTo("2030-01-09");
    assertThat(dayOff.json().get("kind").asText()).isEqualTo("day_off");
    assertThat(dayOff.json().get("ranges")).isEmpty();
    assertThat(extra.json().get("ranges").get(0).get("start").asText()).isEqualTo("18:00");
    JsonNode listed = api.get("/api/availability/overrides", api.tokenA).json();
    assertThat(listed.get("total").asInt()).isEqualTo(2);
    assertThat(listed.get("items").get(0).get("date").asText()).isEqualTo("2030-01-08");
    assertThat(listed.get("items").get(1).get("date").asText()).isEqualTo("2030-01-09");
    assertThat(api.get("/api/availability", api.tokenA).json().get("override_count").asInt()).isEqualTo(2);

    TestApi.Response replaced = api.put("/api/availability/overrides/2030-01-09", api.tokenA,
        "{\"kind\": \"replace\", \"ranges\": [{\"start\": \"07:00\", \"end\": \"09:00\"}]}");
    assertThat(replaced.json().get("kind").asText()).isEqualTo("replace");
    assertThat(api.get("/api/availability/overrides", api.tokenA).json().get("total").asInt()).isEqualTo(2);

    TestApi.Response removed = api.delete("/api/availability/overrides/2030-01-09", api.tokenA);
    assertThat(removed.status()).isEqualTo(204);
    assertThat(removed.body()).isEmpty();
    assertThat(api.get("/api/availability/overrides", api.tokenA).json().get("total").asInt()).isEqualTo(1);
    assertThat(api.get("/api/availability/overrides", api.tokenB).json().get("total").asInt()).isZero();
  }

  @Test
  void keeps_overrides_when_the_settings_are_replaced() {
    api.put("/api/availability/overrides/2030-01-09", api.tokenA, "{\"kind\": \"day_off\"}");

    api.put("/api/availability", api.tokenA, SETTINGS);

    assertThat(api.get("/api/availability/overrides", api.tokenA).json().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void refuses_bad_overrides_naming_the_field() {
    assertField(api.put("/api/availability/overrides/2030-13-01", api.tokenA, "{\"kind\": \"day_off\"}"), "date");
    assertField(api.put("/api/availability/overrides/tomorrow", api.tokenA, "{\"kind\": \"day_off\"}"), "date");
    assertField(api.put("/api/availability/overrides/2030-01-09", api.tokenA, "{\"kind\": \"holiday\"}"), "kind");
    assertField(api.put("/api/availability/overrides/2030-01-09", api.tokenA, "{}"), "kind");
    assertField(api.put("/api/availability/overrides/2030-01-09", api.tokenA,
        "{\"kind\": \"day_off\", \"ranges\": [{\"start\": \"09:00\", \"end\": \"10:00\"}]}"), "ranges");
    assertField(api.put("/api/availability/overrides/2030-01-09", api.tokenA, "{\"kind\": \"extra\"}"), "ranges");
    assertField(api.put("/api/availability/overrides/2030-01-09", api.tokenA,
        "{\"kind\": \"replace\", \"ranges\": [{\"start\": \"10:00\", \"end\": \"09:00\"}]}"), "ranges[0]");
    assertField(api.delete("/api/availability/overrides/09-01-2030", api.tokenA), "date");
    assertThat(api.get("/api/availability/overrides", api.tokenA).json().get("total").asInt()).isZero();
  }

  @Test
  void removing_a_date_without_an_override_is_not_found() {
    TestApi.Response response = api.delete("/api/availability/overrides/2030-01-09", api.tokenA);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("code").asText()).isEqualTo("override.not-found");
  }

  @Test
  void needs_a_bearer_token() {
    assertThat(api.getOpen("/api/availability").status()).isEqualTo(401);
  }

  private TestApi.Response put(String json) {
    return api.put("/api/availability", api.tokenA, json);
  }
}
