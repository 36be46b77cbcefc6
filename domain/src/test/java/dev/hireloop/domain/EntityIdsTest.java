package dev.hireloop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.shared.EntityId;
import dev.hireloop.domain.testing.DomainTypes;
import dev.hireloop.domain.testing.Expect;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every typed id, found by scanning the domain: a record around a UUID that parses its text form strictly. */
final class EntityIdsTest {

  private static final String TEXT = "123e4567-e89b-12d3-a456-426614174000";

  static List<Class<? extends EntityId>> ids() {
    return DomainTypes.concreteImplementationsOf(EntityId.class);
  }

  @Test
  void finds_the_id_of_every_aggregate() {
    assertThat(ids()).extracting(Class::getSimpleName).contains("RecruiterId", "ApiTokenId", "JobId", "ProfileId",
        "BookingId", "InterviewId", "AssessmentId", "EndorsementId", "OutreachMessageId", "ConsentId",
        "AuditEntryId");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void is_a_record_of_one_uuid(Class<? extends EntityId> type) {
    assertThat(type.isRecord()).isTrue();
    assertThat(type.getRecordComponents()).hasSize(1);
    assertThat(type.getRecordComponents()[0].getType()).isEqualTo(UUID.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void parses_its_canonical_text_and_prints_it_back(Class<? extends EntityId> type) throws Throwable {
    Method of = type.getMethod("of", String.class);
    assertThat(Modifier.isStatic(of.getModifiers())).isTrue();

    EntityId id = (EntityId) DomainTypes.invoke(() -> of.invoke(null, " " + TEXT.toUpperCase() + " "));

    assertThat(id.value()).isEqualTo(UUID.fromString(TEXT));
    assertThat(id).hasToString(TEXT);
    assertThat(id).isEqualTo(DomainTypes.invoke(() -> type.getConstructor(UUID.class)
        .newInstance(UUID.fromString(TEXT))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void rejects_malformed_text_naming_the_field(Class<? extends EntityId> type) throws Exception {
    Method of = type.getMethod("of", String.class);

    Expect.invalid("id.invalid", () -> DomainTypes.invoke(() -> of.invoke(null, "42")));
    Expect.invalid("value.required", () -> DomainTypes.invoke(() -> of.invoke(null, (Object) null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void rejects_a_missing_uuid(Class<? extends EntityId> type) throws Exception {
    Expect.invalid("value.required",
        () -> DomainTypes.invoke(() -> type.getConstructor(UUID.class).newInstance((Object) null)));
  }
}
