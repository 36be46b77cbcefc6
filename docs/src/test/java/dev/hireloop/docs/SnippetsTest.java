package dev.hireloop.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documents show exactly the code that the example tests compile and run: README.md the body of
 * {@link EmbeddingExampleTest}, docs/embedding.md those of {@link EventHandlerExampleTest} and
 * {@link JobImportExampleTest}.
 */
class SnippetsTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
  private static final Path TESTS = MODULE.resolve("src/test/java/dev/hireloop/docs");

  @Test
  void readme_embedding_snippet_is_the_tested_code_verbatim() throws IOException {
    assertSameCode(MODULE.resolve("../README.md"), TESTS.resolve("EmbeddingExampleTest.java"),
        "embedding-example");
  }

  @Test
  void embedding_guide_handler_snippet_is_the_tested_code_verbatim() throws IOException {
    assertSameCode(MODULE.resolve("embedding.md"), TESTS.resolve("EventHandlerExampleTest.java"),
        "handler-example");
  }

  @Test
  void embedding_guide_job_import_snippet_is_the_tested_code_verbatim() throws IOException {
    assertSameCode(MODULE.resolve("embedding.md"), TESTS.resolve("JobImportExampleTest.java"),
        "job-import-example");
  }

  @Test
  void dedent_removes_only_the_common_indentation() {
    assertThat(dedent(List.of("    a", "      b", "", "    c"))).containsExactly("a", "  b", "", "c");
  }

  @Test
  void a_missing_marker_is_reported() {
    assertThatThrownBy(() -> between(List.of("x"), "start", "end"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("start");
  }

  /**
   * The markdown holds one ```java block between {@code <!-- marker:start -->} and {@code <!-- marker:end -->};
   * the test holds the same lines between {@code // marker:start} and {@code // marker:end}.
   */
  private static void assertSameCode(Path markdown, Path test, String marker) throws IOException {
    List<String> tested = dedent(between(read(test), "// " + marker + ":start", "// " + marker + ":end"));
    List<String> block = between(read(markdown), "<!-- " + marker + ":start -->", "<!-- " + marker + ":end -->");

    assertThat(block).as("one ```java block between the markers in %s", markdown).hasSizeGreaterThan(2);
    assertThat(block.get(0)).isEqualTo("```java");
    assertThat(block.get(block.size() - 1)).isEqualTo("```");
    assertThat(tested).as("the tested snippet is not empty").isNotEmpty();
    assertThat(block.subList(1, block.size() - 1)).as("%s against %s", markdown.getFileName(), test.getFileName())
        .containsExactlyElementsOf(tested);
  }

  private static List<String> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  /** The lines strictly between the first line equal to {@code start} (after trimming) and the next {@code end}. */
  private static List<String> between(List<String> lines, String start, String end) {
    int from = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (from < 0 && lines.get(i).strip().equals(start)) {
        from = i + 1;
      } else if (from >= 0 && lines.get(i).strip().equals(end)) {
        return lines.subList(from, i);
      }
    }
    throw new AssertionError("markers " + start + " … " + end + " not found");
  }

  private static List<String> dedent(List<String> lines) {
    int indent = lines.stream().filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    List<String> result = new ArrayList<>();
    for (String line : lines) {
      result.add(line.isBlank() ? "" : line.substring(indent));
    }
    return result;
  }
}
