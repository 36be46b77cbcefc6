package dev.hireloop.adapter.out.jobboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hireloop.domain.posting.Block;
import dev.hireloop.domain.posting.PostingDocument;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.port.out.jobsource.CleanPosting;
import dev.hireloop.port.out.jobsource.PostingHtmlReader;
import dev.hireloop.port.out.jobsource.PostingHtmlReaderContract;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class JsoupPostingHtmlReaderTest extends PostingHtmlReaderContract {

  @Override
  protected PostingHtmlReader reader() {
    return JobBoards.htmlReader();
  }

  private static java.util.List<Block> blocks(String html) {
    return JobBoards.htmlReader().read(html).document().blocks();
  }

  @Test
  void reads_bold_only_paragraphs_as_headings() {
    assertThat(blocks("<p><strong>Requirements:</strong></p><ul><li>SQL</li></ul>"
        + "<p><b>Nice to have</b> </p><div><strong><u>Benefits</u></strong></div>"))
        .containsExactly(Block.heading(3, "Requirements"), Block.item(1, "SQL"), Block.heading(3, "Nice to have"),
            Block.heading(3, "Benefits"));
  }

  @Test
  void keeps_bold_sentences_and_bold_lead_ins_as_paragraphs() {
    assertThat(blocks("<p><strong>We are an equal opportunity employer.</strong></p>"
        + "<p><strong>Location:</strong> Berlin</p><p><strong>Requirements</strong>:</p>"))
        .containsExactly(Block.paragraph("We are an equal opportunity employer."),
            Block.paragraph("Location: Berlin"), Block.heading(3, "Requirements"));
  }

  @Test
  void splits_br_separated_bullet_lines_into_items() {
    assertThat(blocks("<p><strong>What you bring</strong><br>• Python<br/>· SQL<br>- dbt<br>◦ Airflow<br>"
        + "-10% travel<br>Apply below</p>"))
        .containsExactly(Block.heading(3, "What you bring"), Block.item(1, "Python"), Block.item(1, "SQL"),
            Block.item(1, "dbt"), Block.item(2, "Airflow"), Block.paragraph("-10% travel"),
            Block.paragraph("Apply below"));
  }

  @Test
  void strips_bullets_typed_into_list_items_and_joins_their_paragraphs() {
    assertThat(blocks("<ul><li>• Python</li><li><p>Strong</p><p>SQL</p></li><li>- Excel<br>and Sheets</li></ul>"))
        .containsExactly(Block.item(1, "Python"), Block.item(1, "Strong SQL"), Block.item(1, "Excel and Sheets"));
  }

  @Test
  void clamps_deep_nesting_to_six_levels() {
    String deep = "<ul><li>1<ul><li>2<ul><li>3<ul><li>4<ul><li>5<ul><li>6<ul><li>7</li></ul></li></ul></li></ul>"
        + "</li></ul></li></ul></li></ul></li></ul>";

    assertThat(blocks(deep)).extracting(Block::level).containsExactly(1, 2, 3, 4, 5, 6, 6);
  }

  @Test
  void reads_table_rows_as_paragraphs() {
    assertThat(blocks("<table><tr><th>Shift</th><th>Hours</th></tr><tr><td>Nights</td><td>7p–7a</td></tr></table>"))
        .containsExactly(Block.paragraph("Shift Hours"), Block.paragraph("Nights 7p–7a"));
  }

  @Test
  void keeps_text_from_unknown_wrappers_but_not_from_scripts_or_styles() {
    assertThat(blocks("<section><article><font color=red>Hello</font> <span>world</span></article></section>"
        + "<noscript>enable js</noscript><script>var secret = 1;</script><style>.a{}</style>"
        + "<template><p>template text</p></template>"))
        .extracting(Block::text).contains("Hello world").doesNotContain("var secret = 1;", ".a{}");
  }

  @Test
  void leaves_greenhouse_style_double_escaped_text_as_literal_text() {
    String fromGreenhouse = "&lt;p&gt;Use &amp;lt;b&amp;gt; for bold &amp;amp; more&lt;/p&gt;";

    CleanPosting clean = JobBoards.htmlReader().read(Parser.unescapeEntities(fromGreenhouse, false));

    assertThat(clean.document().blocks()).containsExactly(Block.paragraph("Use <b> for bold & more"));
    assertThat(clean.safeHtml()).isEqualTo("<p>Use &lt;b&gt; for bold &amp; more</p>");
  }

  @Test
  void keeps_web_and_mail_links_marked_nofollow_and_drops_other_schemes() {
    CleanPosting clean = JobBoards.htmlReader().read("<p><a href=\"https://example.com/a\">a</a> "
        + "<a href=\"mailto:jobs@example.com\">b</a> <a href=\"ftp://example.com\">c</a> "
        + "<a href=\"JaVaScRiPt:alert(1)\">d</a> <a href=\"data:text/html,x\">e</a></p>");

    assertThat(clean.safeHtml()).contains("<a href=\"https://example.com/a\" rel=\"nofollow noopener noreferrer\">a</a>")
        .contains("href=\"mailto:jobs@example.com\"").doesNotContain("ftp:", "alert", "data:");
  }

  @Test
  void removes_control_and_invisible_characters() {
    assertThat(blocks("<p>Zero\u200Bwidth\u0007 bell\u0085next&shy;line</p>"))
        .containsExactly(Block.paragraph("Zerowidth bell nextline"));
  }

  @Test
  void stops_at_the_largest_document_a_posting_may_have() {
    String many = "<p>line</p>".repeat(PostingDocument.MAX_BLOCKS + 10);

    assertThat(blocks(many)).hasSize(PostingDocument.MAX_BLOCKS);
  }

  @Test
  void refuses_input_larger_than_two_megabytes() {
    String huge = "<p>" + "x".repeat(JsoupPostingHtmlReader.MAX_INPUT_CHARS) + "</p>";

    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> JobBoards.htmlReader().read(huge));

    assertThat(thrown.code()).isEqualTo("posting.too-large");
  }
}
