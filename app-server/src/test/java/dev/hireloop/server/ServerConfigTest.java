package dev.hireloop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hireloop.adapter.out.notification.SmtpSettings;
import dev.hireloop.application.Hireloop;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.port.out.notification.EmailAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
  private static final String KEY_1 = Base64.getEncoder().encodeToString(bytes(32, 1));
  private static final String KEY_2 = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32, 2));

  @Test
  void runs_with_defaults_when_nothing_is_set() {
    ServerConfig config = ServerConfig.fromEnv(Map.of());

    assertThat(config.port()).isEqualTo(8000);
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.baseUrl()).isEmpty();
    assertThat(config.effectiveBaseUrl(8000)).isEqualTo(URI.create("http://localhost:8000"));
    assertThat(config.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
    assertThat(config.database()).isEqualTo(DatabaseKind.H2);
    assertThat(config.databaseUrl()).isEmpty();
    assertThat(config.databaseUser()).isEmpty();
    assertThat(config.databasePassword()).isEmpty();
    assertThat(config.databaseSchema()).isEqualTo("hireloop");
    assertThat(config.databasePoolSize()).isEqualTo(10);
    assertThat(config.secretKeys()).isEmpty();
    assertThat(config.secretKeyFile()).isEqualTo(Path.of("data", "secret.key").toAbsolutePath());
    assertThat(config.maxRequestBytes()).isEqualTo(1024 * 1024);
    assertThat(config.firstRecruiterName()).isEqualTo("Admin");
    assertThat(config.firstRecruiterEmail()).isEqualTo(Email.of("admin@localhost.localdomain"));
    assertThat(config.firstRecruiterTimeZone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(config.eventPollInterval()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.eventMaxAttempts()).isEqualTo(5);
    assertThat(config.bookingLinkDays()).isEqualTo(14);
    assertThat(config.bookingLinkLifetime()).isEqualTo(Duration.ofDays(14));
    assertThat(config.jobImport()).isEqualTo(ServerConfig.JobImport.defaults());
    assertThat(config.jobImport().greenhouseApiUrl()).isEqualTo(URI.create("https://boards-api.greenhouse.io"));
    assertThat(config.jobImport().allowedHosts()).isEmpty();
    assertThat(config.jobImport().maxBytes()).isEqualTo(2 * 1024 * 1024);
    assertThat(config.jobImport().timeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void reads_every_variable() {
    Map<String, String> env = new HashMap<>();
    env.put("HIRELOOP_PORT", "9090");
    env.put("HIRELOOP_HOST", "127.0.0.1");
    env.put("HIRELOOP_BASE_URL", "https://hire.example.com/");
    env.put("HIRELOOP_DATA_DIR", "/var/lib/hireloop/../hireloop");
    env.put("HIRELOOP_DB", "postgres");
    env.put("HIRELOOP_DB_URL", "jdbc:postgresql://db:5432/hireloop");
    env.put("HIRELOOP_DB_USER", "hire");
    env.put("HIRELOOP_DB_PASSWORD", " pass word ");
    env.put("HIRELOOP_DB_SCHEMA", "recruiting_2");
    env.put("HIRELOOP_DB_POOL_SIZE", "25");
    env.put("HIRELOOP_SECRET_KEYS", "k2:" + KEY_2 + ", k1:" + KEY_1);
    env.put("HIRELOOP_MAX_REQUEST_BYTES", "2048");
    env.put("HIRELOOP_FIRST_RECRUITER_NAME", "Ada Lovelace");
    env.put("HIRELOOP_FIRST_RECRUITER_EMAIL", "Ada@Example.com");
    env.put("HIRELOOP_FIRST_RECRUITER_TIMEZONE", "Europe/London");
    env.put("HIRELOOP_EVENT_POLL_MS", "250");
    env.put("HIRELOOP_EVENT_MAX_ATTEMPTS", "3");
    env.put("HIRELOOP_BOOKING_LINK_DAYS", "30");

    ServerConfig config = ServerConfig.fromEnv(env);

    assertThat(config.port()).isEqualTo(9090);
    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.effectiveBaseUrl(1234)).isEqualTo(URI.create("https://hire.example.com"));
    assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/hireloop"));
    assertThat(config.database()).isEqualTo(DatabaseKind.POSTGRES);
    assertThat(config.databaseUrl()).contains("jdbc:postgresql://db:5432/hireloop");
    assertThat(config.databaseUser()).contains("hire");
    assertThat(config.databasePassword()).contains(" pass word ");
    assertThat(config.databaseSchema()).isEqualTo("recruiting_2");
    assertThat(config.databasePoolSize()).isEqualTo(25);
    SecretKeyring keys = config.secretKeys().orElseThrow();
    assertThat(keys.activeKeyId()).isEqualTo("k2");
    assertThat(keys.keys()).containsOnlyKeys("k2", "k1");
    assertThat(keys.keys().get("k1")).isEqualTo(bytes(32, 1));
    assertThat(keys.keys().get("k2")).isEqualTo(bytes(32, 2));
    assertThat(config.maxRequestBytes()).isEqualTo(2048);
    assertThat(config.firstRecruiterName()).isEqualTo("Ada Lovelace");
    assertThat(config.firstRecruiterEmail()).isEqualTo(Email.of("ada@example.com"));
    assertThat(config.firstRecruiterTimeZone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(config.eventPollInterval()).isEqualTo(Duration.ofMillis(250));
    assertThat(config.eventMaxAttempts()).isEqualTo(3);
    assertThat(config.bookingLinkLifetime()).isEqualTo(Duration.ofDays(30));
    assertThat(config.describe()).contains("HIRELOOP_BOOKING_LINK_DAYS=30");
  }

  @Test
  void keeps_booking_links_between_one_and_366_days() {
    assertThat(ServerConfig.fromEnv(Map.of("HIRELOOP_BOOKING_LINK_DAYS", "1")).bookingLinkDays()).isEqualTo(1);
    assertThat(ServerConfig.fromEnv(Map.of("HIRELOOP_BOOKING_LINK_DAYS", "366")).bookingLinkDays()).isEqualTo(366);
    assertProblem(Map.of("HIRELOOP_BOOKING_LINK_DAYS", "0"),
        "HIRELOOP_BOOKING_LINK_DAYS: must be a whole number from 1 to 366 (was \"0\")");
    assertProblem(Map.of("HIRELOOP_BOOKING_LINK_DAYS", "367"),
        "HIRELOOP_BOOKING_LINK_DAYS: must be a whole number from 1 to 366 (was \"367\")");
    assertProblem(Map.of("HIRELOOP_BOOKING_LINK_DAYS", "2w"),
        "HIRELOOP_BOOKING_LINK_DAYS: must be a whole number from 1 to 366 (was \"2w\")");
  }

  @Test
  void help_lists_the_booking_link_lifetime_with_its_default() {
    assertThat(CliParser.help()).containsPattern("HIRELOOP_BOOKING_LINK_DAYS\\s+days a booking link can be used")
        .contains("default: 14");
  }

  @Test
  void uses_postgres_when_only_a_database_url_is_given() {
    ServerConfig config = ServerConfig.fromEnv(Map.of("HIRELOOP_DB_URL", "jdbc:postgresql://db/hireloop"));

    assertThat(config.database()).isEqualTo(DatabaseKind.POSTGRES);
  }

  @Test
  void accepts_the_database_kind_in_any_case_and_memory() {
    assertThat(ServerConfig.fromEnv(Map.of("HIRELOOP_DB", "MEMORY")).database()).isEqualTo(DatabaseKind.MEMORY);
    assertThat(ServerConfig.fromEnv(Map.of("HIRELOOP_DB", "H2")).database()).isEqualTo(DatabaseKind.H2);
  }

  @Test
  void treats_blank_values_as_unset() {
    ServerConfig config = ServerConfig.fromEnv(Map.of("HIRELOOP_PORT", " ", "HIRELOOP_DB_PASSWORD", ""));

    assertThat(config.port()).isEqualTo(8000);
    assertThat(config.databasePassword()).isEmpty();
  }

  @Test
  void accepts_port_zero_for_a_free_port_and_builds_the_base_url_from_the_bound_port() {
    ServerConfig config = ServerConfig.fromEnv(Map.of("HIRELOOP_PORT", "0"));

    assertThat(config.port()).isZero();
    assertThat(config.effectiveBaseUrl(41234)).isEqualTo(URI.create("http://localhost:41234"));
  }

  @Test
  void builds_the_embedded_database_url_under_the_data_directory() {
    ServerConfig config = ServerConfig.fromEnv(Map.of("HIRELOOP_DATA_DIR", "/srv/hl"));

    assertThat(config.h2Url()).isEqualTo("jdbc:h2:file:/srv/hl/hireloop;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
  }

  @Test
  void reports_every_problem_at_once() {
    Map<String, String> env = new HashMap<>();
    env.put("HIRELOOP_PORT", "80a");
    env.put("HIRELOOP_HOST", "local host");
    env.put("HIRELOOP_BASE_URL", "ftp://files.example.com");
    env.put("HIRELOOP_DATA_DIR", "data/a;b");
    env.put("HIRELOOP_DB", "oracle");
    env.put("HIRELOOP_DB_SCHEMA", "Public");
    env.put("HIRELOOP_DB_POOL_SIZE", "0");
    env.put("HIRELOOP_SECRET_KEYS", "k1:AAAA");
    env.put("HIRELOOP_MAX_REQUEST_BYTES", "-1");
    env.put("HIRELOOP_FIRST_RECRUITER_NAME", "\u0007");
    env.put("HIRELOOP_FIRST_RECRUITER_EMAIL", "not-an-email");
    env.put("HIRELOOP_FIRST_RECRUITER_TIMEZONE", "Mars/Olympus");
    env.put("HIRELOOP_EVENT_POLL_MS", "1");
    env.put("HIRELOOP_EVENT_MAX_ATTEMPTS", "1000");
    env.put("HIRELOOP_PROT", "8000");

    ServerConfigException failure = catchThrowableOfType(ServerConfigException.class,
        () -> ServerConfig.fromEnv(env));

    assertThat(failure.code()).isEqualTo("config.invalid");
    assertThat(failure.problems()).hasSize(15);
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_PORT: must be a whole number"));
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_HOST:"));
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_BASE_URL:"));
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_DATA_DIR:"));
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_DB: must be one of"));
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_DB_SCHEMA:"));
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_DB_POOL_SIZE:"));
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_SECRET_KEYS:"));
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_MAX_REQUEST_BYTES:"));
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_FIRST_RECRUITER_NAME:"));
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_FIRST_RECRUITER_EMAIL:"));
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_FIRST_RECRUITER_TIMEZONE:"));
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_EVENT_POLL_MS:"));
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_EVENT_MAX_ATTEMPTS:"));
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("HIRELOOP_PROT:"));
    assertThat(failure.getMessage()).contains("15 problems").contains("  - HIRELOOP_PORT");
  }

  @Test
  void refuses_unknown_hireloop_variables_and_suggests_the_likely_one() {
    ServerConfigException failure = catchThrowableOfType(ServerConfigException.class,
        () -> ServerConfig.fromEnv(Map.of("HIRELOOP_DB_PASWORD", "x", "HIRELOOP_COLOUR", "blue", "PATH", "/bin")));

    assertThat(failure.problems()).containsExactly(
        "HIRELOOP_COLOUR: not a Hireloop setting; see --help for the list",
        "HIRELOOP_DB_PASWORD: not a Hireloop setting (did you mean HIRELOOP_DB_PASSWORD?); see --help for the list");
  }

  @Test
  void ignores_the_test_suite_variables_and_the_readmes_token() {
    ServerConfig config = ServerConfig.fromEnv(Map.of("HIRELOOP_TEST_PG_URL", "jdbc:postgresql://x/y",
        "HIRELOOP_TEST_PG_USER", "u", "HIRELOOP_TEST_PG_PASSWORD", "p", "HIRELOOP_REQUIRE_POSTGRES", "true",
        "HIRELOOP_TOKEN", "hlk_pasted_from_the_readme"));

    assertThat(config.database()).isEqualTo(DatabaseKind.H2);
  }

  @Test
  void rejects_port_out_of_range() {
    assertProblem(Map.of("HIRELOOP_PORT", "65536"),
        "HIRELOOP_PORT: must be a whole number from 0 to 65535 (was \"65536\")");
    assertProblem(Map.of("HIRELOOP_PORT", "-1"),
        "HIRELOOP_PORT: must be a whole number from 0 to 65535 (was \"-1\")");
  }

  @Test
  void requires_a_database_url_for_postgres() {
    assertProblem(Map.of("HIRELOOP_DB", "postgres"), "HIRELOOP_DB_URL: required when HIRELOOP_DB=postgres");
  }

  @Test
  void requires_a_postgresql_jdbc_url() {
    assertProblem(Map.of("HIRELOOP_DB_URL", "jdbc:mysql://db/x"),
        "HIRELOOP_DB_URL: must be a PostgreSQL JDBC URL starting with jdbc:postgresql:");
  }

  @Test
  void refuses_postgres_settings_for_another_database() {
    ServerConfigException failure = catchThrowableOfType(ServerConfigException.class, () -> ServerConfig.fromEnv(
        Map.of("HIRELOOP_DB", "h2", "HIRELOOP_DB_URL", "jdbc:postgresql://db/x", "HIRELOOP_DB_USER", "u",
            "HIRELOOP_DB_PASSWORD", "p")));

    assertThat(failure.problems()).containsExactly(
        "HIRELOOP_DB_URL: only used with HIRELOOP_DB=postgres, but HIRELOOP_DB is h2",
        "HIRELOOP_DB_USER: only used with HIRELOOP_DB=postgres, but HIRELOOP_DB is h2",
        "HIRELOOP_DB_PASSWORD: only used with HIRELOOP_DB=postgres, but HIRELOOP_DB is h2");
  }

  @Test
  void rejects_a_base_url_with_a_query_or_without_a_host() {
    assertProblem(Map.of("HIRELOOP_BASE_URL", "https://x.example.com/?a=1"),
        "HIRELOOP_BASE_URL: must not have a query, a fragment or user info (was \"https://x.example.com/?a=1\")");
    assertProblem(Map.of("HIRELOOP_BASE_URL", "localhost:8000"),
        "HIRELOOP_BASE_URL: must be an absolute http or https URL, e.g. https://hire.example.com"
            + " (was \"localhost:8000\")");
  }

  @Test
  void keeps_a_base_url_path_without_the_trailing_slash() {
    ServerConfig config = ServerConfig.fromEnv(Map.of("HIRELOOP_BASE_URL", "https://example.com/hireloop/"));

    assertThat(config.effectiveBaseUrl(8000)).isEqualTo(URI.create("https://example.com/hireloop"));
  }

  @Test
  void rejects_schema_names_that_are_not_plain_lower_case_identifiers() {
    for (String schema : List.of("Hireloop", "1st", "hire-loop", "a".repeat(64), "x;drop")) {
      ServerConfigException failure = catchThrowableOfType(ServerConfigException.class,
          () -> ServerConfig.fromEnv(Map.of("HIRELOOP_DB_SCHEMA", schema)));
      assertThat(failure.problems()).singleElement().asString().startsWith("HIRELOOP_DB_SCHEMA:");
    }
  }

  @Test
  void explains_each_bad_secret_key_without_quoting_the_key() {
    String shortKey = Base64.getEncoder().encodeToString(bytes(16, 7));
    ServerConfigException failure = catchThrowableOfType(ServerConfigException.class,
        () -> ServerConfig.fromEnv(Map.of("HIRELOOP_SECRET_KEYS",
            "k1:" + shortKey + ",k1:" + KEY_1 + ",bad.id:" + KEY_1 + ",nocolon,k3:!!!!,k4:" + KEY_2)));

    assertThat(failure.problems()).containsExactly(
        "HIRELOOP_SECRET_KEYS: entry 1 (key k1) decodes to 16 bytes; a key must be exactly 32 bytes"
            + " (for example: openssl rand -base64 32)",
        "HIRELOOP_SECRET_KEYS: entry 3 has an invalid key id: use 1 to 32 characters from A-Z, a-z, 0-9, '_' and '-'",
        "HIRELOOP_SECRET_KEYS: entry 4 must look like keyId:base64-of-32-bytes",
        "HIRELOOP_SECRET_KEYS: entry 5 (key k3) is not valid base64");
    assertThat(failure.getMessage()).doesNotContain(shortKey).doesNotContain(KEY_1).doesNotContain(KEY_2);
  }

  @Test
  void refuses_a_repeated_key_id() {
    assertProblem(Map.of("HIRELOOP_SECRET_KEYS", "k1:" + KEY_1 + ",k1:" + KEY_2),
        "HIRELOOP_SECRET_KEYS: entry 2 repeats key id k1");
  }

  @Test
  void does_not_quote_personal_data_in_problems() {
    ServerConfigException failure = catchThrowableOfType(ServerConfigException.class,
        () -> ServerConfig.fromEnv(Map.of("HIRELOOP_FIRST_RECRUITER_EMAIL", "jane.doe@@example.com")));

    assertThat(failure.getMessage()).contains("HIRELOOP_FIRST_RECRUITER_EMAIL").doesNotContain("jane.doe");
  }

  @Test
  void redacts_secrets_and_personal_data_in_its_description() {
    ServerConfig config = ServerConfig.fromEnv(Map.of(
        "HIRELOOP_DB_URL", "jdbc:postgresql://db:5432/hl?user=hire&password=s3cr3t-url&ssl=true",
        "HIRELOOP_DB_USER", "hire",
        "HIRELOOP_DB_PASSWORD", "s3cr3t-pw",
        "HIRELOOP_SECRET_KEYS", "k2:" + KEY_2 + ",k1:" + KEY_1,
        "HIRELOOP_FIRST_RECRUITER_NAME", "Grace Hopper",
        "HIRELOOP_FIRST_RECRUITER_EMAIL", "grace@example.com"));

    for (String text : List.of(config.describe(), config.toString())) {
      assertThat(text)
          .doesNotContain("s3cr3t")
          .doesNotContain(KEY_1).doesNotContain(KEY_2)
          .doesNotContain("Grace").doesNotContain("grace@")
          .contains("HIRELOOP_DB_URL=jdbc:postgresql://db:5432/hl?user=hire&password=<redacted>&ssl=true")
          .contains("HIRELOOP_DB_PASSWORD=<redacted>")
          .contains("HIRELOOP_SECRET_KEYS=<redacted> (active k2, 2 key(s))")
          .contains("HIRELOOP_DB_USER=hire")
          .contains("HIRELOOP_PORT=8000");
    }
    assertThat(config.secretKeys().orElseThrow().toString()).isEqualTo("SecretKeyring[active=k2, keyIds=[k2, k1]]");
  }

  @Test
  void redacts_credentials_inside_jdbc_urls() {
    assertThat(ServerConfig.redactUrl("jdbc:postgresql://bob:pw@db/x")).isEqualTo("jdbc:postgresql://<redacted>@db/x");
    assertThat(ServerConfig.redactUrl("jdbc:postgresql://db/x?PASSWORD=pw&sslpassword=k"))
        .isEqualTo("jdbc:postgresql://db/x?PASSWORD=<redacted>&sslpassword=<redacted>");
  }

  @Test
  void reads_the_cv_size_cap_within_its_bounds() {
    assertThat(ServerConfig.fromEnv(Map.of()).cvMaxBytes()).isEqualTo(10L * 1024 * 1024);
    assertThat(ServerConfig.fromEnv(Map.of("HIRELOOP_CV_MAX_BYTES", "2097152")).cvMaxBytes()).isEqualTo(2_097_152);
    assertThatThrownBy(() -> ServerConfig.fromEnv(Map.of("HIRELOOP_CV_MAX_BYTES", "10")))
        .isInstanceOf(ServerConfigException.class).hasMessageContaining("HIRELOOP_CV_MAX_BYTES");
  }

  @Test
  void describes_every_variable_it_reads() {
    assertThat(ServerConfig.VARIABLES).extracting(ServerConfig.Variable::name).containsExactly(
        "HIRELOOP_PORT", "HIRELOOP_HOST", "HIRELOOP_BASE_URL", "HIRELOOP_DATA_DIR", "HIRELOOP_DB",
        "HIRELOOP_DB_URL", "HIRELOOP_DB_USER", "HIRELOOP_DB_PASSWORD", "HIRELOOP_DB_SCHEMA", "HIRELOOP_DB_POOL_SIZE",
        "HIRELOOP_SECRET_KEYS", "HIRELOOP_MAX_REQUEST_BYTES", "HIRELOOP_CV_MAX_BYTES",
        "HIRELOOP_FIRST_RECRUITER_NAME",
        "HIRELOOP_FIRST_RECRUITER_EMAIL", "HIRELOOP_FIRST_RECRUITER_TIMEZONE", "HIRELOOP_EVENT_POLL_MS",
        "HIRELOOP_EVENT_MAX_ATTEMPTS", "HIRELOOP_BOOKING_LINK_DAYS", "HIRELOOP_GREENHOUSE_API_URL",
        "HIRELOOP_GREENHOUSE_EU_API_URL", "HIRELOOP_LEVER_API_URL", "HIRELOOP_LEVER_EU_API_URL",
        "HIRELOOP_ASHBY_API_URL",
        "HIRELOOP_IMPORT_ALLOWED_HOSTS", "HIRELOOP_IMPORT_MAX_BYTES", "HIRELOOP_IMPORT_TIMEOUT_MS",
        "HIRELOOP_SMTP_HOST", "HIRELOOP_SMTP_PORT", "HIRELOOP_SMTP_USERNAME", "HIRELOOP_SMTP_PASSWORD",
        "HIRELOOP_SMTP_SECURITY", "HIRELOOP_EMAIL_FROM");
  }

  @Test
  void keeps_e_mails_in_the_outbox_when_no_smtp_host_is_set() {
    ServerConfig config = ServerConfig.fromEnv(Map.of());

    assertThat(config.mail()).isEqualTo(ServerConfig.Mail.defaults());
    assertThat(config.mail().smtpSettings()).isEmpty();
    assertThat(config.mail().from()).isEqualTo(Hireloop.DEFAULT_EMAIL_FROM);
    assertThat(config.describe()).contains("HIRELOOP_SMTP_HOST=(none: e-mails kept in the outbox)");
  }

  @Test
  void reads_the_smtp_settings_and_redacts_the_login() {
    ServerConfig config = ServerConfig.fromEnv(Map.of(
        "HIRELOOP_SMTP_HOST", "smtp.example.com",
        "HIRELOOP_SMTP_USERNAME", "mailer@example.com",
        "HIRELOOP_SMTP_PASSWORD", " s3cr3t pw ",
        "HIRELOOP_SMTP_SECURITY", "TLS",
        "HIRELOOP_EMAIL_FROM", "\"Acme Hiring\" <hiring@acme.example>"));

    SmtpSettings smtp = config.mail().smtpSettings().orElseThrow();
    assertThat(smtp.host()).isEqualTo("smtp.example.com");
    assertThat(smtp.port()).isEqualTo(465);
    assertThat(smtp.security()).isEqualTo(SmtpSettings.Security.TLS);
    assertThat(smtp.username()).contains("mailer@example.com");
    assertThat(smtp.password()).contains(" s3cr3t pw ");
    assertThat(smtp.from()).isEqualTo(EmailAddress.of("Acme Hiring", Email.of("hiring@acme.example")));
    for (String text : List.of(config.describe(), config.toString())) {
      assertThat(text).doesNotContain("s3cr3t").doesNotContain("mailer@").doesNotContain("hiring@")
          .contains("HIRELOOP_SMTP_HOST=smtp.example.com", "HIRELOOP_SMTP_PORT=465", "HIRELOOP_SMTP_SECURITY=tls",
              "HIRELOOP_SMTP_PASSWORD=<redacted>", "HIRELOOP_EMAIL_FROM=<redacted>");
    }
  }

  @Test
  void picks_the_smtp_port_from_the_security_unless_given() {
    assertThat(ServerConfig.fromEnv(Map.of("HIRELOOP_SMTP_HOST", "mail")).mail().smtpPort()).isEqualTo(587);
    assertThat(ServerConfig.fromEnv(Map.of("HIRELOOP_SMTP_HOST", "mail", "HIRELOOP_SMTP_SECURITY", "none"))
        .mail().smtpPort()).isEqualTo(25);
    assertThat(ServerConfig.fromEnv(Map.of("HIRELOOP_SMTP_HOST", "127.0.0.1", "HIRELOOP_SMTP_PORT", "3025"))
        .mail().smtpSettings().orElseThrow().port()).isEqualTo(3025);
  }

  @Test
  void accepts_a_plain_sender_address() {
    assertThat(ServerConfig.parseEmailFrom(" no-reply@acme.example "))
        .isEqualTo(new EmailAddress(Optional.empty(), Email.of("no-reply@acme.example")));
    assertThat(ServerConfig.parseEmailFrom("Acme <no-reply@acme.example>"))
        .isEqualTo(EmailAddress.of("Acme", Email.of("no-reply@acme.example")));
  }

  @Test
  void reports_every_bad_mail_setting_without_quoting_addresses() {
    ServerConfigException failure = catchThrowableOfType(ServerConfigException.class, () -> ServerConfig.fromEnv(
        Map.of("HIRELOOP_SMTP_HOST", "smtp example com",
            "HIRELOOP_SMTP_PORT", "0",
            "HIRELOOP_SMTP_USERNAME", "mailer",
            "HIRELOOP_SMTP_SECURITY", "ssl",
            "HIRELOOP_EMAIL_FROM", "jane.doe@@example.com")));

    assertThat(failure.problems()).containsExactlyInAnyOrder(
        "HIRELOOP_SMTP_HOST: must be a host name or an IP address ([::1] for IPv6) (was \"smtp example com\")",
        "HIRELOOP_SMTP_PORT: must be a whole number from 1 to 65535 (was \"0\")",
        "HIRELOOP_SMTP_USERNAME and HIRELOOP_SMTP_PASSWORD: set both or neither",
        "HIRELOOP_SMTP_SECURITY: must be one of starttls, tls, none (was \"ssl\")",
        "HIRELOOP_EMAIL_FROM: must be an e-mail address, or a name and an address as in Acme Hiring"
            + " <no-reply@acme.example>");
  }

  @Test
  void refuses_smtp_settings_without_a_host() {
    assertProblem(Map.of("HIRELOOP_SMTP_PORT", "2525"),
        "HIRELOOP_SMTP_PORT: only used with HIRELOOP_SMTP_HOST, which is not set");
  }

  @Test
  void help_lists_the_mail_variables() {
    assertThat(CliParser.help()).contains("HIRELOOP_SMTP_HOST", "HIRELOOP_SMTP_PORT", "HIRELOOP_SMTP_USERNAME",
        "HIRELOOP_SMTP_PASSWORD", "HIRELOOP_SMTP_SECURITY", "starttls | tls | none", "HIRELOOP_EMAIL_FROM",
        "no-reply@localhost.localdomain");
  }

  @Test
  void help_lists_the_job_import_variables_with_their_defaults() {
    String help = CliParser.help();

    assertThat(help).contains("HIRELOOP_GREENHOUSE_API_URL", "https://boards-api.greenhouse.io",
        "HIRELOOP_LEVER_API_URL", "https://api.lever.co", "HIRELOOP_ASHBY_API_URL", "https://api.ashbyhq.com",
        "HIRELOOP_IMPORT_ALLOWED_HOSTS", "(any public host)", "HIRELOOP_IMPORT_MAX_BYTES", "2097152",
        "HIRELOOP_IMPORT_TIMEOUT_MS", "10000");
  }

  @Test
  void reads_the_job_import_settings() {
    ServerConfig config = ServerConfig.fromEnv(Map.of(
        "HIRELOOP_GREENHOUSE_API_URL", "http://127.0.0.1:9001/greenhouse/",
        "HIRELOOP_GREENHOUSE_EU_API_URL", "https://gh-eu.proxy.internal",
        "HIRELOOP_LEVER_API_URL", "https://lever.proxy.internal:8443",
        "HIRELOOP_LEVER_EU_API_URL", "https://lever-eu.proxy.internal",
        "HIRELOOP_ASHBY_API_URL", "HTTPS://ashby.proxy.internal",
        "HIRELOOP_IMPORT_ALLOWED_HOSTS", " Careers.Acme.com, *.example.org ,",
        "HIRELOOP_IMPORT_MAX_BYTES", "65536",
        "HIRELOOP_IMPORT_TIMEOUT_MS", "2500"));

    ServerConfig.JobImport jobImport = config.jobImport();
    assertThat(jobImport.greenhouseApiUrl()).isEqualTo(URI.create("http://127.0.0.1:9001/greenhouse"));
    assertThat(jobImport.greenhouseEuApiUrl()).isEqualTo(URI.create("https://gh-eu.proxy.internal"));
    assertThat(jobImport.leverApiUrl()).isEqualTo(URI.create("https://lever.proxy.internal:8443"));
    assertThat(jobImport.leverEuApiUrl()).isEqualTo(URI.create("https://lever-eu.proxy.internal"));
    assertThat(jobImport.ashbyApiUrl()).isEqualTo(URI.create("HTTPS://ashby.proxy.internal"));
    assertThat(jobImport.allowedHosts()).containsExactlyInAnyOrder("careers.acme.com", "*.example.org");
    assertThat(jobImport.maxBytes()).isEqualTo(65_536);
    assertThat(jobImport.timeout()).isEqualTo(Duration.ofMillis(2_500));
    assertThat(config.describe()).contains("HIRELOOP_GREENHOUSE_API_URL=http://127.0.0.1:9001/greenhouse",
        "HIRELOOP_IMPORT_ALLOWED_HOSTS=*.example.org,careers.acme.com", "HIRELOOP_IMPORT_TIMEOUT_MS=2500");
  }

  @Test
  void reports_every_bad_job_import_setting() {
    ServerConfigException failure = catchThrowableOfType(ServerConfigException.class, () -> ServerConfig.fromEnv(
        Map.of("HIRELOOP_GREENHOUSE_API_URL", "boards-api.greenhouse.io",
            "HIRELOOP_LEVER_API_URL", "https://api.lever.co/?mode=json",
            "HIRELOOP_ASHBY_API_URL", "ftp://api.ashbyhq.com",
            "HIRELOOP_IMPORT_ALLOWED_HOSTS", "https://careers.acme.com/jobs",
            "HIRELOOP_IMPORT_MAX_BYTES", "10",
            "HIRELOOP_IMPORT_TIMEOUT_MS", "ten seconds")));

    assertThat(failure.problems()).containsExactlyInAnyOrder(
        "HIRELOOP_GREENHOUSE_API_URL: must be an absolute http or https URL (was \"boards-api.greenhouse.io\")",
        "HIRELOOP_LEVER_API_URL: must not have a query, a fragment or user info (was \"https://api.lever.co/?mode=json\")",
        "HIRELOOP_ASHBY_API_URL: must be an absolute http or https URL (was \"ftp://api.ashbyhq.com\")",
        "HIRELOOP_IMPORT_ALLOWED_HOSTS: must be host names separated by commas, e.g. careers.acme.com,jobs.example.org;"
            + " \"https://careers.acme.com/jobs\" is not one (was \"https://careers.acme.com/jobs\")",
        "HIRELOOP_IMPORT_MAX_BYTES: must be a whole number from 1024 to 104857600 (was \"10\")",
        "HIRELOOP_IMPORT_TIMEOUT_MS: must be a whole number from 100 to 120000 (was \"ten seconds\")");
  }

  @Test
  void an_allow_list_that_names_no_host_is_a_mistake_not_a_wildcard() {
    assertProblem(Map.of("HIRELOOP_IMPORT_ALLOWED_HOSTS", " , ,"),
        "HIRELOOP_IMPORT_ALLOWED_HOSTS: names no host; leave it unset to allow any public host (was \", ,\")");
  }

  private static void assertProblem(Map<String, String> env, String problem) {
    assertThatThrownBy(() -> ServerConfig.fromEnv(env))
        .isInstanceOfSatisfying(ServerConfigException.class, e -> assertThat(e.problems()).containsExactly(problem));
  }

  private static byte[] bytes(int length, int fill) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (fill * 31 + i);
    }
    return bytes;
  }
}
