package dev.hireloop.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased so that equality means "same mailbox" in practice. */
public record Email(String value) {
  private static final Pattern SHAPE =
      Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

  public Email {
    Check.notNull(value, "email");
    value = value.strip().toLowerCase(Locale.ROOT);
    // the shape allows dots anywhere in the local part; it may not start or end with one
    if (value.length() > 254 || !SHAPE.matcher(value).matches() || value.contains("..") || value.startsWith(".")
        || value.contains(".@")) {
      throw new InvalidValueException("email.invalid", "email is not a valid address");
    }
  }

  public static Email of(String value) {
    return new Email(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
