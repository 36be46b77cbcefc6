package dev.hireloop.port.in.candidate;

import dev.hireloop.domain.shared.Check;

/** A calendar file to download: {@code invite.ics} (METHOD:REQUEST) or {@code cancel.ics} (METHOD:CANCEL). */
public record CalendarFileView(String fileName, String contentType, byte[] content) {
  public CalendarFileView {
    Check.notNull(fileName, "fileName");
    Check.notNull(contentType, "contentType");
    content = Check.notNull(content, "content").clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
