package dev.hireloop.domain.cv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireloop.domain.skill.Skill;
import dev.hireloop.domain.skill.SkillTaxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hand-labelled CV corpus in {@code src/test/resources/cvs/} (see its README), read once per test the same way
 * by every module that measures against it (the domain's parser accuracy, the fairness test, and through the
 * domain test-jar the documents module's end-to-end accuracy), with the comparisons those measurements share.
 */
public final class CvCorpus {
  private CvCorpus() {}

  /** One labelled CV: its file name, text and labels. */
  public record LabelledCv(String file, String text, Properties labels) {
    /** A label's value, trimmed; empty when the CV has none. */
    public String label(String key) {
      return labels.getProperty(key, "").strip();
    }

    /** The file name without its extension. */
    public String baseName() {
      return file.substring(0, file.lastIndexOf('.'));
    }
  }

  /** Every CV listed in {@code index.txt}, in its order. */
  public static List<LabelledCv> load() {
    List<LabelledCv> out = new ArrayList<>();
    for (String line : resource("index.txt").lines().toList()) {
      String file = line.strip();
      if (file.isEmpty() || file.startsWith("#")) {
        continue;
      }
      Properties labels = new Properties();
      try {
        labels.load(new StringReader(resource(file.substring(0, file.lastIndexOf('.')) + ".labels.properties")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.add(new LabelledCv(file, resource(file), labels));
    }
    return out;
  }

  /** Links as a sorted set of "KIND url", with scheme, "www." and a trailing slash made irrelevant. */
  public static String links(List<CvLink> links) {
    return links(String.join("|", links.stream().map(l -> l.kind() + " " + l.url()).toList()));
  }

  /** A {@code links} label in the same form as {@link #links(List)}. */
  public static String links(String column) {
    Set<String> out = new TreeSet<>();
    for (String link : column.split("\\|")) {
      if (!link.isBlank()) {
        out.add(link.strip().toLowerCase(Locale.ROOT).replace("http://", "https://").replace("://www.", "://")
            .replaceAll("/+$", ""));
      }
    }
    return String.join("|", out);
  }

  /** Trimmed, single-spaced, lower case: how labels and parsed values are compared. */
  public static String normalise(String value) {
    return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A label's canonical keys: the taxonomy's name for each, or the label itself when the taxonomy lacks it. */
  public static Set<String> skillKeys(SkillTaxonomy taxonomy, String column) {
    Set<String> out = new LinkedHashSet<>();
    for (String label : column.split("\\|")) {
      if (!label.isBlank()) {
        out.add(taxonomy.lookup(label.strip()).map(d -> d.canonical().key()).orElse(Skill.of(label).key()));
      }
    }
    return out;
  }

  /** A corpus file's text. */
  public static String resource(String name) {
    try (InputStream in = CvCorpus.class.getResourceAsStream("/cvs/" + name)) {
      assertThat(in).as("corpus file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
