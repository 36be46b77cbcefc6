package dev.hireloop.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The benchmarks jar's entry point: JMH's own command line (same options as {@code org.openjdk.jmh.Main}), plus
 * two things JMH cannot do alone. The {@code postgres} backend is left out, with a message, when no test
 * PostgreSQL is configured; and after the run every backend's score is printed as a ratio against the
 * {@code memory} backend measured in the same run.
 */
public final class BenchmarkMain {
  static final String BACKEND = "backend";
  static final String BASELINE = Backend.MEMORY.label();

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions command;
    try {
      command = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("Error parsing command line: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (command.shouldHelp() || command.shouldList() || command.shouldListWithParams()
        || command.shouldListProfilers() || command.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    ChainedOptionsBuilder options = new OptionsBuilder().parent(command);
    Optional<String> skipped = Backend.skipReason();
    if (skipped.isPresent() && !command.getParameter(BACKEND).hasValue()) {
      System.err.println("# " + skipped.get());
      options.param(BACKEND, Backend.MEMORY.label(), Backend.H2_MEMORY.label(), Backend.H2_FILE.label());
    }
    try {
      Collection<RunResult> results = new Runner(options.build()).run();
      printRatios(results, System.out);
      skipped.ifPresent(reason -> System.out.println("# " + reason));
    } catch (RunnerException e) {
      System.err.println("ERROR: " + e.getMessage());
      System.exit(1);
    }
  }

  /** One row per benchmark and backend: score, error, unit and the ratio against the memory backend. */
  static void printRatios(Collection<RunResult> results, PrintStream out) {
    Map<String, Map<String, Result<?>>> byBenchmark = new LinkedHashMap<>();
    for (RunResult run : results) {
      String backend = run.getParams().getParam(BACKEND);
      if (backend == null) {
        continue;
      }
      String benchmark = run.getParams().getBenchmark();
      byBenchmark.computeIfAbsent(benchmark, key -> new LinkedHashMap<>()).put(backend, run.getPrimaryResult());
    }
    if (byBenchmark.isEmpty()) {
      return;
    }
    out.println();
    out.println("Ratios against the in-memory backend measured in this run (higher is faster):");
    out.println(String.format(Locale.ROOT, "%-50s %-9s %14s %12s  %-8s %8s", "Benchmark", "backend", "score",
        "error", "units", "ratio"));
    for (Map.Entry<String, Map<String, Result<?>>> entry : byBenchmark.entrySet()) {
      Result<?> baseline = entry.getValue().get(BASELINE);
      List<String> backends = new ArrayList<>(entry.getValue().keySet());
      for (String backend : backends) {
        Result<?> result = entry.getValue().get(backend);
        String ratio = baseline == null || baseline.getScore() == 0 ? "n/a"
            : String.format(Locale.ROOT, "%.3f", result.getScore() / baseline.getScore());
        out.println(String.format(Locale.ROOT, "%-50s %-9s %14.1f %12.1f  %-8s %8s", shorten(entry.getKey()),
            backend, result.getScore(), result.getScoreError(), result.getScoreUnit(), ratio));
      }
    }
  }

  private static String shorten(String benchmark) {
    return benchmark.replace("dev.hireloop.benchmarks.", "");
  }
}
