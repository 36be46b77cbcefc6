package dev.hireloop.server;

import dev.hireloop.domain.shared.Email;
import java.time.ZoneId;

/** What the command line asked for, already checked: see {@link CliParser}. */
sealed interface CliCommand {
  /** {@code --help}: the commands and every environment variable. */
  record Help() implements CliCommand {}

  /** Runs the HTTP server until the JVM is asked to stop. The default command. */
  record Serve() implements CliCommand {}

  record CreateRecruiter(String name, Email email, ZoneId timeZone, String tokenLabel) implements CliCommand {}

  record IssueToken(Email email, String label) implements CliCommand {}

  record ListRecruiters() implements CliCommand {}
}
