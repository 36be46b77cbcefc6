package dev.hireloop.benchmarks;

import dev.hireloop.adapter.out.jobboard.JobBoards;
import dev.hireloop.domain.posting.JobAnalysis;
import dev.hireloop.domain.posting.JobPostingAnalyzer;
import dev.hireloop.domain.posting.PlainTextPostingReader;
import dev.hireloop.domain.posting.PostingHints;
import dev.hireloop.domain.skill.SkillMention;
import dev.hireloop.domain.skill.SkillTaxonomy;
import dev.hireloop.port.out.jobsource.PostingHtmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Analysing one realistic posting (a 3.5 KB Greenhouse-style description of a backend role: intro, location and
 * pay line, responsibilities, requirements, nice-to-haves, stack, benefits, EEO footer), in time per operation
 * with percentiles, so the median can be read off:
 * <ul>
 *   <li>{@code analyseHtml}: the import path — sanitise and structure the HTML (jsoup reader), then the whole
 *       analysis (sections, facts, skills with evidence) with the board's fields as hints, as Greenhouse gives
 *       them (title, company, location, link);</li>
 *   <li>{@code analyseText}: the same posting pasted as text, title first, without hints
 *       ({@code PlainTextPostingReader});</li>
 *   <li>{@code extractSkills}: the taxonomy's extractor alone over the clean text;</li>
 *   <li>{@code extractSkillsRegexPerSkill}: the naive baseline over the same text — one regular expression per
 *       spelling of every skill ({@link RegexPerSkillExtractor}).</li>
 * </ul>
 * The taxonomy is loaded once, before measuring (its one-off load is not what a request pays), and each
 * benchmark runs once then and must find the posting's skills, so a broken analysis fails the run instead of being
 * timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JobAnalysisBenchmark {
  static final String POSTING = "/dev/hireloop/benchmarks/posting.html";

  private static final PostingHints BOARD_FIELDS = new PostingHints(
      Optional.of("Senior Backend Engineer (Java/Kotlin) – Pricing Platform"), Optional.of("Northwind Analytics"),
      List.of("Berlin, Germany"), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.of(URI.create("https://boards.greenhouse.io/northwind/jobs/4012345")));

  private String html;
  private String text;
  private PostingHtmlReader htmlReader;
  private JobPostingAnalyzer analyzer;
  private SkillTaxonomy taxonomy;
  private RegexPerSkillExtractor regexPerSkill;

  @Setup(Level.Trial)
  public void load() {
    html = resource(POSTING);
    htmlReader = JobBoards.htmlReader();
    taxonomy = SkillTaxonomy.standard();
    analyzer = new JobPostingAnalyzer(taxonomy);
    text = BOARD_FIELDS.title().orElseThrow() + "\n\n" + htmlReader.read(html).document().toPlainText();
    regexPerSkill = new RegexPerSkillExtractor(taxonomy.definitions());
    for (JobAnalysis analysis : List.of(analyseHtml(), analyseText())) {
      if (analysis.required().size() < 5 || analysis.preferred().size() < 3) {
        throw new IllegalStateException("the analysis found too few skills: " + analysis.required() + " / "
            + analysis.preferred());
      }
    }
    if (extractSkills().isEmpty() || extractSkillsRegexPerSkill().isEmpty()) {
      throw new IllegalStateException("an extractor found no skills");
    }
  }

  @Benchmark
  public JobAnalysis analyseHtml() {
    return analyzer.analyze(htmlReader.read(html).document(), BOARD_FIELDS);
  }

  @Benchmark
  public JobAnalysis analyseText() {
    return analyzer.analyze(PlainTextPostingReader.read(text), PostingHints.none());
  }

  @Benchmark
  public List<SkillMention> extractSkills() {
    return taxonomy.extract(text);
  }

  @Benchmark
  public List<SkillMention> extractSkillsRegexPerSkill() {
    return regexPerSkill.extract(text);
  }

  static String resource(String name) {
    try (InputStream in = JobAnalysisBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
