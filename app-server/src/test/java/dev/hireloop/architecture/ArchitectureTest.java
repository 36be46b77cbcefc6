package dev.hireloop.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.hireloop.application.Hireloop;
import dev.hireloop.domain.shared.HireloopException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.slf4j.Logger;

/**
 * The hexagon's rules, checked on every production class of every module (app-server is the only module that
 * sees them all). See docs/architecture.md and ADR 0002.
 */
@AnalyzeClasses(packages = "dev.hireloop",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {
  private static final String DOMAIN = "dev.hireloop.domain..";
  private static final String PORT_IN = "dev.hireloop.port.in..";
  private static final String PORT_OUT = "dev.hireloop.port.out..";
  private static final String APPLICATION = "dev.hireloop.application..";
  private static final String ADAPTER = "dev.hireloop.adapter..";
  private static final String HTTP = "dev.hireloop.adapter.in.http..";
  private static final String WEB = "dev.hireloop.adapter.in.web..";
  private static final String SERVER = "dev.hireloop.server..";
  /** The command-line entry point prints to the operator's terminal by design. */
  private static final String CLI_CLASSES = "dev\\.hireloop\\.server\\.(Main|Cli[A-Za-z]*)(\\$.*)?";

  @ArchTest
  static final ArchRule domain_depends_only_on_itself_and_the_jdk =
      classes().that().resideInAPackage(DOMAIN)
          .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..");

  @ArchTest
  static final ArchRule core_is_framework_free =
      noClasses().that().resideInAnyPackage(DOMAIN, PORT_IN, PORT_OUT, APPLICATION)
          .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "org.flywaydb..",
              "com.fasterxml..", "java.sql..", "javax.sql..", "java.net.http..", "com.github.kagkarlsson..",
              ADAPTER, SERVER);

  /** Use cases may hand out port.out's value records (a dead letter), never a driven port itself. */
  @ArchTest
  static final ArchRule in_ports_know_neither_driven_ports_nor_services =
      noClasses().that().resideInAPackage(PORT_IN)
          .should().dependOnClassesThat(resideInAPackage(PORT_OUT).and(not(assignableTo(Record.class))))
          .orShould().dependOnClassesThat().resideInAPackage(APPLICATION);

  @ArchTest
  static final ArchRule out_ports_know_neither_use_cases_nor_services =
      noClasses().that().resideInAPackage(PORT_OUT)
          .should().dependOnClassesThat().resideInAnyPackage(PORT_IN, APPLICATION);

  /** Adapters reach the application only through the public facade; the services stay package-private. */
  @ArchTest
  static final ArchRule adapters_use_ports_not_services =
      noClasses().that().resideInAPackage(ADAPTER)
          .should().dependOnClassesThat(resideInAPackage(APPLICATION).and(not(belongToAnyOf(Hireloop.class))));

  /** Driven adapters see ports only; the facade is for the driving side (HTTP) and the composition root. */
  @ArchTest
  static final ArchRule driven_adapters_do_not_know_the_application =
      noClasses().that().resideInAPackage("dev.hireloop.adapter.out..")
          .should().dependOnClassesThat().resideInAPackage(APPLICATION);

  /**
   * The one exception: the HTTP adapter registers the web pages in its app and sends a browser on a page path to
   * the page's 404 ({@code adapter.in.http → adapter.in.web}); the pages never use the JSON API's classes.
   */
  @ArchTest
  static final ArchRule adapters_do_not_know_each_other =
      slices().matching("dev.hireloop.adapter.(*).(*)..").should().notDependOnEachOther()
          .ignoreDependency(resideInAPackage(HTTP), resideInAPackage(WEB));

  @ArchTest
  static final ArchRule web_pages_do_not_use_the_json_api =
      noClasses().that().resideInAPackage(WEB).should().dependOnClassesThat().resideInAnyPackage(HTTP,
          "dev.hireloop.adapter.out..", "com.fasterxml..");

  /** Driving adapters call use cases; only the composition root (dev.hireloop.server) wires driven adapters. */
  @ArchTest
  static final ArchRule http_does_not_touch_driven_adapters =
      noClasses().that().resideInAPackage(HTTP)
          .should().dependOnClassesThat().resideInAPackage("dev.hireloop.adapter.out..");

  @ArchTest
  static final ArchRule domain_aggregates_are_free_of_cycles =
      slices().matching("dev.hireloop.domain.(*)..").should().beFreeOfCycles();

  /** now(Clock) stays allowed; the facade's defaults and the HTTP edges (error ids) may use the system. */
  @ArchTest
  static final ArchRule no_hidden_clock_or_randomness =
      noClasses().that().resideOutsideOfPackages(SERVER, HTTP, WEB)
          .and().doNotBelongToAnyOf(Hireloop.class)
          .should().callMethod(Instant.class, "now")
          .orShould().callMethod(LocalDateTime.class, "now")
          .orShould().callMethod(LocalDate.class, "now")
          .orShould().callMethod(ZonedDateTime.class, "now")
          .orShould().callMethod(OffsetDateTime.class, "now")
          .orShould().callMethod(UUID.class, "randomUUID");

  /** Interfaces in port.in are use cases, except the sealed results they return ({@code …Outcome}). */
  @ArchTest
  static final ArchRule driving_ports_are_public_use_cases =
      classes().that().resideInAPackage(PORT_IN).and().areInterfaces()
          .and().haveSimpleNameNotEndingWith("Outcome")
          // a package's documentation (package-info) compiles to an interface too
          .and().doNotHaveSimpleName("package-info")
          .should().haveSimpleNameEndingWith("UseCase").andShould().bePublic();

  @ArchTest
  static final ArchRule commands_and_queries_are_records =
      classes().that().resideInAPackage(PORT_IN)
          .and(simpleNameEndingWith("Command").or(simpleNameEndingWith("Query")))
          .should().beRecords();

  @ArchTest
  static final ArchRule services_are_package_private =
      classes().that().resideInAPackage(APPLICATION).and().haveSimpleNameEndingWith("Service")
          .should().notBePublic().andShould().notBeProtected();

  @ArchTest
  static final ArchRule core_exceptions_extend_hireloop_exception =
      classes().that().resideInAnyPackage(DOMAIN, PORT_IN, PORT_OUT, APPLICATION)
          .and().areAssignableTo(RuntimeException.class)
          .should().beAssignableTo(HireloopException.class);

  @ArchTest
  static final ArchRule no_standard_streams_outside_the_cli =
      noClasses().that().haveNameNotMatching(CLI_CLASSES)
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

  @ArchTest
  static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest
  static final ArchRule loggers_are_private_static_final =
      fields().that().haveRawType(Logger.class)
          .should().bePrivate().andShould().beStatic().andShould().beFinal();

  /**
   * In a reactor build the other modules' test-jars (contracts, PostgresTestDatabase) are on the classpath as
   * jars, which DoNotIncludeTests does not recognise.
   */
  static final class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }
}
