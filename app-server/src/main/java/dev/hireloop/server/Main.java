package dev.hireloop.server;

import java.util.List;

/**
 * {@code java -jar hireloop.jar [command] [options]}: see {@code --help}. Without a command it serves HTTP on port
 * 8000 with an H2 database under {@code ./data}; configuration comes from {@code HIRELOOP_*} environment
 * variables only.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = new Cli(System.getenv(), System.out, System.err).run(List.of(args));
    // A stopped server returns 0 while the JVM is already shutting down, and System.exit would then block.
    if (code != Cli.OK) {
      System.exit(code);
    }
  }
}
