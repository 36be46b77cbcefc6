package dev.hireloop.server;

import dev.hireloop.domain.shared.InvalidValueException;
import java.util.List;

/** The environment does not describe a runnable server; {@link #problems()} lists every reason at once. */
final class ServerConfigException extends InvalidValueException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  ServerConfigException(List<String> problems) {
    super("config.invalid", message(problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    StringBuilder text = new StringBuilder("The server configuration has ")
        .append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
    for (String problem : problems) {
      text.append(System.lineSeparator()).append("  - ").append(problem);
    }
    return text.toString();
  }
}
