package dev.hireloop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.shared.Email;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliParserTest {

  @Test
  void serves_when_no_command_is_given() {
    assertThat(parse()).isEqualTo(new CliCommand.Serve());
    assertThat(parse("serve")).isEqualTo(new CliCommand.Serve());
  }

  @Test
  void shows_help_for_every_spelling_and_after_any_command() {
    assertThat(parse("--help")).isEqualTo(new CliCommand.Help());
    assertThat(parse("-h")).isEqualTo(new CliCommand.Help());
    assertThat(parse("help")).isEqualTo(new CliCommand.Help());
    assertThat(parse("create-recruiter", "--help")).isEqualTo(new CliCommand.Help());
  }

  @Test
  void reads_create_recruiter_with_all_options_in_both_spellings() {
    assertThat(parse("create-recruiter", "--name", "Ada Lovelace", "--email=Ada@Example.com",
        "--timezone", "Europe/Paris", "--token-label=laptop"))
        .isEqualTo(new CliCommand.CreateRecruiter("Ada Lovelace", Email.of("ada@example.com"),
            ZoneId.of("Europe/Paris"), "laptop"));
  }

  @Test
  void defaults_the_time_zone_and_the_token_label() {
    assertThat(parse("create-recruiter", "--email", "a@example.com", "--name", "A"))
        .isEqualTo(new CliCommand.CreateRecruiter("A", Email.of("a@example.com"), ZoneId.of("UTC"), "cli"));
  }

  @Test
  void reads_issue_token_and_list_recruiters() {
    assertThat(parse("issue-token", "--email", "a@example.com"))
        .isEqualTo(new CliCommand.IssueToken(Email.of("a@example.com"), "cli"));
    assertThat(parse("issue-token", "--email", "a@example.com", "--label", "ci"))
        .isEqualTo(new CliCommand.IssueToken(Email.of("a@example.com"), "ci"));
    assertThat(parse("list-recruiters")).isEqualTo(new CliCommand.ListRecruiters());
  }

  @Test
  void rejects_an_unknown_command() {
    assertUsage(List.of("delete-everything"), "Unknown command 'delete-everything'");
  }

  @Test
  void rejects_an_unknown_option() {
    assertUsage(List.of("create-recruiter", "--name", "A", "--email", "a@example.com", "--admin", "yes"),
        "Unknown option --admin for create-recruiter");
    assertUsage(List.of("serve", "--port", "9000"), "Unknown option --port for serve");
  }

  @Test
  void rejects_missing_repeated_and_valueless_options_and_stray_words() {
    assertUsage(List.of("create-recruiter", "--name", "A"), "Option --email is required");
    assertUsage(List.of("issue-token", "--email", "a@example.com", "--email", "b@example.com"),
        "Option --email is given twice");
    assertUsage(List.of("issue-token", "--email"), "Option --email needs a value");
    assertUsage(List.of("issue-token", "--email", "--label", "x"), "Option --email needs a value");
    assertUsage(List.of("list-recruiters", "all"), "Unexpected argument 'all' for list-recruiters");
  }

  @Test
  void rejects_invalid_values_naming_the_option() {
    assertUsage(List.of("create-recruiter", "--name", "A", "--email", "nope"), "Invalid --email");
    assertUsage(List.of("create-recruiter", "--name", "A", "--email", "a@example.com", "--timezone", "+02:00"),
        "Invalid --timezone");
    assertUsage(List.of("create-recruiter", "--name", " ", "--email", "a@example.com"), "Invalid --name");
  }

  @Test
  void help_lists_every_command_and_every_variable_with_its_default() {
    String help = CliParser.help();

    assertThat(help).contains("serve", "create-recruiter --name NAME --email EMAIL [--timezone ZONE]"
        + " [--token-label LABEL]", "issue-token --email EMAIL [--label LABEL]", "list-recruiters", "--help");
    for (ServerConfig.Variable variable : ServerConfig.VARIABLES) {
      assertThat(help).contains(variable.name()).contains("default: " + variable.defaultValue());
    }
    assertThat(help).contains("default: 8000").contains("default: ./data").contains("default: hireloop");
  }

  private static CliCommand parse(String... args) {
    return CliParser.parse(List.of(args));
  }

  private static void assertUsage(List<String> args, String message) {
    assertThatThrownBy(() -> CliParser.parse(args))
        .isInstanceOf(CliUsageException.class)
        .hasMessageContaining(message)
        .hasFieldOrPropertyWithValue("code", "cli.usage");
  }
}
