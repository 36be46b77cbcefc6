package dev.hireloop.domain.audit;

import static dev.hireloop.domain.testing.Fixtures.RECRUITER;
import static dev.hireloop.domain.testing.Fixtures.T0;
import static dev.hireloop.domain.testing.Fixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.job.JobId;
import dev.hireloop.domain.testing.Expect;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AuditEntryTest {

  private static final AuditEntryId ID = new AuditEntryId(uuid(100));
  private static final JobId JOB = new JobId(uuid(101));

  private static AuditEntry entry(String action, String subjectType, Map<String, String> details) {
    return new AuditEntry(ID, Optional.of(RECRUITER), Actor.recruiter(RECRUITER), action, subjectType, JOB.value(),
        T0, details);
  }

  private static AuditEntry withDetails(Map<String, String> details) {
    return entry("job.opened", "job", details);
  }

  @Test
  void records_who_did_what_to_which_subject_and_when() {
    AuditEntry entry = AuditEntry.of(ID, RECRUITER, Actor.recruiter(RECRUITER), "job.opened", "job", JOB, T0,
        Map.of("from", "draft", "to", "open"));

    assertThat(entry.recruiterId()).contains(RECRUITER);
    assertThat(entry.actor()).isEqualTo(new Actor(ActorKind.RECRUITER, Optional.of(RECRUITER.value())));
    assertThat(entry.action()).isEqualTo("job.opened");
    assertThat(entry.subjectType()).isEqualTo("job");
    assertThat(entry.subjectId()).isEqualTo(JOB.value());
    assertThat(entry.occurredAt()).isEqualTo(T0);
    assertThat(entry.details()).containsExactly(Map.entry("from", "draft"), Map.entry("to", "open"));
  }

  @Test
  void system_and_operator_actors_have_no_id() {
    assertThat(Actor.system()).isEqualTo(new Actor(ActorKind.SYSTEM, Optional.empty()));
    assertThat(Actor.operator()).isEqualTo(new Actor(ActorKind.OPERATOR, Optional.empty()));
    Expect.invalid("value.required", () -> new Actor(null, Optional.empty()));
    Expect.invalid("value.required", () -> new Actor(ActorKind.CANDIDATE, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"job.opened", "booking.confirmed", "rule.auto_send", "profile.status-changed", "x",
      "token.v2.revoked"})
  void accepts_lower_case_codes(String code) {
    assertThat(entry(code, code, Map.of(code, "v")).action()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Job.Opened", "JOB", "1job", ".job", "_job", "-job", "job opened", "job/opened",
      "jöb", "job:opened", " job", "job\n"})
  void rejects_actions_subject_types_and_detail_keys_that_are_not_lower_case_codes(String code) {
    Expect.invalid("audit.code-invalid", () -> entry(code, "job", Map.of()));
    Expect.invalid("audit.code-invalid", () -> entry("job.opened", code, Map.of()));
    Expect.invalid("audit.code-invalid", () -> withDetails(Map.of(code, "v")));
  }

  @Test
  void a_code_has_at_most_100_characters() {
    String longest = "a".repeat(100);

    assertThat(entry(longest, "job", Map.of()).action()).isEqualTo(longest);
    Expect.invalid("audit.code-invalid", () -> entry(longest + "a", "job", Map.of()));
  }

  @Test
  void rejects_missing_codes() {
    Expect.invalid("value.required", () -> entry(null, "job", Map.of()));
    Expect.invalid("value.required", () -> entry("job.opened", null, Map.of()));
  }

  @Test
  void holds_at_most_20_details() {
    assertThat(withDetails(numbered(20)).details()).hasSize(20);
    Expect.invalid("audit.too-many-details", () -> withDetails(numbered(21)));
  }

  @Test
  void a_detail_value_has_at_most_200_characters_and_no_control_characters() {
    assertThat(withDetails(Map.of("rule", "v".repeat(200))).details().get("rule")).hasSize(200);
    Expect.invalid("value.too-long", () -> withDetails(Map.of("rule", "v".repeat(201))));
    Expect.invalid("value.control-character", () -> withDetails(Map.of("rule", "a\u001bb")));
    assertThat(withDetails(Map.of("note", "")).details()).containsEntry("note", "");
  }

  @Test
  void rejects_a_null_detail_key_or_value() {
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("rule", null);
    Map<String, String> nullKey = new HashMap<>();
    nullKey.put(null, "v");

    Expect.invalid("value.required", () -> withDetails(nullValue));
    Expect.invalid("value.required", () -> withDetails(nullKey));
  }

  @Test
  void copies_the_details_sorted_by_key_and_unmodifiable() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("to", "open");
    details.put("from", "draft");

    AuditEntry entry = withDetails(details);
    details.put("extra", "x");

    assertThat(entry.details()).containsExactly(Map.entry("from", "draft"), Map.entry("to", "open"));
    assertThatThrownBy(() -> entry.details().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  private static Map<String, String> numbered(int count) {
    return IntStream.range(0, count).boxed().collect(Collectors.toMap(i -> "key" + i, i -> "value"));
  }
}
