package dev.hireloop.domain.shared;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Validation helpers for compact constructors. Every failure is an {@link InvalidValueException} naming the field. */
public final class Check {
  private Check() {}

  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new InvalidValueException("value.required", field + " is required");
    }
    return value;
  }

  /** Trims, and rejects blank or over-long text, and control characters other than tab and line breaks. */
  public static String text(String value, String field, int maxLength) {
    notNull(value, field);
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidValueException("value.blank", field + " must not be blank");
    }
    return bounded(trimmed, field, maxLength);
  }

  /** Like {@link #text} but keeps an empty string allowed (e.g. descriptions). */
  public static String bounded(String value, String field, int maxLength) {
    notNull(value, field);
    if (value.length() > maxLength) {
      throw new InvalidValueException("value.too-long", field + " must be at most " + maxLength + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        throw new InvalidValueException("value.control-character", field + " contains a control character");
      }
    }
    return value;
  }

  public static Optional<String> optionalText(Optional<String> value, String field, int maxLength) {
    Objects.requireNonNull(value, field);
    return value.map(String::strip).filter(s -> !s.isEmpty()).map(s -> bounded(s, field, maxLength));
  }

  public static int range(int value, String field, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException("value.out-of-range", field + " must be between " + min + " and " + max);
    }
    return value;
  }

  public static <T> List<T> list(Collection<T> values, String field, int maxSize) {
    notNull(values, field);
    if (values.size() > maxSize) {
      throw new InvalidValueException("value.too-many", field + " must have at most " + maxSize + " entries");
    }
    for (T value : values) {
      if (value == null) {
        throw new InvalidValueException("value.required", field + " must not contain null");
      }
    }
    return List.copyOf(values);
  }
}
