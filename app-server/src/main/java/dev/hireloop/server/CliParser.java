package dev.hireloop.server;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.Email;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.Zones;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A small hand-written parser for {@code command [--flag value]...}; flags may also be written
 * {@code --flag=value}. Every mistake is a {@link CliUsageException} whose message says what to type instead.
 */
final class CliParser {
  static final String DEFAULT_TOKEN_LABEL = "cli";
  private static final Set<String> HELP = Set.of("help", "--help", "-h");

  private CliParser() {}

  static CliCommand parse(List<String> args) {
    if (args.isEmpty()) {
      return new CliCommand.Serve();
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    if (HELP.contains(command) || rest.stream().anyMatch(a -> a.equals("--help") || a.equals("-h"))) {
      return new CliCommand.Help();
    }
    return switch (command) {
      case "serve" -> {
        flags(command, rest, Set.of(), Set.of());
        yield new CliCommand.Serve();
      }
      case "create-recruiter" -> {
        Map<String, String> flags = flags(command, rest, Set.of("name", "email"), Set.of("timezone", "token-label"));
        yield new CliCommand.CreateRecruiter(
            value(flags.get("name"), "--name", v -> Check.text(v, "name", 200)),
            value(flags.get("email"), "--email", Email::of),
            value(flags.getOrDefault("timezone", "UTC"), "--timezone", v -> Zones.parse(v, "time zone")),
            label(flags.getOrDefault("token-label", DEFAULT_TOKEN_LABEL), "--token-label"));
      }
      case "issue-token" -> {
        Map<String, String> flags = flags(command, rest, Set.of("email"), Set.of("label"));
        yield new CliCommand.IssueToken(
            value(flags.get("email"), "--email", Email::of),
            label(flags.getOrDefault("label", DEFAULT_TOKEN_LABEL), "--label"));
      }
      case "list-recruiters" -> {
        flags(command, rest, Set.of(), Set.of());
        yield new CliCommand.ListRecruiters();
      }
      default -> throw new CliUsageException("Unknown command '" + command + "'. Commands: serve, create-recruiter,"
          + " issue-token, list-recruiters, help.");
    };
  }

  /** Reads {@code --name value} pairs, refusing unknown, repeated, valueless and missing flags. */
  private static Map<String, String> flags(String command, List<String> args, Set<String> required,
      Set<String> optional) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--") || arg.length() == 2) {
        throw new CliUsageException("Unexpected argument '" + arg + "' for " + command + ". " + usage(command));
      }
      String name = arg.substring(2);
      String value = null;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      if (!required.contains(name) && !optional.contains(name)) {
        throw new CliUsageException("Unknown option --" + name + " for " + command + ". " + usage(command));
      }
      if (value == null) {
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
          throw new CliUsageException("Option --" + name + " needs a value. " + usage(command));
        }
        value = args.get(++i);
      }
      if (flags.putIfAbsent(name, value) != null) {
        throw new CliUsageException("Option --" + name + " is given twice. " + usage(command));
      }
    }
    for (String name : required) {
      if (!flags.containsKey(name)) {
        throw new CliUsageException("Option --" + name + " is required. " + usage(command));
      }
    }
    return flags;
  }

  private static <T> T value(String raw, String flag, Function<String, T> parser) {
    try {
      return parser.apply(raw);
    } catch (InvalidValueException e) {
      throw new CliUsageException("Invalid " + flag + ": " + e.getMessage() + ".");
    }
  }

  private static String label(String raw, String flag) {
    return value(raw, flag, v -> Check.text(v, "label", 100));
  }

  static String usage(String command) {
    return switch (command) {
      case "create-recruiter" ->
          "Usage: create-recruiter --name NAME --email EMAIL [--timezone ZONE] [--token-label LABEL]";
      case "issue-token" -> "Usage: issue-token --email EMAIL [--label LABEL]";
      default -> "Usage: " + command + " (no options)";
    };
  }

  /** The text of {@code --help}: commands, then every environment variable with its default. */
  static String help() {
    StringBuilder text = new StringBuilder();
    text.append("Hireloop: recruiting automation server.\n\n")
        .append("Usage: java -jar hireloop.jar [COMMAND] [OPTIONS]\n\n")
        .append("Commands:\n")
        .append("  serve                 Run the HTTP server (the default when no command is given). On an empty\n")
        .append("                        database it creates the first recruiter and prints its API token once.\n")
        .append("  create-recruiter --name NAME --email EMAIL [--timezone ZONE] [--token-label LABEL]\n")
        .append("                        Create a recruiter; prints its id and a new API token (shown once).\n")
        .append("                        ZONE is an IANA time zone (default UTC); LABEL defaults to \"")
        .append(DEFAULT_TOKEN_LABEL).append("\".\n")
        .append("  issue-token --email EMAIL [--label LABEL]\n")
        .append("                        Issue another API token for a recruiter (shown once).\n")
        .append("  list-recruiters       List every recruiter.\n")
        .append("  help, --help, -h      Show this help.\n\n")
        .append("The commands other than serve open the same database as the server; with the default H2 file\n")
        .append("database, stop the server first.\n\n")
        .append("Environment variables (every command reads them; unknown HIRELOOP_* variables are refused):\n");
    int width = ServerConfig.VARIABLES.stream().mapToInt(v -> v.name().length()).max().orElse(0) + 2;
    for (ServerConfig.Variable variable : ServerConfig.VARIABLES) {
      text.append("  ").append(String.format("%-" + width + "s", variable.name()))
          .append(variable.description()).append('\n')
          .append("  ").append(" ".repeat(width)).append("default: ").append(variable.defaultValue()).append('\n');
    }
    text.append("\nExit codes: 0 success, 1 failure (configuration, database, conflict), 2 wrong usage.\n");
    return text.toString();
  }
}
