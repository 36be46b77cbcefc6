package dev.hireloop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.testing.Expect;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ZonesTest {

  @ParameterizedTest
  @ValueSource(strings = {"Europe/London", "America/New_York", "America/Argentina/Buenos_Aires", "Asia/Kolkata",
      "Australia/Lord_Howe", "Etc/UTC", "UTC"})
  void accepts_iana_zone_ids(String id) {
    assertThat(Zones.parse(id, "timeZone")).isEqualTo(ZoneId.of(id));
  }

  @Test
  void trims_surrounding_whitespace() {
    assertThat(Zones.parse("  Asia/Tokyo ", "timeZone")).isEqualTo(ZoneId.of("Asia/Tokyo"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+02:00", "-0500", "Z", "GMT", "UTC+2", "UTC+02:00", "GMT+1", "CET", "EST", "PST", "",
      "   ", "London"})
  void rejects_offsets_and_abbreviations(String raw) {
    InvalidValueException e = Expect.invalid("timezone.invalid", () -> Zones.parse(raw, "timeZone"));
    assertThat(e.getMessage()).startsWith("timeZone");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Nowhere", "Mars/Olympus_Mons", "Europe/", "/London", "Europe//London",
      "Europe/London/x", "../../etc/passwd", "Europe/Lon don"})
  void rejects_unknown_or_malformed_region_ids(String raw) {
    Expect.invalid("timezone.invalid", () -> Zones.parse(raw, "timeZone"));
  }

  @Test
  void rejects_a_missing_zone() {
    Expect.invalid("value.required", () -> Zones.parse(null, "timeZone"));
  }
}
