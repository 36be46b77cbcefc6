package dev.hireloop.adapter.out.jobboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.adapter.out.jobboard.fake.FakeJobBoards;
import dev.hireloop.adapter.out.jobboard.fake.FakeJobBoards.FakePosting;
import dev.hireloop.domain.posting.BlockKind;
import dev.hireloop.port.out.jobsource.FetchedPosting;
import dev.hireloop.port.out.jobsource.JobSource;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fake's catalogue is what it serves: every posting imports through the standard sources as listed. */
class FakeJobBoardsTest {
  private static FakeJobBoards boards;
  private static TestSources sources;

  @BeforeAll
  static void startBoards() {
    boards = FakeJobBoards.start();
    sources = new TestSources(boards.options());
  }

  @AfterAll
  static void stopBoards() {
    boards.close();
  }

  /** Runs after {@code @BeforeAll}, so the links carry the running fake's port. */
  static Stream<FakePosting> postings() {
    return boards.postings().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("postings")
  void serves_each_posting_through_the_source_that_claims_its_link(FakePosting expected) {
    JobSource source = sources.forUrl(expected.url());

    FetchedPosting posting = source.fetch(expected.url());

    assertThat(source.name()).isEqualTo(expected.source());
    assertThat(posting.hints().title()).contains(expected.title());
    assertThat(posting.hints().company()).isEqualTo(expected.company());
    assertThat(posting.document().blocks()).extracting(dev.hireloop.domain.posting.Block::kind)
        .contains(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM);
    assertThat(posting.document().blocks().size()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void offers_at_least_fifteen_varied_postings_from_every_source() {
    List<FakePosting> postings = boards.postings();

    assertThat(postings).hasSizeGreaterThanOrEqualTo(15);
    assertThat(postings).extracting(FakePosting::source).contains("greenhouse", "lever", "ashby", "json-ld");
    assertThat(postings.stream().filter(p -> !p.field().equals("software")).count()).isGreaterThanOrEqualTo(4);
    assertThat(postings).extracting(FakePosting::field)
        .contains("nursing", "accounting", "sales", "logistics");
  }
}
