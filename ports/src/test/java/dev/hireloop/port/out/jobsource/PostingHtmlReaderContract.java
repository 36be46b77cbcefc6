package dev.hireloop.port.out.jobsource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.posting.Block;
import dev.hireloop.domain.posting.BlockKind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What every {@link PostingHtmlReader} promises: safe HTML, structure kept, entities decoded, text normalised. */
public abstract class PostingHtmlReaderContract {

  protected abstract PostingHtmlReader reader();

  @Test
  void drops_scripts_styles_event_handlers_and_script_links() {
    CleanPosting clean = reader().read("<p onclick=\"steal()\">Hello <a href=\"javascript:steal()\">there</a></p>"
        + "<script>steal()</script><style>p{}</style><iframe src=\"https://evil.example\"></iframe>"
        + "<img src=\"https://evil.example/x.gif\" onerror=\"steal()\">");

    String html = clean.safeHtml().toLowerCase(Locale.ROOT);
    assertThat(html).doesNotContain("<script", "<style", "<iframe", "<img", "onclick", "onerror", "javascript:",
        "steal()");
    assertThat(clean.document().toPlainText()).isEqualTo("Hello there");
  }

  @Test
  void keeps_headings_paragraphs_and_list_items_in_reading_order() {
    CleanPosting clean = reader().read("<h2>About us</h2><p>We make maps.</p><h3>Requirements</h3>"
        + "<ul><li>Python</li><li>SQL</li></ul><p>Apply today.</p>");

    assertThat(clean.document().blocks()).containsExactly(
        Block.heading(2, "About us"), Block.paragraph("We make maps."), Block.heading(3, "Requirements"),
        Block.item(1, "Python"), Block.item(1, "SQL"), Block.paragraph("Apply today."));
  }

  @Test
  void gives_nested_list_items_their_depth() {
    CleanPosting clean = reader().read("<ul><li>Cloud<ul><li>AWS</li><li>GCP<ul><li>BigQuery</li></ul></li></ul>"
        + "</li><li>Linux</li></ul>");

    assertThat(clean.document().blocks()).containsExactly(Block.item(1, "Cloud"), Block.item(2, "AWS"),
        Block.item(2, "GCP"), Block.item(3, "BigQuery"), Block.item(1, "Linux"));
  }

  @Test
  void decodes_entities_once_and_normalises_whitespace() {
    CleanPosting clean = reader().read("<p>R&amp;D&nbsp;team,\n   5&ndash;7 people &lt;b&gt; &amp;amp;</p>");

    assertThat(clean.document().blocks()).containsExactly(Block.paragraph("R&D team, 5–7 people <b> &amp;"));
  }

  @Test
  void reads_empty_or_text_only_input_without_failing() {
    assertThat(reader().read("").document().blocks()).isEmpty();
    assertThat(reader().read("   ").document().blocks()).isEmpty();
    List<Block> blocks = reader().read("Just a sentence.").document().blocks();
    assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH);
  }
}
