package dev.hireloop.testing;

import dev.hireloop.domain.posting.Block;
import dev.hireloop.domain.posting.PostingDocument;
import dev.hireloop.domain.posting.PostingHints;
import dev.hireloop.port.out.jobsource.FetchedPosting;
import dev.hireloop.port.out.jobsource.JobSource;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A {@link JobSource} for tests: recognises the URLs of one host, answers each fetch with what {@code answer}
 * gives (a posting, or a thrown failure), and records the URLs it fetched. Thread-safe.
 */
public final class FakeJobSource implements JobSource {
  private final String name;
  private final String host;
  private final Function<URI, FetchedPosting> answer;
  private final List<URI> fetched = new CopyOnWriteArrayList<>();

  private FakeJobSource(String name, String host, Function<URI, FetchedPosting> answer) {
    this.name = name;
    this.host = host;
    this.answer = answer;
  }

  /** Answers every fetch with {@code posting}. */
  public static FakeJobSource answering(String name, String host, FetchedPosting posting) {
    return new FakeJobSource(name, host, url -> posting);
  }

  /** Fails every fetch with {@code failure}. */
  public static FakeJobSource failing(String name, String host, RuntimeException failure) {
    return new FakeJobSource(name, host, url -> {
      throw failure;
    });
  }

  /** A fetched posting with the given hints, description HTML and clean-text blocks. */
  public static FetchedPosting posting(String source, String url, PostingHints hints, String html,
      Block... blocks) {
    return new FetchedPosting(source, URI.create(url), hints, html, new PostingDocument(List.of(blocks)));
  }

  public List<URI> fetched() {
    return List.copyOf(fetched);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean recognises(URI url) {
    return url.getHost() != null && url.getHost().toLowerCase(Locale.ROOT).equals(host);
  }

  @Override
  public FetchedPosting fetch(URI url) {
    fetched.add(url);
    return answer.apply(url);
  }
}
