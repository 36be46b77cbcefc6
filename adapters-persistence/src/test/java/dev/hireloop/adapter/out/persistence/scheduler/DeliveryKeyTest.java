package dev.hireloop.adapter.out.persistence.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryKeyTest {
  private static final UUID EVENT = UUID.fromString("0b7e2a52-6a4f-4d8e-9a57-3f0c2d1e4b6a");

  @Test
  void writes_the_instance_id_as_event_id_colon_handler_name() {
    assertThat(new DeliveryKey(EVENT, "workflow.auto-shortlist").instanceId())
        .isEqualTo("0b7e2a52-6a4f-4d8e-9a57-3f0c2d1e4b6a:workflow.auto-shortlist");
  }

  @Test
  void reads_back_what_it_wrote_even_when_the_handler_name_has_colons() {
    DeliveryKey key = new DeliveryKey(EVENT, "embedder:hook:1");

    assertThat(DeliveryKey.parse(key.instanceId())).contains(key);
  }

  @Test
  void refuses_instance_ids_that_are_not_an_event_id_and_a_handler() {
    assertThat(DeliveryKey.parse("recurring")).isEmpty();
    assertThat(DeliveryKey.parse(EVENT + ":")).isEmpty();
    assertThat(DeliveryKey.parse(EVENT + "-handler")).isEmpty();
    assertThat(DeliveryKey.parse("not-a-uuid-not-a-uuid-not-a-uuid-xyz:handler")).isEmpty();
    assertThat(DeliveryKey.parse(null)).isEmpty();
  }
}
