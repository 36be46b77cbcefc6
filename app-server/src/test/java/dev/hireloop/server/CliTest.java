package dev.hireloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  private static final Pattern TOKEN = Pattern.compile("hlk_[A-Za-z0-9_-]{43}");
  private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void prints_help_and_succeeds() {
    int code = run(Map.of(), "--help");

    assertThat(code).isZero();
    assertThat(out()).isEqualTo(CliParser.help());
    assertThat(err()).isEmpty();
  }

  @Test
  void shows_help_even_when_the_configuration_is_broken() {
    assertThat(run(Map.of("HIRELOOP_PORT", "x"), "--help")).isZero();
  }

  @Test
  void exits_with_2_on_an_unknown_command_or_option() {
    assertThat(run(Map.of(), "frobnicate")).isEqualTo(2);
    assertThat(err()).contains("Unknown command 'frobnicate'").contains("--help");

    assertThat(run(Map.of(), "list-recruiters", "--verbose")).isEqualTo(2);
    assertThat(err()).contains("Unknown option --verbose for list-recruiters");
    assertThat(out()).isEmpty();
  }

  @Test
  void exits_with_1_and_lists_every_configuration_problem() {
    int code = run(Map.of("HIRELOOP_PORT", "x", "HIRELOOP_DB", "oracle"), "list-recruiters");

    assertThat(code).isEqualTo(1);
    assertThat(err()).contains("2 problems").contains("HIRELOOP_PORT").contains("HIRELOOP_DB");
  }

  @Test
  void refuses_one_shot_commands_on_the_in_memory_store() {
    assertThat(run(Map.of("HIRELOOP_DB", "memory"), "list-recruiters")).isEqualTo(1);
    assertThat(err()).contains("HIRELOOP_DB is memory");
  }

  @Test
  void creates_lists_and_issues_tokens_for_recruiters_in_the_h2_database() {
    Map<String, String> env = Map.of("HIRELOOP_DATA_DIR", dir.toString());

    assertThat(run(env, "list-recruiters")).isZero();
    assertThat(out()).contains("No recruiters yet");

    assertThat(run(env, "create-recruiter", "--name", "Ada Lovelace", "--email", "ada@example.com",
        "--timezone", "Europe/London")).isZero();
    String created = out();
    assertThat(created).contains("Created recruiter ").contains("(ada@example.com)");
    String recruiterId = find(ID, created);
    String firstToken = find(TOKEN, created);

    assertThat(run(env, "issue-token", "--email", "ADA@example.com", "--label", "laptop")).isZero();
    String issued = out();
    assertThat(issued).contains("(laptop) for recruiter " + recruiterId);
    assertThat(find(TOKEN, issued)).isNotEqualTo(firstToken);

    assertThat(run(env, "list-recruiters")).isZero();
    assertThat(out()).contains(recruiterId).contains("ada@example.com").contains("Europe/London")
        .contains("Ada Lovelace").doesNotContain("hlk_");
  }

  @Test
  void exits_with_1_on_a_taken_email_or_an_unknown_recruiter() {
    Map<String, String> env = Map.of("HIRELOOP_DATA_DIR", dir.toString());
    assertThat(run(env, "create-recruiter", "--name", "A", "--email", "a@example.com")).isZero();

    assertThat(run(env, "create-recruiter", "--name", "B", "--email", "a@example.com")).isEqualTo(1);
    assertThat(err()).startsWith("Error: ");

    assertThat(run(env, "issue-token", "--email", "nobody@example.com")).isEqualTo(1);
    assertThat(err()).contains("No recruiter has the e-mail nobody@example.com");
  }

  private int run(Map<String, String> env, String... args) {
    out.reset();
    err.reset();
    Map<String, String> environment = new HashMap<>(env);
    return new Cli(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
    return matcher.group();
  }
}
