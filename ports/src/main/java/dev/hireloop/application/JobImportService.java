package dev.hireloop.application;

import dev.hireloop.domain.job.JobDetails;
import dev.hireloop.domain.posting.JobAnalysis;
import dev.hireloop.domain.posting.JobPostingAnalyzer;
import dev.hireloop.domain.posting.PlainTextPostingReader;
import dev.hireloop.domain.posting.PostingDocument;
import dev.hireloop.domain.posting.PostingHints;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RuleViolationException;
import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillExtractor;
import dev.hireloop.domain.skill.SkillMention;
import dev.hireloop.port.in.job.CreateJobCommand;
import dev.hireloop.port.in.job.JobView;
import dev.hireloop.port.in.jobimport.ExtractJobCommand;
import dev.hireloop.port.in.jobimport.ExtractJobUseCase;
import dev.hireloop.port.in.jobimport.ImportJobCommand;
import dev.hireloop.port.in.jobimport.ImportJobUseCase;
import dev.hireloop.port.in.jobimport.ImportedJob;
import dev.hireloop.port.in.jobimport.JobDraftView;
import dev.hireloop.port.in.jobimport.PreviewJobImportQuery;
import dev.hireloop.port.in.jobimport.PreviewJobImportUseCase;
import dev.hireloop.port.in.jobimport.SkillEvidence;
import dev.hireloop.port.out.jobsource.CleanPosting;
import dev.hireloop.port.out.jobsource.FetchedPosting;
import dev.hireloop.port.out.jobsource.JobSource;
import dev.hireloop.port.out.jobsource.PostingHtmlReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Job import: a posting URL (through the first {@link JobSource} that recognises it) or a pasted description
 * (text, or HTML through the {@link PostingHtmlReader}) becomes a {@link JobDraftView} by the deterministic
 * {@link JobPostingAnalyzer}; an import then saves the draft through the ordinary job creation path. The fetch and
 * the analysis happen before any transaction opens, so a failure in either leaves nothing behind. Stateless and
 * thread-safe.
 */
final class JobImportService implements ImportJobUseCase, PreviewJobImportUseCase, ExtractJobUseCase {
  static final int MAX_URL_LENGTH = 2_000;
  static final String TEXT_SOURCE = "text";
  static final String HTML_SOURCE = "html";
  private static final Logger LOG = LoggerFactory.getLogger(JobImportService.class);

  private final JobService jobs;
  private final List<JobSource> sources;
  private final Optional<PostingHtmlReader> htmlReader;
  private final JobPostingAnalyzer analyzer;

  JobImportService(JobService jobs, List<JobSource> sources, Optional<PostingHtmlReader> htmlReader,
      SkillExtractor skills) {
    this.jobs = jobs;
    this.sources = List.copyOf(sources);
    this.htmlReader = htmlReader;
    this.analyzer = new JobPostingAnalyzer(skills);
  }

  @Override
  public JobDraftView preview(PreviewJobImportQuery query) {
    return fetchAndAnalyse(query.url());
  }

  @Override
  public ImportedJob importJob(ImportJobCommand command) {
    JobDraftView draft = fetchAndAnalyse(command.url());
    JobView job = jobs.create(new CreateJobCommand(command.recruiterId(), draft.details(), false),
        Map.of("source", draft.source()));
    LOG.info("Imported job {} from {}", job.id(), draft.source());
    return new ImportedJob(job, draft);
  }

  @Override
  public JobDraftView extract(ExtractJobCommand command) {
    if (command.text().isPresent()) {
      PostingDocument document = PlainTextPostingReader.read(command.text().get());
      return draft(analyzer.analyze(document, PostingHints.none()), PostingHtml.render(document), TEXT_SOURCE,
          Optional.empty());
    }
    PostingHtmlReader reader = htmlReader.orElseThrow(() -> new RuleViolationException("import.html-unsupported",
        "this Hireloop has no HTML reader configured; paste the description as text instead"));
    CleanPosting clean = reader.read(command.html().orElseThrow());
    return draft(analyzer.analyze(clean.document(), PostingHints.none()), clean.safeHtml(), HTML_SOURCE,
        Optional.empty());
  }

