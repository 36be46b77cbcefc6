package dev.hireloop.server;

import dev.hireloop.application.Hireloop;
import dev.hireloop.domain.shared.HireloopException;
import dev.hireloop.domain.shared.NotFoundException;
import dev.hireloop.port.in.recruiter.CreateRecruiterCommand;
import dev.hireloop.port.in.recruiter.IssueApiTokenCommand;
import dev.hireloop.port.in.recruiter.IssuedApiToken;
import dev.hireloop.port.in.recruiter.RecruiterView;
import dev.hireloop.port.in.recruiter.RecruiterWithToken;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one command line: parses it, reads the configuration and does the work, printing results to {@code out}
 * and problems to {@code err}. Returns the exit code: 0 success, 1 failure, 2 wrong usage. This class and
 * {@link Main} are the only ones that print.
 */
final class Cli {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;

  Cli(Map<String, String> env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    CliCommand command;
    try {
      command = CliParser.parse(args);
    } catch (CliUsageException e) {
      err.println(e.getMessage());
      err.println("Run with --help to see the commands and the environment variables.");
      return USAGE;
    }
    if (command instanceof CliCommand.Help) {
      out.print(CliParser.help());
      return OK;
    }
    ServerConfig config;
    try {
      config = ServerConfig.fromEnv(env);
    } catch (ServerConfigException e) {
      err.println(e.getMessage());
      err.println("Run with --help to see every variable and its default.");
      return FAILED;
    }
    try {
      if (command instanceof CliCommand.Serve) {
        return serve(config);
      }
      if (config.database() == DatabaseKind.MEMORY) {
        err.println("HIRELOOP_DB is memory, which keeps nothing after this command ends; use h2 or postgres.");
        return FAILED;
      }
      if (command instanceof CliCommand.CreateRecruiter create) {
        return withHireloop(config, hireloop -> createRecruiter(hireloop, create));
      }
      if (command instanceof CliCommand.IssueToken issue) {
        return withHireloop(config, hireloop -> issueToken(hireloop, issue));
      }
      return withHireloop(config, this::listRecruiters);
    } catch (HireloopException e) {
      err.println("Error: " + e.getMessage());
      LOG.debug("Command failed with code {}", e.code(), e);
      return FAILED;
    } catch (RuntimeException e) {
      LOG.error("Command failed unexpectedly", e);
      err.println("Error: " + e);
      return FAILED;
    }
  }

  /** Starts the server and blocks until the JVM's shutdown hook (SIGTERM, Ctrl-C) has stopped it. */
  private int serve(ServerConfig config) {
    RunningServer server = start(config, out);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "hireloop-shutdown"));
    try {
      server.awaitStopped();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    }
    return OK;
  }

  /**
   * The serve logic without the blocking: starts the server and prints where it runs and, after a bootstrap on an
   * empty database, the first recruiter's token (once: it is stored only as a hash).
   */
  static RunningServer start(ServerConfig config, PrintStream out) {
    RunningServer server = RunningServer.start(config);
    URI base = server.baseUrl();
    Optional<RecruiterWithToken> first = server.bootstrapped();
    if (first.isPresent()) {
      String token = first.get().token().plaintext();
      out.println();
      out.println("Hireloop is running at " + base);
      out.println();
      out.println("This database was empty, so a first recruiter was created (" + first.get().recruiter().email()
          + "). Its API token is shown only this once; store it now:");
      out.println();
      out.println("  " + token);
      out.println();
      out.println("Try it:");
      out.println();
      out.println("  curl -H \"Authorization: Bearer " + token + "\" " + base + "/api/me");
      out.println();
    } else {
      out.println("Hireloop is running at " + base);
    }
    out.flush();
    return server;
  }

  private int withHireloop(ServerConfig config, Function<Hireloop, Integer> work) {
    try (Wiring wiring = Wiring.open(config)) {
      return work.apply(wiring.hireloop());
    }
  }

  private int createRecruiter(Hireloop hireloop, CliCommand.CreateRecruiter command) {
    RecruiterWithToken created = hireloop.createRecruiterWithToken().create(
        new CreateRecruiterCommand(command.name(), command.email(), command.timeZone()), command.tokenLabel());
    out.println("Created recruiter " + created.recruiter().id() + " (" + created.recruiter().email() + ").");
    printToken(created.token());
    return OK;
  }

  private int issueToken(Hireloop hireloop, CliCommand.IssueToken command) {
    RecruiterView recruiter = hireloop.listRecruiters().list().stream()
        .filter(r -> r.email().equals(command.email()))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("recruiter.not-found",
            "No recruiter has the e-mail " + command.email() + "; see list-recruiters"));
    IssuedApiToken issued = hireloop.issueApiToken().issue(
        new IssueApiTokenCommand(recruiter.id(), command.label(), Optional.empty()));
    out.println("Issued token " + issued.token().id() + " (" + issued.token().label() + ") for recruiter "
        + recruiter.id() + ".");
    printToken(issued);
    return OK;
  }

  private int listRecruiters(Hireloop hireloop) {
    List<RecruiterView> recruiters = hireloop.listRecruiters().list();
    if (recruiters.isEmpty()) {
      out.println("No recruiters yet. Start the server (it creates the first one) or run create-recruiter.");
      return OK;
    }
    String format = "%-36s  %-8s  %-20s  %-32s  %s%n";
    out.printf(format, "ID", "STATUS", "TIME ZONE", "E-MAIL", "NAME");
    for (RecruiterView recruiter : recruiters) {
      out.printf(format, recruiter.id(), recruiter.status().name().toLowerCase(Locale.ROOT),
          recruiter.timeZone(), recruiter.email(), recruiter.name());
    }
    return OK;
  }

  private void printToken(IssuedApiToken issued) {
    out.println("API token (shown only this once; store it now):");
    out.println();
    out.println("  " + issued.plaintext());
    out.println();
  }
}
