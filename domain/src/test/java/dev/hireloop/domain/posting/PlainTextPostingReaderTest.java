package dev.hireloop.domain.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.testing.Expect;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PlainTextPostingReaderTest {

  private static List<String> shape(String text) {
    return PlainTextPostingReader.read(text).blocks().stream()
        .map(b -> b.kind().name().charAt(0) + "" + b.level() + " " + b.text()).toList();
  }

  @Test
  void reads_markdown_headings_lists_and_paragraphs() {
    assertThat(shape("# Senior Engineer\n\nWe build **payments**.\n\n## Requirements\n\n- Java\n- SQL\n"))
        .containsExactly("H1 Senior Engineer", "P0 We build payments.", "H2 Requirements", "L1 Java", "L1 SQL");
  }

  @Test
  void takes_colon_lines_all_caps_lines_and_short_stand_alone_lines_as_headings() {
    assertThat(shape("REQUIREMENTS\n- Java\n\nWhat you need:\n- SQL\n\nNice To Have\n- Go\n\n"
        + "Who we are\nWe are small."))
        .containsExactly("H2 REQUIREMENTS", "L1 Java", "H3 What you need", "L1 SQL", "H3 Nice To Have", "L1 Go",
            "H3 Who we are", "P0 We are small.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "*", "+", "•", "◦", "▪", "·", "–", "—", "1.", "12)", "a)", "(b)", "iv."})
  void accepts_every_kind_of_bullet(String marker) {
    assertThat(shape("Requirements:\n" + marker + " Java experience\n" + marker + " SQL"))
        .containsExactly("H3 Requirements", "L1 Java experience", "L1 SQL");
  }

  @Test
  void nests_list_items_by_indentation_in_spaces_or_tabs() {
    assertThat(shape("- Cloud:\n  - AWS\n    - Lambda\n  - GCP\n- SQL"))
        .containsExactly("L1 Cloud:", "L2 AWS", "L3 Lambda", "L2 GCP", "L1 SQL");
    assertThat(shape("- Cloud:\n\t- AWS\n\t\t- Lambda\n\t- GCP\n- SQL"))
        .containsExactly("L1 Cloud:", "L2 AWS", "L3 Lambda", "L2 GCP", "L1 SQL");
  }

  @Test
  void nests_a_secondary_glyph_or_letters_under_their_parent_without_indentation() {
    assertThat(shape("• Cloud\n◦ AWS\n◦ GCP\n• SQL")).containsExactly("L1 Cloud", "L2 AWS", "L2 GCP", "L1 SQL");
    assertThat(shape("1. Cloud\na) AWS\nb) GCP\n2. SQL")).containsExactly("L1 Cloud", "L2 AWS", "L2 GCP", "L1 SQL");
  }

  @Test
  void joins_hard_wrapped_lines_of_a_paragraph_and_of_a_list_item() {
    assertThat(shape("We are a small team building tools for\nnurses and doctors.\n\n- Install conduit, panels\n"
        + "  and lighting controls\n- Read blueprints"))
        .containsExactly("P0 We are a small team building tools for nurses and doctors.",
            "L1 Install conduit, panels and lighting controls", "L1 Read blueprints");
  }

  @Test
  void rejoins_a_word_hyphenated_across_a_line_break() {
    assertThat(shape("Experience with event-\ndriven systems"))
        .containsExactly("P0 Experience with event-driven systems");
  }

  @Test
  void separates_paragraphs_at_blank_lines_and_after_a_finished_sentence() {
    assertThat(shape("First paragraph.\n\nSecond one.\nThird one starts here.\n"))
        .containsExactly("P0 First paragraph.", "P0 Second one.", "P0 Third one starts here.");
  }

  @Test
  void keeps_each_key_value_line_as_its_own_paragraph_but_joins_its_wrapped_tail() {
    assertThat(shape("Location: Denver, CO\nPay: $34 - $44 per hour, plus a bonus for\nweekend shifts\n"
        + "Job Type: Full-time"))
        .containsExactly("P0 Location: Denver, CO", "P0 Pay: $34 - $44 per hour, plus a bonus for weekend shifts",
            "P0 Job Type: Full-time");
  }

  @Test
  void normalises_line_breaks_tabs_and_odd_spaces_and_drops_invisible_characters() {
    String text = "\uFEFFSenior\u00A0Nurse\r\n\r\nRequire\u200Bments:\r\n-\tBLS\u202Fand ACLS\r- CPR\u0007\uE002";

    assertThat(shape(text)).containsExactly("H3 Senior Nurse", "H3 Requirements", "L1 BLS and ACLS", "L1 CPR");
  }

  @Test
  void reduces_markdown_emphasis_links_code_and_escapes_to_text() {
    assertThat(shape("Use *Kotlin*, __Spring__, `Gradle` and [our API](https://example.com/api) \\*daily\\*."))
        .containsExactly("P0 Use Kotlin, Spring, Gradle and our API *daily*.");
  }

  @Test
  void a_whole_bold_line_is_a_heading_but_a_bold_label_with_a_value_is_not() {
    assertThat(shape("**Senior .NET Developer**\n**Rate:** £550 per day\n\n**Key skills (essential):**\n- C#"))
        .containsExactly("H3 Senior .NET Developer", "P0 Rate: £550 per day", "H3 Key skills (essential)", "L1 C#");
  }

  @Test
  void reads_setext_headings_and_drops_rules() {
    assertThat(shape("Data Engineer\n=============\n\nAbout us\n--------\nWe ship.\n\n---\n\nMore."))
        .containsExactly("H1 Data Engineer", "H2 About us", "P0 We ship.", "P0 More.");
  }

  @Test
  void a_lower_case_wrapped_line_is_never_a_heading_and_numbers_are_not_bullets() {
    assertThat(shape("You will need at least\nthree years:\n3.5 years is fine.\n2024 was our best year."))
        .containsExactly("P0 You will need at least three years:", "P0 3.5 years is fine.",
            "P0 2024 was our best year.");
  }

  @Test
  void a_short_line_after_a_list_is_a_heading_when_a_list_follows_it() {
    assertThat(shape("- Java\n- SQL\nNice to have\n- Go\n- Kubernetes, Helm and\nTerraform"))
        .containsExactly("L1 Java", "L1 SQL", "H3 Nice to have", "L1 Go", "L1 Kubernetes, Helm and Terraform");
  }

  @Test
  void splits_items_listed_inline_with_bullets() {
    assertThat(shape("• Java • SQL • AWS")).containsExactly("L1 Java", "L1 SQL", "L1 AWS");
  }

  @Test
  void the_plain_text_keeps_headings_and_lists() {
    PostingDocument document = PlainTextPostingReader.read("# Nurse\n\nRequirements:\n- RN\n  - BLS\n");

    assertThat(document.toPlainText()).isEqualTo("Nurse\n\nRequirements\n- RN\n  - BLS");
  }

  @Test
  void blank_text_gives_an_empty_document() {
    assertThat(PlainTextPostingReader.read(" \n\t\r\n\u200B").blocks()).isEmpty();
  }

  @Test
  void a_very_long_paragraph_is_split_into_blocks_the_document_accepts() {
    String word = "experience ";
    PostingDocument document = PlainTextPostingReader.read(word.repeat(5_000));

    assertThat(document.blocks()).hasSizeGreaterThan(1)
        .allSatisfy(block -> assertThat(block.text().length()).isLessThanOrEqualTo(20_000));
  }

  @Test
  void rejects_missing_or_too_long_text() {
    Expect.invalid("value.required", () -> PlainTextPostingReader.read(null));
    String tooLong = "x".repeat(PlainTextPostingReader.MAX_LENGTH + 1);
    Expect.invalid("posting.too-long", () -> PlainTextPostingReader.read(tooLong));
  }
}
