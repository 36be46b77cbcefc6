package dev.hireloop.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.posting.Block;
import dev.hireloop.domain.posting.PostingDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingHtmlTest {

  @Test
  void renders_headings_paragraphs_and_lists_in_order() {
    String html = PostingHtml.render(new PostingDocument(List.of(Block.heading(1, "Nurse"),
        Block.paragraph("Nights."), Block.heading(2, "Requirements"), Block.item(1, "RN"), Block.item(1, "BLS"),
        Block.paragraph("Apply today."))));

    assertThat(html).isEqualTo("<h1>Nurse</h1><p>Nights.</p><h2>Requirements</h2><ul><li>RN</li><li>BLS</li></ul>"
        + "<p>Apply today.</p>");
  }

  @Test
  void nests_list_items_by_level_and_closes_every_list() {
    String html = PostingHtml.render(new PostingDocument(List.of(Block.item(1, "A"), Block.item(2, "B"),
        Block.item(2, "C"), Block.item(1, "D"), Block.item(3, "E"))));

    assertThat(html).isEqualTo("<ul><li>A<ul><li>B</li><li>C</li></ul></li><li>D<ul><li><ul><li>E</li></ul></li>"
        + "</ul></li></ul>");
  }

  @Test
  void escapes_markup_in_the_text() {
    String html = PostingHtml.render(new PostingDocument(List.of(
        Block.paragraph("<script>alert('x')</script> & \"quotes\""))));

    assertThat(html).isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;</p>");
  }

  @Test
  void an_empty_document_is_empty_html() {
    assertThat(PostingHtml.render(new PostingDocument(List.of()))).isEmpty();
  }
}
