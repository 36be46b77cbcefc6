package dev.hireloop.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.domain.shared.PageRequest;
import dev.hireloop.port.in.events.RecordDeadLetterCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLetterRoutesTest {
  private static final String HANDLER = "notify-recruiter";

  private TestApi api;
  private DomainEvent event;

  @BeforeEach
  void a_delivery_of_recruiter_a_gave_up() {
    api = TestApi.start();
    api.createJob(api.tokenA, "{\"title\": \"Nurse\"}");
    event = api.hireloop.persistence().eventOutbox().list(api.recruiterA, PageRequest.first(1)).items().get(0)
        .event();
    api.hireloop.recordDeadLetter().record(
        new RecordDeadLetterCommand(event.eventId(), HANDLER, 5, "java.io.IOException: timed out"));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void lists_the_recruiters_dead_letters() {
    TestApi.Response response = api.get("/api/events/dead-letters", api.tokenA);

    assertThat(response.status()).isEqualTo(200);
    JsonNode page = response.json();
    assertThat(page.get("total").asLong()).isEqualTo(1);
    JsonNode deadLetter = page.get("items").get(0);
    assertThat(deadLetter.get("event_id").asText()).isEqualTo(event.eventId().toString());
    assertThat(deadLetter.get("event_type").asText()).isEqualTo(event.eventType());
    assertThat(deadLetter.get("handler").asText()).isEqualTo(HANDLER);
    assertThat(deadLetter.get("attempts").asInt()).isEqualTo(5);
    assertThat(deadLetter.get("last_error").asText()).isEqualTo("java.io.IOException: timed out");
    assertThat(deadLetter.get("failed_at").asText()).endsWith("Z");
  }

  @Test
  void replays_a_dead_letter_which_then_leaves_the_list() {
    TestApi.Response response = api.postEmpty(replayPath(), api.tokenA);

    assertThat(response.status()).isEqualTo(202);
    assertThat(response.body()).isEmpty();
    assertThat(api.get("/api/events/dead-letters", api.tokenA).json().get("total").asLong()).isZero();
  }

  @Test
  void another_recruiter_neither_sees_nor_replays_it() {
    assertThat(api.get("/api/events/dead-letters", api.tokenB).json().get("total").asLong()).isZero();

    TestApi.Response replay = api.postEmpty(replayPath(), api.tokenB);

    assertThat(replay.status()).isEqualTo(404);
    assertThat(replay.json().get("code").asText()).isEqualTo("dead-letter.not-found");
    assertThat(api.get("/api/events/dead-letters", api.tokenA).json().get("total").asLong()).isEqualTo(1);
  }

  private String replayPath() {
    return "/api/events/dead-letters/" + event.eventId() + "/" + HANDLER + "/replay";
  }
}
