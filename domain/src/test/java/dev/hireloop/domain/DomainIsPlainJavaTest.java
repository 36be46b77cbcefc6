package dev.hireloop.domain;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.hireloop.domain.shared.HireloopException;
import java.security.SecureRandom;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The domain is plain Java that other modules build on: these rules keep it so. */
final class DomainIsPlainJavaTest {

  private static final String DOMAIN = "dev.hireloop.domain..";
  private static final Set<String> CLOCK_AND_RANDOM_READS = Set.of(
      "java.time.Instant.now", "java.time.LocalDateTime.now", "java.time.LocalDate.now", "java.time.LocalTime.now",
      "java.time.ZonedDateTime.now", "java.time.OffsetDateTime.now", "java.time.Clock.systemUTC",
      "java.time.Clock.systemDefaultZone", "java.util.UUID.randomUUID", "java.lang.System.currentTimeMillis",
      "java.lang.System.nanoTime", "java.lang.Math.random");

  private static JavaClasses domain;

  @BeforeAll
  static void import_the_production_classes() {
    domain = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.hireloop.domain");
  }

  @Test
  void the_import_sees_every_aggregate_package() {
    assertThat(domain.stream().map(c -> c.getPackageName()).distinct())
        .contains("dev.hireloop.domain.shared", "dev.hireloop.domain.job", "dev.hireloop.domain.profile",
            "dev.hireloop.domain.booking", "dev.hireloop.domain.interview", "dev.hireloop.domain.assessment",
            "dev.hireloop.domain.endorsement", "dev.hireloop.domain.outreach", "dev.hireloop.domain.consent",
            "dev.hireloop.domain.audit", "dev.hireloop.domain.recruiter", "dev.hireloop.domain.skill",
            "dev.hireloop.domain.posting", "dev.hireloop.domain.scheduling");
  }

  @Test
  void domain_classes_depend_only_on_java_and_the_domain() {
    classes().that().resideInAPackage(DOMAIN)
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
        .check(domain);
  }

  @Test
  void aggregate_packages_are_free_of_cycles() {
    slices().matching("dev.hireloop.domain.(*)..")
        .should().beFreeOfCycles()
        .check(domain);
  }

  @Test
  void the_domain_never_reads_the_system_clock_or_a_random_source() {
    noClasses().that().resideInAPackage(DOMAIN)
        .should().callMethodWhere(describe("reads the system clock or a random source",
            (JavaMethodCall call) -> CLOCK_AND_RANDOM_READS.contains(
                call.getTargetOwner().getName() + "." + call.getName())))
        .because("time and ids are passed in from the injected Clock and IdGenerator")
        .check(domain);
    noClasses().that().resideInAPackage(DOMAIN)
        .should().dependOnClassesThat().belongToAnyOf(Random.class, SecureRandom.class, ThreadLocalRandom.class)
        .check(domain);
  }

  @Test
  void every_exception_the_domain_defines_is_a_hireloop_exception() {
    classes().that().resideInAPackage(DOMAIN).and().areAssignableTo(Throwable.class)
        .should().beAssignableTo(HireloopException.class)
        .check(domain);
  }

  @Test
  void the_domain_neither_prints_nor_logs() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(domain);
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(domain);
  }
}
