package dev.hireloop.adapter.out.jobboard;

import dev.hireloop.adapter.out.jobboard.fake.FakeJobBoards;
import dev.hireloop.port.out.jobsource.JobSource;
import dev.hireloop.port.out.jobsource.JobSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The job-source contract for one of our sources, against the fake boards started once per test class. */
abstract class FakeBoardSourceContract extends JobSourceContract {
  static FakeJobBoards boards;
  static TestSources sources;

  @BeforeAll
  static void startBoards() {
    boards = FakeJobBoards.start();
    sources = new TestSources(boards.options());
  }

  @AfterAll
  static void stopBoards() {
    boards.close();
  }

  /** The source under test: {@code greenhouse}, {@code lever}, {@code ashby} or {@code json-ld}. */
  abstract String sourceName();

  @Override
  protected final JobSource source() {
    return sources.named(sourceName());
  }
}
