package dev.hireloop.server;

import dev.hireloop.domain.shared.InvalidValueException;

/** The command line cannot be understood; the process exits with code 2 after printing the message. */
final class CliUsageException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  CliUsageException(String message) {
    super("cli.usage", message);
  }
}
