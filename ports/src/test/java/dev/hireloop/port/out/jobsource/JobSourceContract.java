package dev.hireloop.port.out.jobsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hireloop.domain.posting.Block;
import dev.hireloop.domain.shared.ExternalServiceException;
import dev.hireloop.domain.shared.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JobSource} promises, run by each source against a local fake of its board. Subclasses name a
 * posting the fake serves (with what must be read from it), links the source must not claim, a link to a posting
 * the board does not have, and a link the board answers with garbage.
 */
public abstract class JobSourceContract {

  /** A link to a posting the fake serves, and what the source must read from it. */
  public record KnownPosting(URI url, String title, Optional<String> company, String descriptionSnippet) {}

  protected abstract JobSource source();

  protected abstract KnownPosting knownPosting();

  /** Links of other boards, or no web links at all: the source must not claim them. */
  protected abstract List<URI> foreignUrls();

  /** A link of the source's own shape, to a posting its board does not have (closed, or never existed). */
  protected abstract URI unknownPostingUrl();

  /** A link of the source's own shape that the fake answers with something unusable. */
  protected abstract URI badResponseUrl();

  @Test
  void has_a_stable_lower_case_name() {
    assertThat(source().name()).matches("[a-z][a-z-]{1,49}");
  }

  @Test
  void recognises_links_of_its_own_shape() {
    assertThat(source().recognises(knownPosting().url())).isTrue();
    assertThat(source().recognises(unknownPostingUrl())).isTrue();
    assertThat(source().recognises(badResponseUrl())).isTrue();
  }

  @Test
  void does_not_recognise_foreign_links() {
    assertThat(foreignUrls()).allSatisfy(url -> assertThat(source().recognises(url)).as(url.toString()).isFalse());
  }

  @Test
  void does_not_recognise_links_that_are_not_web_addresses() {
    List<URI> notWeb = List.of(URI.create("mailto:jobs@example.com"), URI.create("ftp://example.com/jobs/1"),
        URI.create("file:///etc/passwd"), URI.create("/relative/jobs/1"), URI.create("urn:isbn:0451450523"));

    assertThat(notWeb).allSatisfy(url -> assertThat(source().recognises(url)).as(url.toString()).isFalse());
  }

  @Test
  void fetches_the_posting_with_its_title_company_and_description() {
    KnownPosting known = knownPosting();

    FetchedPosting posting = source().fetch(known.url());

    assertThat(posting.source()).isEqualTo(source().name());
    assertThat(posting.sourceUrl()).isEqualTo(known.url());
    assertThat(posting.hints().title()).contains(known.title());
    known.company().ifPresent(company -> assertThat(posting.hints().company()).contains(company));
    assertThat(posting.hints().sourceUrl()).isPresent();
    assertThat(posting.document().blocks()).isNotEmpty();
    assertThat(posting.document().blocks()).extracting(Block::text)
        .anySatisfy(text -> assertThat(text).contains(known.descriptionSnippet()));
    assertThat(posting.descriptionHtml()).contains(known.descriptionSnippet());
  }

  @Test
  void delivers_description_html_that_is_safe_to_display() {
    FetchedPosting posting = source().fetch(knownPosting().url());

    String html = posting.descriptionHtml().toLowerCase(java.util.Locale.ROOT);
    assertThat(html).doesNotContain("<script", "<style", "<iframe", "<img", "javascript:", " onclick", " onerror");
  }

  @Test
  void says_an_unknown_posting_is_not_found() {
    Throwable thrown = catchThrowable(() -> source().fetch(unknownPostingUrl()));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) thrown).code()).isEqualTo("posting.not-found");
  }

  @Test
  void says_a_garbage_answer_is_a_bad_response() {
    Throwable thrown = catchThrowable(() -> source().fetch(badResponseUrl()));

    assertThat(thrown).isInstanceOf(ExternalServiceException.class);
    assertThat(((ExternalServiceException) thrown).failure()).isEqualTo(ExternalServiceException.Failure.BAD_RESPONSE);
  }
}
