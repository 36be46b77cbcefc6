package dev.hireloop.domain.cv;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class ScratchLinesTest {
  @Test
  void dump() throws Exception {
    for (String f : System.getProperty("scratch.files", "").split(",")) {
      if (f.isBlank()) continue;
      CvText t = CvText.of(Files.readString(Path.of(f)));
      System.out.println("=== " + f);
      var parsed = new CvParser(dev.hireloop.domain.skill.SkillTaxonomy.standard()).parse(Files.readString(Path.of(f)), java.time.LocalDate.of(2026, 11, 1));
      System.out.println(parsed.location() + " " + parsed.fullName() + " " + parsed.experience().value());
      for (CvLine l : t.lines()) {
        System.out.println(l.index() + " [" + l.section() + "/" + l.main() + "/" + l.columnSection() + (l.heading() != null ? " H" : "") + (l.bulleted() ? " B" : "") + "] " + l.text());
      }
    }
  }
}
