package dev.hireloop.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.hireloop.domain.shared.DomainEvent;
import dev.hireloop.port.out.events.DomainEventTypes;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The outbox stores events by name and reads them back through {@link DomainEventTypes}: an event type missing from
 * that registry could be published but never delivered. This keeps the registry and the domain in step.
 */
class DomainEventTypesTest {

  @Test
  void every_domain_event_in_the_domain_is_registered_and_nothing_else_is() {
    Set<String> inDomain = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.hireloop.domain").stream()
        .filter(type -> type.isAssignableTo(DomainEvent.class))
        .filter(type -> !type.isInterface() && !type.getModifiers().contains(JavaModifier.ABSTRACT))
        .map(JavaClass::getName)
        .collect(Collectors.toSet());
    Set<String> registered = DomainEventTypes.all().stream().map(Class::getName).collect(Collectors.toSet());

    assertThat(inDomain).hasSizeGreaterThan(30);
    assertThat(registered).isEqualTo(inDomain);
  }

  @Test
  void every_registered_name_resolves_to_its_own_type() {
    for (Class<? extends DomainEvent> type : DomainEventTypes.all()) {
      assertThat(DomainEventTypes.require(type.getSimpleName())).isEqualTo(type);
    }
  }
}