  private JobDraftView fetchAndAnalyse(URI url) {
    checkUrl(url);
    if (sources.isEmpty()) {
      throw new RuleViolationException("import.no-sources",
          "importing from a URL is not configured here (no job sources); paste the description instead");
    }
    JobSource source = sources.stream().filter(candidate -> candidate.recognises(url)).findFirst()
        .orElseThrow(() -> new RuleViolationException("import.url-unsupported",
            "no job source handles this URL; paste the description instead"));
    FetchedPosting fetched = source.fetch(url);
    JobAnalysis analysis = analyzer.analyze(fetched.document(), fetched.hints());
    return draft(analysis, fetched.descriptionHtml(), source.name(), Optional.of(fetched.sourceUrl()));
  }

  /** An absolute http(s) URL of bounded length; everything else about it is the source's to judge. */
  static void checkUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!url.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null
        || url.toString().length() > MAX_URL_LENGTH) {
      throw new InvalidValueException("url.invalid",
          "url must be an absolute http(s) URL of at most " + MAX_URL_LENGTH + " characters");
    }
  }

  private static JobDraftView draft(JobAnalysis analysis, String descriptionHtml, String source,
      Optional<URI> fetchedFrom) {
    JobDetails details = analysis.toJobDetails();
    if (details.sourceUrl().isEmpty() && fetchedFrom.isPresent()) {
      details = withSourceUrl(details, fetchedFrom.get());
    }
    String text = analysis.cleanText();
    return new JobDraftView(details, text, descriptionHtml, analysis.seniority(), analysis.locations(),
        analysis.responsibilities(), evidence(analysis.required(), analysis.requiredSkills(), text),
        evidence(analysis.preferred(), analysis.preferredSkills(), text), source);
  }

  /** The board's own public URL wins (it is in the hints); otherwise the URL the source fetched. */
  private static JobDetails withSourceUrl(JobDetails details, URI url) {
    try {
      return new JobDetails(details.title(), details.company(), details.description(), details.location(),
          details.remotePolicy(), details.employmentType(), details.salary(), details.minimumYears(),
          details.requiredSkills(), details.preferredSkills(), Optional.of(url));
    } catch (InvalidValueException e) {
      // a source URL that a job cannot keep (e.g. overlong after redirects) is left out rather than failing
      return details;
    }
  }

  /** One {@link SkillEvidence} per skill, in order: the exact words that named it and the lines they stand in. */
  static List<SkillEvidence> evidence(List<Skill> skills, List<SkillMention> mentions, String text) {
    List<SkillEvidence> evidence = new ArrayList<>(skills.size());
    Map<String, List<SkillMention>> byKey = new LinkedHashMap<>();
    mentions.forEach(mention -> byKey.computeIfAbsent(mention.skill().key(), key -> new ArrayList<>()).add(mention));
    for (Skill skill : skills) {
      List<SkillMention> own = byKey.getOrDefault(skill.key(), List.of());
      if (own.isEmpty()) {
        continue;
      }
      Set<String> words = new LinkedHashSet<>();
      Set<String> quotes = new LinkedHashSet<>();
      for (SkillMention mention : own) {
        words.add(mention.evidence());
        lineAround(text, mention).ifPresent(quotes::add);
      }
      evidence.add(new SkillEvidence(skill, own.get(0).category(), List.copyOf(words), List.copyOf(quotes)));
    }
    return List.copyOf(evidence);
  }

  /** The line of the clean text that holds the mention's span, without its list marker. */
  static Optional<String> lineAround(String text, SkillMention mention) {
    int start = mention.start();
    int end = mention.end();
    if (end > text.length() || !text.regionMatches(start, mention.evidence(), 0, mention.evidence().length())) {
      // the span is not in this text (an extractor that reports spans elsewhere): find the words instead
      start = text.indexOf(mention.evidence());
      if (start < 0) {
        return Optional.empty();
      }
      end = start + mention.evidence().length();
    }
    int from = text.lastIndexOf('\n', start - 1) + 1;
    int to = text.indexOf('\n', end);
    String line = text.substring(from, to < 0 ? text.length() : to).strip();
    if (line.startsWith("- ")) {
      line = line.substring(2).strip();
    }
    return line.isEmpty() ? Optional.empty() : Optional.of(line);
  }
}
