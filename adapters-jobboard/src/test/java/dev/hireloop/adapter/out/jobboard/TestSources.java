package dev.hireloop.adapter.out.jobboard;

import dev.hireloop.port.out.jobsource.JobSource;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The standard sources over given options, with retry pauses recorded instead of slept. */
final class TestSources {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC);
  final List<Duration> pauses = new CopyOnWriteArrayList<>();
  final List<JobSource> sources;

  TestSources(JobBoardOptions options) {
    this(options, InetAddress::getAllByName);
  }

  TestSources(JobBoardOptions options, UrlGuard.Resolver resolver) {
    sources = JobBoards.standard(options, resolver, pauses::add, CLOCK);
  }

  JobSource named(String name) {
    return sources.stream().filter(source -> source.name().equals(name)).findFirst().orElseThrow();
  }

  /** The first source that recognises the link, as the import flow asks them. */
  JobSource forUrl(java.net.URI url) {
    return sources.stream().filter(source -> source.recognises(url)).findFirst().orElseThrow();
  }
}
