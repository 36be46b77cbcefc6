package dev.hireloop.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import dev.hireloop.domain.booking.BookingStatus;
import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.job.JobStatus;
import dev.hireloop.domain.job.PayPeriod;
import dev.hireloop.domain.job.RemotePolicy;
import dev.hireloop.domain.posting.Seniority;
import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.profile.ProfileSource;
import dev.hireloop.domain.recruiter.RecruiterStatus;
import dev.hireloop.domain.scheduling.DateOverride;
import dev.hireloop.domain.scheduling.LocationKind;
import dev.hireloop.domain.skill.SkillCategory;
import dev.hireloop.port.in.scheduling.InterviewFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code openapi.yaml} and the routes registered in {@link HttpApi} describe the same API, no more, no less. */
class OpenApiCoverageTest {
  private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
      "trace");
  private static JsonNode document;

  @BeforeAll
  static void read_the_document() throws IOException {
    try (InputStream in = OpenApiCoverageTest.class.getResourceAsStream("/openapi.yaml")) {
      assertThat(in).as("openapi.yaml on the classpath").isNotNull();
      document = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
  }

  @Test
  void is_an_openapi_3_1_document() {
    assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
    assertThat(document.at("/components/schemas/Problem/properties").has("request_id")).isTrue();
  }

  @Test
  void documents_every_registered_route() {
    Set<String> documented = documentedOperations();

    List<String> missing = HttpApi.routes().stream().map(OpenApiCoverageTest::key)
        .filter(route -> !documented.contains(route)).toList();

    assertThat(missing).as("routes registered in HttpApi but missing from openapi.yaml").isEmpty();
  }

  @Test
  void documents_nothing_that_is_not_registered() {
    Set<String> registered = new HashSet<>();
    HttpApi.routes().forEach(route -> registered.add(key(route)));

    List<String> extra = documentedOperations().stream().filter(operation -> !registered.contains(operation))
        .toList();

    assertThat(extra).as("operations in openapi.yaml that HttpApi does not register").isEmpty();
  }

  @Test
  void the_route_table_has_no_duplicates() {
    List<String> keys = HttpApi.routes().stream().map(OpenApiCoverageTest::key).toList();

    assertThat(keys).doesNotHaveDuplicates().isNotEmpty();
  }

  @Test
  void every_operation_declares_responses_and_only_the_open_routes_waive_the_token() {
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      if (!HTTP_METHODS.contains(op.getKey())) {
        return;
      }
      String where = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
      assertThat(op.getValue().get("responses")).as(where).isNotNull().isNotEmpty();
      boolean open = op.getValue().has("security") && op.getValue().get("security").isEmpty();
      assertThat(open).as(where + " needs no token").isEqualTo(!Authentication.isProtected(path.getKey()));
    }));
  }

  @Test
  void every_reference_resolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(document, refs);

    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      assertThat(document.at(JsonPointer.compile(ref.substring(1))).isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void documents_every_enum_value_the_api_reads_or_writes() {
    assertEnum("/components/schemas/JobStatus/enum", JobStatus.class);
    assertEnum("/components/schemas/PipelineStatus/enum", PipelineStatus.class);
    assertEnum("/components/schemas/Job/properties/remote_policy/enum", RemotePolicy.class);
    assertEnum("/components/schemas/Job/properties/employment_type/enum", EmploymentType.class);
    assertEnum("/components/schemas/Salary/properties/period/enum", PayPeriod.class);
    assertEnum("/components/schemas/Profile/properties/source/enum", ProfileSource.class);
    assertEnum("/components/schemas/Recruiter/properties/status/enum", RecruiterStatus.class);
    assertEnum("/components/schemas/Seniority/enum", Seniority.class);
    assertEnum("/components/schemas/SkillCategory/enum", SkillCategory.class);
    assertEnum("/components/schemas/JobDraft/properties/remotePolicy/enum", RemotePolicy.class);
    assertEnum("/components/schemas/JobDraft/properties/employmentType/enum", EmploymentType.class);
    assertEnum("/components/schemas/JobAnalysis/properties/remote_policy/enum", RemotePolicy.class);
    assertEnum("/components/schemas/JobAnalysis/properties/employment_type/enum", EmploymentType.class);
    assertEnum("/components/schemas/BookingStatusValue/enum", BookingStatus.class);
    assertEnum("/components/schemas/LocationKind/enum", LocationKind.class);
    assertEnum("/components/schemas/DateOverrideKind/enum", DateOverride.Kind.class);
    assertEnum("/components/schemas/InterviewFilter/enum", InterviewFilter.class);
  }

  private static <E extends Enum<E>> void assertEnum(String pointer, Class<E> type) {
    List<String> documented = new ArrayList<>();
    document.at(pointer).forEach(value -> documented.add(value.asText()));
    List<String> wire = Arrays.stream(type.getEnumConstants()).map(WireEnums::toWire).toList();
    assertThat(documented).as(pointer).containsExactlyElementsOf(wire);
  }

  private static Set<String> documentedOperations() {
    Set<String> operations = new TreeSet<>();
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
      if (HTTP_METHODS.contains(method)) {
        operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
      }
    }));
    return operations;
  }

  private static String key(HttpApi.Route route) {
    return route.method().toUpperCase(Locale.ROOT) + " " + route.path();
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        if (field.getKey().equals("$ref")) {
          refs.add(field.getValue().asText());
        } else {
          collectRefs(field.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, refs));
    }
  }
}
