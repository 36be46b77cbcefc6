package dev.hireloop.port.in.jobimport;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import dev.hireloop.domain.shared.RecruiterId;
import java.util.Optional;

/** Analyse a pasted posting: exactly one of {@code text} (plain text or Markdown) and {@code html}. */
public record ExtractJobCommand(RecruiterId recruiterId, Optional<String> text, Optional<String> html) {
  public static final int MAX_LENGTH = 500_000;

  public ExtractJobCommand {
    Check.notNull(recruiterId, "recruiterId");
    text = Check.optionalText(text, "text", MAX_LENGTH);
    html = Check.optionalText(html, "html", MAX_LENGTH);
    if (text.isPresent() == html.isPresent()) {
      throw new InvalidValueException("extract.one-of", "text or html is required (exactly one of them)");
    }
  }
}
