package dev.hireloop.port.out.notification;

import dev.hireloop.domain.shared.Check;
import dev.hireloop.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A file sent with a message, e.g. {@code invite.ics} as {@code text/calendar; method=REQUEST; charset=UTF-8}.
 * At most {@value #MAX_BYTES} bytes.
 */
public record EmailAttachment(String fileName, String contentType, byte[] content) {
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  private static final Pattern FILE_NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$");

  public EmailAttachment {
    Check.notNull(fileName, "fileName");
    if (!FILE_NAME.matcher(fileName).matches()) {
      throw new InvalidValueException("attachment.file-name", "an attachment's file name is a plain file name");
    }
    contentType = Check.text(contentType, "contentType", 200);
    Check.notNull(content, "content");
    if (content.length > MAX_BYTES) {
      throw new InvalidValueException("attachment.too-large", "an attachment is at most " + MAX_BYTES + " bytes");
    }
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmailAttachment that && fileName.equals(that.fileName)
        && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * fileName.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "EmailAttachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
  }
}
